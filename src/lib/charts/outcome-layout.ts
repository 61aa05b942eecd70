/**
 * Where the promise tracker's charts put their marks (see layout.ts): one stacked bar per row (a
 * type, a country), its segments the outcomes in their order, its name on a line above it.
 */
import { scaleLinear } from 'd3';
import type { OutcomeCounts } from '$lib/data/promises';
import { OUTCOMES, type OutcomeKind } from '$lib/data/outcome';
import type { Anchor, Tick } from './layout';

/** A row: its name's line, then its bar; the axis's labels under the last one. */
export const OUTCOME_ROW = { height: 36, labelY: 8, barTop: 16, barHeight: 14, axis: 22 } as const;

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
	ticks: Tick[];
	/** Where the grid lines run, top to bottom, and the ticks' labels' baseline. */
	grid: { top: number; bottom: number; labelY: number };
	/** Per row: its name's baseline, and where its total sits (after the bar, at its middle). */
	rows: { key: string; total: number; labelY: number; valueX: number; valueY: number }[];
	segments: OutcomeSegment[];
}

export function outcomeLayout(rows: readonly OutcomeCounts[], width: number): OutcomeLayout {
	const max = Math.max(1, ...rows.map((r) => r.total));
	const bottom = rows.length * OUTCOME_ROW.height;
	// Room after the longest bar for its total (three digits at 12 px).
	const x = scaleLinear()
		.domain([0, max])
		.nice()
		.range([0, width - 28]);
	const segments = rows.flatMap((row, i) => {
		const barY = i * OUTCOME_ROW.height + OUTCOME_ROW.barTop;
		let from = 0;
		return OUTCOMES.filter((outcome) => row.counts[outcome] > 0).map((outcome) => {
			const start = from;
			from += row.counts[outcome];
			return {
				key: `${row.key}-${outcome}`,
				row: row.key,
				outcome,
				count: row.counts[outcome],
				x: x((start + from) / 2),
				y: barY + OUTCOME_ROW.barHeight / 2,
				rect: {
					x: x(start) + 0.5,
					y: barY + 0.5,
					width: Math.max(0, x(from) - x(start) - 1),
					height: OUTCOME_ROW.barHeight - 1
				}
			};
		});
	});
	return {
		width,
		height: bottom + OUTCOME_ROW.axis,
		ticks: x
			.ticks(Math.min(max, 4))
			.filter(Number.isInteger)
			.map((value) => ({ value, x: x(value) })),
		grid: { top: OUTCOME_ROW.barTop - 2, bottom, labelY: bottom + 14 },
		rows: rows.map((row, i) => ({
			key: row.key,
			total: row.total,
			labelY: i * OUTCOME_ROW.height + OUTCOME_ROW.labelY,
			valueX: x(row.total) + 4,
			valueY: i * OUTCOME_ROW.height + OUTCOME_ROW.barTop + OUTCOME_ROW.barHeight / 2
		})),
		segments
	};
}
