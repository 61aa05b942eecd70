import type { Shape } from './palette';

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
