/**
 * Colours countries by a metric, in a few classes a reader can tell apart: zero (nothing) in the
 * land colour, then up to four classes from the data's own distribution (Jenks natural breaks,
 * by ckmeans), each break moved to the roundest number in the gap between two groups, so no
 * class is ever empty. A light sand ramp, so the commitments' symbols stay readable on top.
 */
import { interpolateLab, scaleThreshold } from 'd3';
import { ckmeans } from 'simple-statistics';
import { MAP_COLORS, type Scheme } from '$lib/symbols/palette';

/**
 * The ramp's ends. Its first class stands clearly off the zero class (land), and each class off
 * the next, in both schemes: measured in tests/unit/map-contrast.test.ts.
 */
const RAMP = {
	light: ['#ebdcbd', '#9c7c4c'],
	dark: ['#4b4536', '#ae8d58']
} as const;

export interface ChoroplethClass {
	/** Values from (inclusive)… */
	from: number;
	/** …to (exclusive), or null for the top class. */
	to: number | null;
	color: string;
}

export interface Choropleth {
	color(value: number | null): string;
	/** The zero class first, then the ramp's classes, lowest first. */
	classes: ChoroplethClass[];
	zeroColor: string;
}

/** Classes above zero, at most. */
export const MAX_CLASSES = 4;

/**
 * The roundest number in (low, high]: a break between two groups of values that still has
 * every value of the lower group below it and every value of the upper group at or above it.
 * Whole numbers only if `integer` (high is then one).
 */
export function roundBreak(low: number, high: number, integer: boolean): number {
	for (let power = Math.ceil(Math.log10(high)); power > -10; power--) {
		for (const factor of [5, 2, 1]) {
			const step = factor * 10 ** power;
			if (integer && step < 1) return high;
			// Rounded to 12 digits: 0.35 / 0.05 is 6.999… in floating point.
			const rounded = Number((Math.floor(high / step + 1e-9) * step).toPrecision(12));
			if (rounded > low && rounded <= high) return rounded;
		}
	}
	return high;
}

/**
 * The breaks between classes of the positive values: groups by ckmeans (Jenks' natural breaks,
 * optimal in one dimension), at most MAX_CLASSES, never more than there are distinct values.
 */
export function classBreaks(values: readonly number[], integer: boolean): number[] {
	const positive = values.filter((v) => v > 0);
	const distinct = new Set(positive).size;
	if (distinct < 2) return [];
	const groups = ckmeans(positive, Math.min(MAX_CLASSES, distinct));
	return groups
		.slice(1)
		.map((group, i) => roundBreak(Math.max(...groups[i]!), Math.min(...group), integer));
}

/**
 * `integer`: the values are counts, so thresholds are whole numbers (classes such as "1",
 * "2–3", "≥ 4"), never a class that no count can fall in.
 */
export function choropleth(
	values: readonly number[],
	scheme: Scheme,
	{ integer = false } = {}
): Choropleth {
	const zeroColor = MAP_COLORS[scheme].land;
	const max = Math.max(0, ...values);
	const thresholds = classBreaks(values, integer);
	const count = thresholds.length + 1;
	const [from, to] = RAMP[scheme];
	const mix = interpolateLab(from, to);
	const colors = Array.from({ length: count }, (_, i) => mix(count === 1 ? 1 : i / (count - 1)));
	const scale = scaleThreshold<number, string>().domain(thresholds).range(colors);
	const lows = [Number.MIN_VALUE, ...thresholds];
	return {
		zeroColor,
		classes:
			max > 0
				? [
						{ from: 0, to: 0, color: zeroColor },
						...colors.map((color, i) => ({
							// Counts start at 1: a lone class over 1s reads "≥ 1", never "≥ 0".
							from: i === 0 ? (integer ? 1 : 0) : lows[i]!,
							to: thresholds[i] ?? null,
							color
						}))
					]
				: [{ from: 0, to: 0, color: zeroColor }],
		color: (value) => (value === null || value <= 0 ? zeroColor : scale(value))
	};
}
