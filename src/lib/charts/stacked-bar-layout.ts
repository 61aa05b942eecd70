/**
 * Where a chart of horizontal stacked bars puts its marks (see layout.ts): one bar per row (a
 * type, a country), its segments the row's parts (statuses, outcomes) in a given order, its total
 * after it. A row's name goes on a line above its bar, so that any name fits at any width; or,
 * given a `labelWidth` (a wide plot), in a column to the left of the bars.
 */
import { scaleLinear } from 'd3';
import type { Anchor, Tick } from './layout';

/** A row's geometry: its height, its name's line, its bar, and the axis's labels under the last. */
export interface BarRow {
	height: number;
	labelY: number;
	barTop: number;
	barHeight: number;
	axis: number;
}

/** What a bar counts: its row's key, a count per part, and their total. */
export interface StackedRow<Part extends string, Key extends string = string> {
	key: Key;
	counts: Record<Part, number>;
	total: number;
}

export interface StackedSegment<Part extends string, Key extends string = string> extends Anchor {
	row: Key;
	part: Part;
	count: number;
	/** The rectangle, inset by half its stroke. */
	rect: { x: number; y: number; width: number; height: number };
}

export interface StackedBarLayout<Part extends string, Key extends string = string> {
	width: number;
	height: number;
	/** Where the bars start (the axis): 0, or the label column's width. */
	left: number;
	ticks: Tick[];
	/** Where the grid lines run, top to bottom, and the ticks' labels' baseline. */
	grid: { top: number; bottom: number; labelY: number };
	/** Per row: its name's line, and where its total sits (after the bar, at its middle). */
	rows: { key: Key; total: number; labelY: number; valueX: number; valueY: number }[];
	segments: StackedSegment<Part, Key>[];
}

export interface StackedBarOptions {
	row: BarRow;
	/** The segments' stroke width: each rectangle is inset by half of it. */
	stroke: number;
	/** A column this wide for the names, left of the bars (0: names above their bars). */
	labelWidth?: number;
}

export function stackedBarLayout<Part extends string, Key extends string = string>(
	rows: readonly StackedRow<Part, Key>[],
	parts: readonly Part[],
	width: number,
	{ row, stroke, labelWidth = 0 }: StackedBarOptions
): StackedBarLayout<Part, Key> {
	const max = Math.max(1, ...rows.map((r) => r.total));
	const bottom = rows.length * row.height;
	// Room after the longest bar for its total (three digits at 12 px).
	const x = scaleLinear()
		.domain([0, max])
		.nice()
		.range([labelWidth, width - 28]);
	const inset = stroke / 2;
	const segments = rows.flatMap((entry, i) => {
		const barY = i * row.height + row.barTop;
		let from = 0;
		return parts
			.filter((part) => entry.counts[part] > 0)
			.map((part) => {
				const start = from;
				from += entry.counts[part];
				return {
					key: `${entry.key}-${part}`,
					row: entry.key,
					part,
					count: entry.counts[part],
					x: x((start + from) / 2),
					y: barY + row.barHeight / 2,
					rect: {
						x: x(start) + inset,
						y: barY + inset,
						width: Math.max(0, x(from) - x(start) - stroke),
						height: row.barHeight - stroke
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

/** Commitments by type and status: a row per type, its name on a line above its bar. */
export const TYPE_STATUS_ROW: BarRow = {
	height: 40,
	labelY: 8,
	barTop: 17,
	barHeight: 16,
	axis: 22
};
/** Promises by outcome: a row per type or country, its name above its bar… */
export const OUTCOME_ROW: BarRow = { height: 36, labelY: 8, barTop: 16, barHeight: 14, axis: 22 };
/** …or, on a wide plot, beside it (a chart half as tall). */
export const OUTCOME_ROW_BESIDE: BarRow = {
	height: 22,
	labelY: 11,
	barTop: 4,
	barHeight: 14,
	axis: 22
};
