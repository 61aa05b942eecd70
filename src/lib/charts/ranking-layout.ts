/** Where the ranking of countries on a metric puts its bars (see layout.ts). */
import { scaleLinear } from 'd3';
import type { Ranked } from '$lib/data/aggregate';
import type { Anchor } from './layout';

export const RANK_ROW = 20;

export interface RankingRow extends Anchor {
	ranked: Ranked;
	top: number;
	bar: { x: number; width: number };
	valueX: number;
}

export interface RankingLayout {
	width: number;
	height: number;
	/** The labels end here (right-aligned), and the bars start. */
	labelEnd: number;
	rows: RankingRow[];
	/** Countries at zero not drawn, said in a sentence instead. */
	zeros: number;
}

/**
 * Ranked bars, in the ranking's order. Countries at zero are left out (counted in `zeros`),
 * except the highlighted one, which is always drawn.
 */
export function rankingLayout(
	ranked: readonly Ranked[],
	highlight: string | null,
	width: number
): RankingLayout {
	const shown = ranked.filter((r) => r.value > 0 || r.iso2 === highlight);
	const labelEnd = Math.min(150, Math.round(width * 0.4));
	const max = Math.max(0, ...shown.map((r) => r.value));
	const x = scaleLinear()
		.domain([0, max || 1])
		.range([labelEnd, width - 44]);
	return {
		width,
		height: shown.length * RANK_ROW + 4,
		labelEnd,
		zeros: ranked.length - shown.length,
		rows: shown.map((r, i) => ({
			key: r.iso2,
			ranked: r,
			top: i * RANK_ROW,
			x: x(r.value),
			y: i * RANK_ROW + RANK_ROW / 2,
			bar: { x: labelEnd, width: Math.max(r.value > 0 ? 2 : 0, x(r.value) - labelEnd) },
			valueX: x(r.value) + 4
		}))
	};
}
