declare module 'polylabel' {
	/** The pole of inaccessibility of a polygon (outer ring first, then holes), with its distance. */
	export default function polylabel(
		polygon: number[][][],
		precision?: number,
		debug?: boolean
	): [number, number] & { distance: number };
}
