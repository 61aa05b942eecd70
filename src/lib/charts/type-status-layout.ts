/** Where the chart of commitments by type and status puts its marks (see layout.ts). */
import { scaleBand, scaleLinear } from 'd3';
import type { TypeStatusRow } from '$lib/data/aggregate';
import { STATUSES, type CommitmentType, type Status } from '$lib/data/types';
import type { Anchor, Tick } from './layout';

/** Each type has a row: its name on a line of its own, its bar below, so any language fits. */
export const TYPE_ROW = { height: 40, labelY: 8, barTop: 17, barHeight: 16, axis: 22 } as const;

export interface TypeStatusSegment extends Anchor {
	type: CommitmentType;
	status: Status;
	count: number;
	/** The rectangle, inset by half its 1.5 px stroke. */
	rect: { x: number; y: number; width: number; height: number };
}

export interface TypeStatusLayout {
	width: number;
	height: number;
	/** The left edge of the bars (the axis). */
	left: number;
	ticks: Tick[];
	/** Where the grid lines run, top to bottom, and the ticks' labels' baseline. */
	grid: { top: number; bottom: number; labelY: number };
	/** Per type: its name's line, and where its total sits (after the bar, at its middle). */
	rows: { type: CommitmentType; total: number; labelY: number; valueX: number; valueY: number }[];
	segments: TypeStatusSegment[];
}

export function typeStatusLayout(rows: readonly TypeStatusRow[], width: number): TypeStatusLayout {
	const max = Math.max(1, ...rows.map((r) => r.total));
	const bottom = rows.length * TYPE_ROW.height;
	const x = scaleLinear()
		.domain([0, max])
		.nice()
		.range([0, width - 28]);
	const y = scaleBand<CommitmentType>()
		.domain(rows.map((r) => r.type))
		.range([0, bottom]);
	const top = (type: CommitmentType) => y(type) ?? 0;
	const segments = rows.flatMap((row) => {
		let from = 0;
		return STATUSES.filter((status) => row.counts[status] > 0).map((status) => {
			const start = from;
			from += row.counts[status];
			const barY = top(row.type) + TYPE_ROW.barTop;
			return {
				key: `${row.type}-${status}`,
				type: row.type,
				status,
				count: row.counts[status],
				x: x((start + from) / 2),
				y: barY + TYPE_ROW.barHeight / 2,
				rect: {
					x: x(start) + 0.75,
					y: barY + 0.75,
					width: Math.max(0, x(from) - x(start) - 1.5),
					height: TYPE_ROW.barHeight - 1.5
				}
			};
		});
	});
	return {
		width,
		height: bottom + TYPE_ROW.axis,
		left: 0,
		ticks: x
			.ticks(Math.min(max, 4))
			.filter(Number.isInteger)
			.map((value) => ({ value, x: x(value) })),
		grid: { top: TYPE_ROW.barTop - 2, bottom, labelY: bottom + 14 },
		rows: rows.map((row) => ({
			type: row.type,
			total: row.total,
			labelY: top(row.type) + TYPE_ROW.labelY,
			valueX: x(row.total) + 4,
			valueY: top(row.type) + TYPE_ROW.barTop + TYPE_ROW.barHeight / 2
		})),
		segments
	};
}
