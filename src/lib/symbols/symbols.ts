import type { Status } from '$lib/data/types';
import { STATUS_FILL, type Shape } from './palette';

/**
 * The outline of a type's symbol as SVG path data, centred on (0, 0), `size` pixels across.
 * The SVG map draws it as a path; MapLibre draws the same path on a canvas (Path2D).
 * Shapes are sized to look equally heavy: a diamond or triangle of the same box looks smaller.
 */
export function symbolPath(shape: Shape, size: number): string {
	const r = size / 2;
	const f = (n: number) => Math.round(n * 100) / 100;
	switch (shape) {
		case 'square': {
			const h = f(r * 0.86);
			return `M${-h},${-h}H${h}V${h}H${-h}Z`;
		}
		case 'diamond':
			return `M0,${-f(r)}L${f(r)},0L0,${f(r)}L${-f(r)},0Z`;
		case 'circle': {
			const c = f(r * 0.92);
			return `M${-c},0A${c},${c} 0 1,0 ${c},0A${c},${c} 0 1,0 ${-c},0Z`;
		}
		case 'triangle': {
			const h = r * 1.05;
			return `M0,${-f(h)}L${f(h * 0.95)},${f(h * 0.72)}L${-f(h * 0.95)},${f(h * 0.72)}Z`;
		}
	}
}

/** A site's symbol, in pixels across (a country-wide one sits in COUNTRY_RING, a cluster in its badge). */
export const SYMBOL_SIZE = 15;

/** The width of the paper halo drawn under every symbol (its stroke, in symbol pixels). */
export const PAPER_STROKE = 4;

/**
 * How a status inks a symbol in its colour, over its paper: operational solid with a thin
 * outline; restricted tinted with a heavier one; announced hollow. The one rule for the SVG
 * symbols (SymbolMark) and MapLibre's canvas icons (map/icons.ts).
 */
export function symbolInk(status: Status): { fillOpacity: number; strokeWidth: number } {
	switch (STATUS_FILL[status]) {
		case 'solid':
			return { fillOpacity: 1, strokeWidth: 1 };
		case 'tint':
			return { fillOpacity: 0.5, strokeWidth: 2 };
		case 'hollow':
			return { fillOpacity: 0, strokeWidth: 2 };
	}
}

/**
 * A promise whose deadline passed with no outcome reported: a dot at the symbol's upper right
 * (`at` from its centre; `wideAt` on a country-wide ring), over a rim of paper. One rule for
 * the SVG symbols and MapLibre's canvas icons.
 */
export const PASSED_DOT = { radius: 3, rim: 1.5, at: 5.5, wideAt: 6.5 } as const;

/**
 * A country-wide commitment: its symbol, smaller, inside a dashed ring on a disc of paper ("the
 * whole country, not a site"). One rule for the SVG symbols and MapLibre's canvas icons.
 */
export const COUNTRY_RING = {
	/** The symbol's size inside the ring. */
	symbolSize: 11,
	radius: 8.5,
	/** The paper disc under the ring. */
	paperRadius: 10,
	width: 1.5,
	dash: [2.6, 1.9]
} as const;

/** A cluster's badge: a disc of paper ringed in ink, with the count in ink, sized to fit it. */
export function clusterRadius(count: number): number {
	return count < 10 ? 9.5 : count < 100 ? 11 : 13;
}
export const CLUSTER_STROKE = 2;
export const CLUSTER_FONT_SIZE = 11;
