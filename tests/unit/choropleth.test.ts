import { lab } from 'd3';
import { describe, expect, it } from 'vitest';
import { choropleth } from '../../src/lib/map/choropleth';
import { MAP_COLORS } from '../../src/lib/symbols/palette';

const lightness = (color: string) => lab(color).l;

describe('choropleth', () => {
	it('has only the zero class when every value is zero', () => {
		const map = choropleth([0, 0, 0], 'light');
		expect(map.classes).toEqual([{ from: 0, to: 0, color: MAP_COLORS.light.land }]);
		expect(map.zeroColor).toBe(MAP_COLORS.light.land);
		expect(map.color(0)).toBe(MAP_COLORS.light.land);
		expect(map.color(null)).toBe(MAP_COLORS.light.land);
	});

	it('has only the zero class without values', () => {
		expect(choropleth([], 'light').classes).toEqual([
			{ from: 0, to: 0, color: MAP_COLORS.light.land }
		]);
	});

	it('splits at round thresholds: ticks(0, 6, 4) = [0, 2, 4, 6] → thresholds [2, 4]', () => {
		const map = choropleth([0, 1, 2, 6], 'light');
		const { classes } = map;
		expect(classes.map(({ from, to }) => [from, to])).toEqual([
			[0, 0],
			[0, 2],
			[2, 4],
			[4, null]
		]);
		expect(classes[0]!.color).toBe(MAP_COLORS.light.land);

		expect(map.color(null)).toBe(MAP_COLORS.light.land);
		expect(map.color(0)).toBe(MAP_COLORS.light.land);
		expect(map.color(1)).toBe(classes[1]!.color);
		expect(map.color(1.999)).toBe(classes[1]!.color);
		expect(map.color(2)).toBe(classes[2]!.color);
		expect(map.color(3)).toBe(classes[2]!.color);
		expect(map.color(4)).toBe(classes[3]!.color);
		expect(map.color(5)).toBe(classes[3]!.color);
		expect(map.color(6)).toBe(classes[3]!.color);
	});

	it('uses distinct colours that get darker class by class', () => {
		const { classes } = choropleth([0, 1, 2, 6], 'light');
		const colors = classes.map((c) => c.color);
		expect(new Set(colors).size).toBe(colors.length);
		const l = classes.slice(1).map((c) => lightness(c.color));
		for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]!);
		// The first class is lighter than none: still darker than the land.
		expect(lightness(classes[1]!.color)).toBeLessThan(lightness(MAP_COLORS.light.land));
	});

	it('uses the dark land colour for zero in the dark scheme', () => {
		const map = choropleth([0, 1, 2, 6], 'dark');
		expect(map.zeroColor).toBe(MAP_COLORS.dark.land);
		expect(map.classes[0]).toEqual({ from: 0, to: 0, color: MAP_COLORS.dark.land });
		expect(map.color(0)).toBe(MAP_COLORS.dark.land);
		expect(map.color(null)).toBe(MAP_COLORS.dark.land);
		expect(map.classes).toHaveLength(4);
		expect(map.color(1)).not.toBe(MAP_COLORS.dark.land);
	});

	it('handles a fractional maximum: ticks(0, 14.4, 4) = [0, 5, 10] → thresholds [5, 10]', () => {
		const map = choropleth([0, 3.2, 14.4], 'light');
		expect(map.classes.map(({ from, to }) => [from, to])).toEqual([
			[0, 0],
			[0, 5],
			[5, 10],
			[10, null]
		]);
		expect(map.color(3.2)).toBe(map.classes[1]!.color);
		expect(map.color(5)).toBe(map.classes[2]!.color);
		expect(map.color(14.4)).toBe(map.classes[3]!.color);
	});
});

describe('choropleth of counts', () => {
	it('splits whole numbers into classes a count can fall in', () => {
		// ticks(1, 6, 3) = [2, 4, 6]: classes 1, 2–3, 4–5, ≥ 6
		const counts = choropleth([0, 1, 3, 6], 'light', { integer: true });
		expect(counts.classes.map((c) => [c.from, c.to])).toEqual([
			[0, 0],
			[1, 2],
			[2, 4],
			[4, 6],
			[6, null]
		]);
		expect(counts.color(1)).toBe(counts.classes[1]!.color);
		expect(counts.color(6)).toBe(counts.classes[4]!.color);
		// ticks(1, 2, 3) = [1, 1.5, 2]: only 2 is a whole number above 1 → classes 1, ≥ 2
		const small = choropleth([0, 2], 'light', { integer: true });
		expect(small.classes.map((c) => [c.from, c.to])).toEqual([
			[0, 0],
			[1, 2],
			[2, null]
		]);
		// Only 1s (one type filtered in, say): one class, "≥ 1", never "≥ 0".
		const ones = choropleth([0, 1, 1], 'light', { integer: true });
		expect(ones.classes.map((c) => [c.from, c.to])).toEqual([
			[0, 0],
			[1, null]
		]);
	});
});
