/**
 * Colours countries by a metric, in a few classes a reader can tell apart: zero (nothing) in the
 * land colour, then up to five classes split at "nice" round thresholds. A light sand ramp, so
 * the commitments' symbols stay readable on top.
 */
import { interpolateLab, scaleThreshold, ticks } from 'd3';
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

/**
 * `integer`: the values are counts, so thresholds are whole numbers above 1 (classes such as
 * "1", "2–3", "≥ 4"), never a class that no count can fall in.
 */
export function choropleth(
	values: readonly number[],
	scheme: Scheme,
	{ integer = false } = {}
): Choropleth {
	const zeroColor = MAP_COLORS[scheme].land;
	const max = Math.max(0, ...values);
	// Thresholds at round numbers above zero: [t1, t2, …] splitting (0, max] in about 4 classes.
	const thresholds =
		max <= 0
			? []
			: integer
				? ticks(1, max, 3).filter((t) => Number.isInteger(t) && t > 1 && t <= max)
				: ticks(0, max, 4).filter((t) => t > 0 && t < max);
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
