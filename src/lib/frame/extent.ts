/**
 * The geographic frame of the map, shared by the pipeline (clipping, validation) and the app
 * (first view, max bounds). Longitude/latitude in degrees: [[west, south], [east, north]].
 */
export type LonLatBounds = [[number, number], [number, number]];

/** The first view: Iceland to Cyprus, Portugal to Finland. */
export const EUROPE_VIEW: LonLatBounds = [
	[-24.6, 34.5],
	[34.7, 71.2]
];

/**
 * What the base map contains, and how far a reader may pan: wide enough that the first view
 * of Europe in a frame up to about 16:9, or a phone's portrait map, shows no clipped edge.
 */
export const BASEMAP_CLIP: LonLatBounds = [
	[-62, 24],
	[72, 76]
];

/**
 * What the SVG map (before JavaScript, and without WebGL) draws: a tighter frame than
 * MapLibre's, as its paths travel inside every page's HTML.
 */
export const SVG_BASEMAP_CLIP: LonLatBounds = [
	[-45, 26],
	[62, 74]
];

/** Where a commitment's point may lie (Europe, with the Azores, Canaries and Cyprus). */
export const POINT_BOUNDS: LonLatBounds = [
	[-32, 27],
	[45, 72]
];

export function inBounds([lon, lat]: [number, number], [[w, s], [e, n]]: LonLatBounds): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** `bounds` grown by `fraction` of its size on every side (a margin around a country). */
export function padBounds([[w, s], [e, n]]: LonLatBounds, fraction: number): LonLatBounds {
	const dx = (e - w) * fraction;
	const dy = (n - s) * fraction;
	return [
		[w - dx, s - dy],
		[e + dx, n + dy]
	];
}
