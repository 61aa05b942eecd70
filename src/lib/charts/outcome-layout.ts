/**
 * Where the promise tracker's charts put their marks (see layout.ts): one stacked bar per row (a
 * type, a country), its segments the outcomes in their order. A row's name goes on a line above
 * its bar, so that any name fits at any width; or, given a `labelWidth` (a wide plot), in a
 * column to the left of the bars, for a chart half as tall.
 */
import { scaleLinear } from 'd3';
import type { OutcomeCounts } from '$lib/data/promises';
import { OUTCOMES, type OutcomeKind } from '$lib/data/outcome';
import type { Anchor, Tick } from './layout';

/** A row: its name's line, then its bar; the axis's labels under the last one. */
export const OUTCOME_ROW = { height: 36, labelY: 8, barTop: 16, barHeight: 14, axis: 22 } as const;
/** A row with its name beside its bar. */
export const OUTCOME_ROW_INLINE = {
	height: 22,
	labelY: 11,
	barTop: 4,
	barHeight: 14,
	axis: 22
} as const;

export interface OutcomeSegment extends Anchor {
	row: string;
	outcome: OutcomeKind;
	count: number;
	/** The rectangle, inset by half its 1 px stroke. */
	rect: { x: number; y: number; width: number; height: number };
}

export interface OutcomeLayout {
	width: number;
	height: number;
	/** Where the bars start (the axis): 0, or the label column's width. */
	left: number;
	ticks: Tick[];
	/** Where the grid lines run, top to bottom, and the ticks' labels' baseline. */
	grid: { top: number; bottom: number; labelY: number };
	/** Per row: its name's baseline, and where its total sits (after the bar, at its middle). */
	rows: { key: string; total: number; labelY: number; valueX: number; valueY: number }[];
	segments: OutcomeSegment[];
}

export function outcomeLayout(
	rows: readonly OutcomeCounts[],
	width: number,
	labelWidth = 0
): OutcomeLayout {
	const row = labelWidth > 0 ? OUTCOME_ROW_INLINE : OUTCOME_ROW;
	const max = Math.max(1, ...rows.map((r) => r.total));
	const bottom = rows.length * row.height;
	// Room after the longest bar for its total (three digits at 12 px).
	const x = scaleLinear()
		.domain([0, max])
		.nice()
		.range([labelWidth, width - 28]);
	const segments = rows.flatMap((entry, i) => {
		const barY = i * row.height + row.barTop;
		let from = 0;
		return OUTCOMES.filter((outcome) => entry.counts[outcome] > 0).map((outcome) => {
			const start = from;
			from += entry.counts[outcome];
			return {
				key: `${entry.key}-${outcome}`,
				row: entry.key,
				outcome,
				count: entry.counts[outcome],
				x: x((start + from) / 2),
				y: barY + row.barHeight / 2,
				rect: {
					x: x(start) + 0.5,
					y: barY + 0.5,
					width: Math.max(0, x(from) - x(start) - 1),
					height: row.barHeight - 1
				}
			};
		});
	});
	return {
		width,
		height: bottom + row.axis,
		left: labelWidth,
		ticks: x
			.ticks(Math.min(max, 4))
			.filter(Number.isInteger)
			.map((value) => ({ value, x: x(value) })),
		grid: { top: row.barTop - 2, bottom, labelY: bottom + 14 },
		rows: rows.map((r, i) => ({
			key: r.key,
			total: r.total,
			labelY: i * row.height + row.labelY,
			valueX: x(r.total) + 4,
			valueY: i * row.height + row.barTop + row.barHeight / 2
		})),
		segments
	};
}
