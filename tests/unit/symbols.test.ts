import { describe, expect, it } from 'vitest';
import type { Shape } from '../../src/lib/symbols/palette';
import { PAPER_STROKE, symbolInk, symbolPath } from '../../src/lib/symbols/symbols';

describe('symbolPath', () => {
	it.each<[Shape, number, string]>([
		['square', 20, 'M-8.6,-8.6H8.6V8.6H-8.6Z'],
		['square', 40, 'M-17.2,-17.2H17.2V17.2H-17.2Z'],
		['diamond', 20, 'M0,-10L10,0L0,10L-10,0Z'],
		['diamond', 40, 'M0,-20L20,0L0,20L-20,0Z'],
		['circle', 20, 'M-9.2,0A9.2,9.2 0 1,0 9.2,0A9.2,9.2 0 1,0 -9.2,0Z'],
		['circle', 40, 'M-18.4,0A18.4,18.4 0 1,0 18.4,0A18.4,18.4 0 1,0 -18.4,0Z'],
		['triangle', 20, 'M0,-10.5L9.98,7.56L-9.98,7.56Z'],
		['triangle', 40, 'M0,-21L19.95,15.12L-19.95,15.12Z']
	])('%s at %i px', (shape, size, expected) => {
		expect(symbolPath(shape, size)).toBe(expected);
	});

	const extent = (d: string) =>
		Math.max(...(d.match(/-?\d+(?:\.\d+)?/g) ?? []).map((n) => Math.abs(Number(n))));

	it.each<Shape>(['square', 'diamond', 'circle', 'triangle'])(
		'%s is a closed path that scales with its size',
		(shape) => {
			for (const size of [8, 14, 24, 100]) {
				const d = symbolPath(shape, size);
				expect(d).toMatch(/^M/);
				expect(d.endsWith('Z')).toBe(true);
				expect(d).not.toMatch(/NaN|Infinity/);
				// Centred on (0, 0), `size` across: no coordinate beyond about half the size.
				expect(extent(d)).toBeLessThanOrEqual(size * 0.55);
				expect(extent(d)).toBeGreaterThanOrEqual(size * 0.4);
			}
			expect(extent(symbolPath(shape, 100))).toBeCloseTo(10 * extent(symbolPath(shape, 10)), 1);
		}
	);
});

describe('symbolInk', () => {
	it('inks operational solid, restricted tinted, announced hollow; outlines heavier when not solid', () => {
		expect(symbolInk('operational')).toEqual({ fillOpacity: 1, strokeWidth: 1 });
		expect(symbolInk('restricted')).toEqual({ fillOpacity: 0.5, strokeWidth: 2 });
		expect(symbolInk('announced')).toEqual({ fillOpacity: 0, strokeWidth: 2 });
		expect(PAPER_STROKE).toBeGreaterThan(symbolInk('announced').strokeWidth);
	});
});
