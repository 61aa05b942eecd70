/**
 * A commitment page's small static map: the frame it shows (the commitment's country, or
 * Europe for a Europe-wide one), where its mark goes, and which country outlines fall inside
 * the frame (only those travel in the page's HTML). Pure; run at build time.
 */
import { EUROPE_VIEW, padBounds, type LonLatBounds } from './extent';
import { viewBoxOf } from './projection';

/** A viewBox in the base map's frame: x, y, width, height. */
export type Box = [number, number, number, number];

export interface StaticMapFrame {
	bounds: LonLatBounds;
	/** Where the mark goes ([longitude, latitude]), or null (a Europe-wide commitment). */
	point: [number, number] | null;
	/** The mark is a country-wide ring at the country's label point. */
	countryWide: boolean;
}

/** The smallest span a frame shows, in degrees of longitude (Malta still shows its neighbours). */
export const MIN_SPAN = 7;

/** `bounds` grown around its centre to at least `span` degrees wide and `span` / 2 tall. */
export function atLeast([[w, s], [e, n]]: LonLatBounds, span: number): LonLatBounds {
	const cx = (w + e) / 2;
	const cy = (s + n) / 2;
	const half = Math.max((e - w) / 2, span / 2);
	const halfY = Math.max((n - s) / 2, span / 4);
	return [
		[cx - half, cy - halfY],
		[cx + half, cy + halfY]
	];
}

/** The box of `a` and `b` together. */
function union(a: LonLatBounds, b: LonLatBounds): LonLatBounds {
	return [
		[Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
		[Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])]
	];
}

/**
 * The frame for a commitment: its country's box (its largest polygon, `focus`) with a margin,
 * grown to take in its point if that lies outside (an island), and never narrower than MIN_SPAN;
 * Europe's first view for a Europe-wide commitment or a country the base map does not know.
 */
export function staticMapFrame(
	commitment: {
		country: string | null;
		coordinates: [number, number] | null;
		precision: string;
	},
	focus: Record<string, LonLatBounds>,
	labels: Record<string, [number, number]>
): StaticMapFrame {
	const box = commitment.country ? focus[commitment.country] : undefined;
	const point =
		commitment.coordinates ?? (commitment.country ? (labels[commitment.country] ?? null) : null);
	if (!box) return { bounds: EUROPE_VIEW, point: commitment.coordinates, countryWide: false };
	const around: LonLatBounds = point ? union(box, [point, point]) : box;
	return {
		bounds: atLeast(padBounds(around, 0.15), MIN_SPAN),
		point,
		countryWide: !commitment.coordinates && commitment.precision === 'country'
	};
}

/** The box of an SVG path made of absolute M/L commands ("M449,845L445,843Z"). */
export function pathBox(d: string): Box | null {
	const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
	if (numbers.length < 2) return null;
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let i = 0; i + 1 < numbers.length; i += 2) {
		const [x, y] = [numbers[i]!, numbers[i + 1]!];
		[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
	}
	return [x0, y0, x1 - x0, y1 - y0];
}

const overlaps = (a: Box, b: Box) =>
	a[0] <= b[0] + b[2] && b[0] <= a[0] + a[2] && a[1] <= b[1] + b[3] && b[1] <= a[1] + a[3];

/** The viewBox of a frame, and the outlines that reach into it. */
export function framedShapes<S extends { d: string }>(
	shapes: readonly S[],
	bounds: LonLatBounds
): { viewBox: Box; shapes: S[] } {
	const viewBox = viewBoxOf(bounds);
	return {
		viewBox,
		shapes: shapes.filter((shape) => {
			const box = pathBox(shape.d);
			return box !== null && overlaps(box, viewBox);
		})
	};
}
