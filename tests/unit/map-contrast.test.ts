/**
 * The map's encodings must be told apart in both schemes, measured rather than guessed:
 * - status: a restricted mark's tint is the middle step between an announced mark (hollow: the
 *   paper shows) and an operational one (solid). Each step, by WCAG's luminance contrast ratio,
 *   is at least 2:1, and at least the solid-to-paper ratio to the power 0.4 (the tint sits in
 *   the middle fifth of the range on a log scale, not crowding either end). The dark scheme's
 *   old tint (2.1:1 from the paper, where 2.3:1 was due) failed this; readers saw it as black.
 * - shading: the zero class and the first class differ by a CIE76 ΔE (Lab) of at least 15
 *   (clearly different fills side by side; 2.3 is "just noticeable"), each class and the next by
 *   at least 7, and the countries the map is about from the others by at least 5.
 */
import { interpolateLab, lab, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { choropleth } from '../../src/lib/map/choropleth';
import { MAP_COLORS, TYPE_STYLE, typeColor, type Scheme } from '../../src/lib/symbols/palette';
import { symbolInk } from '../../src/lib/symbols/symbols';
import type { CommitmentType } from '../../src/lib/data/types';

const SCHEMES: Scheme[] = ['light', 'dark'];
const TYPES = Object.keys(TYPE_STYLE) as CommitmentType[];

function luminance(colour: string): number {
	const { r, g, b } = rgb(colour);
	const linear = (v: number) => {
		const s = v / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
export function contrastRatio(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}
const deltaE = (a: string, b: string) => {
	const [p, q] = [lab(a), lab(b)];
	return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
};
/** `colour` at `opacity` over `ground`, as the canvas and SVG composite it (in sRGB). */
function over(colour: string, opacity: number, ground: string): string {
	const [c, g] = [rgb(colour), rgb(ground)];
	const mix = (x: number, y: number) => y + (x - y) * opacity;
	return rgb(mix(c.r, g.r), mix(c.g, g.g), mix(c.b, g.b)).formatHex();
}

describe('the status marks', () => {
	it('checks its own measure against known values', () => {
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(over('#000000', 0.5, '#ffffff')).toBe('#808080');
	});

	describe.each(SCHEMES)('in the %s scheme', (scheme) => {
		const paper = MAP_COLORS[scheme].paper;
		it.each(TYPES)(
			'%s: restricted is a clear middle step between announced and operational',
			(type) => {
				const solid = typeColor(type, scheme);
				const tint = over(solid, symbolInk('restricted').fillOpacity, paper);
				// Every mark's colour stands out from the paper around it (WCAG 1.4.11: 3:1).
				const range = contrastRatio(solid, paper);
				expect(range).toBeGreaterThanOrEqual(3);
				const step = Math.max(2, range ** 0.4);
				// Announced is hollow: the paper shows through.
				expect(contrastRatio(tint, paper)).toBeGreaterThanOrEqual(step);
				// Operational is solid.
				expect(contrastRatio(tint, solid)).toBeGreaterThanOrEqual(step);
			}
		);
	});
});

describe('the choropleth', () => {
	describe.each(SCHEMES)('in the %s scheme', (scheme) => {
		// Five classes: zero, then the most the thresholds give (ticks over 0…max).
		const classes = choropleth([1, 2, 5, 9, 14, 20], scheme, { integer: true }).classes;
		const colours = classes.map((c) => c.color);
		it('has the zero class and at least three more', () => {
			expect(colours.length).toBeGreaterThanOrEqual(4);
		});
		it('tells the zero class from the first by ΔE ≥ 15', () => {
			expect(deltaE(colours[0]!, colours[1]!)).toBeGreaterThanOrEqual(15);
		});
		it('tells each class from the next by ΔE ≥ 7', () => {
			for (let i = 2; i < colours.length; i++) {
				expect(
					deltaE(colours[i - 1]!, colours[i]!),
					`${colours[i - 1]} → ${colours[i]}`
				).toBeGreaterThanOrEqual(7);
			}
		});
		it('tells the countries the map is about from the others by ΔE ≥ 5', () => {
			expect(deltaE(MAP_COLORS[scheme].land, MAP_COLORS[scheme].otherLand)).toBeGreaterThanOrEqual(
				5
			);
		});
		it('keeps the ramp between its ends', () => {
			expect(new Set(colours).size).toBe(colours.length);
			expect(interpolateLab(colours[1]!, colours.at(-1)!)(0)).toBe(rgb(colours[1]!).toString());
		});
	});
});
