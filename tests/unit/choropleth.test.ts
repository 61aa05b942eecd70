import { lab } from 'd3';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { METRIC_INFO, METRICS, metricValues } from '../../src/lib/data/aggregate';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import type { Commitment, Population } from '../../src/lib/data/types';
import { choropleth, roundBreak } from '../../src/lib/map/choropleth';
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

	it('breaks between the groups ckmeans finds, at the roundest number in each gap', () => {
		// ckmeans([1, 2, 6], 3) = [1] [2] [6]; the roundest in (1, 2] is 2, in (2, 6] is 5.
		const map = choropleth([0, 1, 2, 6], 'light');
		const { classes } = map;
		expect(classes.map(({ from, to }) => [from, to])).toEqual([
			[0, 0],
			[0, 2],
			[2, 5],
			[5, null]
		]);
		expect(classes[0]!.color).toBe(MAP_COLORS.light.land);

		expect(map.color(null)).toBe(MAP_COLORS.light.land);
		expect(map.color(0)).toBe(MAP_COLORS.light.land);
		expect(map.color(1)).toBe(classes[1]!.color);
		expect(map.color(1.999)).toBe(classes[1]!.color);
		expect(map.color(2)).toBe(classes[2]!.color);
		expect(map.color(4.9)).toBe(classes[2]!.color);
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

	it('never leaves a class empty in the middle (a rate with one country far above the rest)', () => {
		// Round ticks of (0, 112.5] would give 20, 40, 60, 80, 100: 60–80 and 80–100 empty.
		// ckmeans(…, 4) = [3, 4, 5] [14, 15, 16] [40] [112.5] (SSE 2 + 2 + 0 + 0 = 4); the
		// roundest breaks in (5, 14], (16, 40] and (40, 112.5] are 10, 40 and 100.
		const values = [0, 0, 3, 4, 5, 14, 15, 16, 40, 112.5];
		const map = choropleth(values, 'light');
		expect(map.classes.map(({ from, to }) => [from, to])).toEqual([
			[0, 0],
			[0, 10],
			[10, 40],
			[40, 100],
			[100, null]
		]);
		const members = map.classes.map((c) => values.filter((v) => v > 0 && map.color(v) === c.color));
		expect(members.slice(1)).toEqual([[3, 4, 5], [14, 15, 16], [40], [112.5]]);
	});

	it('has no more classes than distinct values above zero', () => {
		expect(
			choropleth([0, 3.2, 3.2, 14.4], 'light').classes.map(({ from, to }) => [from, to])
		).toEqual(
			// ckmeans: [3.2, 3.2] [14.4]; the roundest in (3.2, 14.4] is 10.
			[
				[0, 0],
				[0, 10],
				[10, null]
			]
		);
	});
});

describe('roundBreak', () => {
	it.each([
		[14.6, 40, false, 40],
		[5, 14, false, 10],
		[40, 112.5, false, 100],
		[0.3, 0.35, false, 0.35],
		[2, 3, true, 3],
		[3, 6, true, 5],
		[1, 2, true, 2]
	])('the roundest number in (%s, %s] (integer: %s) is %s', (low, high, integer, expected) => {
		expect(roundBreak(low, high, integer)).toBe(expected);
	});
});

describe('choropleth of counts', () => {
	it('splits whole numbers into classes a count can fall in, none empty', () => {
		// ckmeans([1, 1, 1, 2, 2, 3, 6], 4) = [1, 1, 1] [2, 2] [3] [6]: breaks 2, 3 and 5 →
		// classes 1, 2, 3–4, ≥ 5.
		const values = [0, 1, 1, 1, 2, 2, 3, 6];
		const counts = choropleth(values, 'light', { integer: true });
		expect(counts.classes.map((c) => [c.from, c.to])).toEqual([
			[0, 0],
			[1, 2],
			[2, 3],
			[3, 5],
			[5, null]
		]);
		expect(counts.color(1)).toBe(counts.classes[1]!.color);
		expect(counts.color(3)).toBe(counts.classes[3]!.color);
		expect(counts.color(6)).toBe(counts.classes[4]!.color);
		// [2] alone above zero: one class, from 1 ("≥ 1"), never "≥ 0".
		const small = choropleth([0, 2], 'light', { integer: true });
		expect(small.classes.map((c) => [c.from, c.to])).toEqual([
			[0, 0],
			[1, null]
		]);
		// 1s and a 2: classes 1 and ≥ 2.
		const two = choropleth([0, 1, 1, 2], 'light', { integer: true });
		expect(two.classes.map((c) => [c.from, c.to])).toEqual([
			[0, 0],
			[1, 2],
			[2, null]
		]);
	});
});

describe('choropleth of the real dataset', () => {
	const commitments: Commitment[] = JSON.parse(
		readFileSync(new URL('../../src/lib/generated/commitments.json', import.meta.url), 'utf8')
	);
	const populations: Population[] = JSON.parse(
		readFileSync(new URL('../../src/lib/generated/populations.json', import.meta.url), 'utf8')
	);
	it.each(METRICS)('%s: every class above zero holds a country', (metric) => {
		const values = [
			...metricValues(metric, EUROPEAN_COUNTRIES, commitments, populations, commitments).values()
		].filter((v): v is number => v !== null);
		const map = choropleth(values, 'light', { integer: METRIC_INFO[metric].integer });
		expect(map.classes.length).toBeGreaterThan(2);
		for (const c of map.classes.slice(1)) {
			expect(
				values.filter((v) => v > 0 && map.color(v) === c.color),
				`${c.from}–${c.to}`
			).not.toEqual([]);
		}
	});
});
