/** Where the timeline of a country's commitments puts its marks (see layout.ts). */
import { scaleLinear } from 'd3';
import type { TimelineRow } from '$lib/data/aggregate';
import type { Commitment } from '$lib/data/types';
import type { Anchor, Tick } from './layout';

export const TIMELINE = { top: 16, row: 36, markY: 24, nameAbove: 11, axis: 20 } as const;

/** The events a timeline row can show, in the order a keyboard steps through them. */
export const TIMELINE_EVENTS = ['announced', 'opened', 'deadline'] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

export interface TimelineMark extends Anchor {
	event: TimelineEvent;
}

export interface TimelineRowLayout {
	commitment: Commitment;
	/** The marks' line, and the name's baseline above it. */
	y: number;
	nameY: number;
	/** The line from the announcement to the opening (or on to the deadline, or today). */
	span: { from: number; to: number };
	marks: TimelineMark[];
}

export interface TimelineLayout {
	width: number;
	height: number;
	ticks: Tick[];
	/** Where the grid lines run, top to bottom, and the ticks' labels' baseline. */
	grid: { top: number; bottom: number; labelY: number };
	/** The dashed line at today (from `top` down), and its label above it. */
	today: { x: number; top: number; labelY: number; anchor: 'middle' | 'end' };
	rows: TimelineRowLayout[];
	/** How many characters of a name fit on a row (at about 6.2 px each for 11.5 px text). */
	nameChars: number;
}

/** `now`: today as a decimal year. */
export function timelineLayout(
	rows: readonly TimelineRow[],
	now: number,
	width: number
): TimelineLayout {
	const years = rows.flatMap((r) =>
		[r.announced, r.opened, r.deadline].filter((v): v is number => v !== null)
	);
	const first = Math.floor(Math.min(now, ...years));
	const last = Math.ceil(Math.max(now, ...years));
	const x = scaleLinear()
		.domain(last - first < 2 ? [first - 1, last + 1] : [first, last])
		.range([10, width - 10]);
	const [start, end] = x.domain() as [number, number];
	const span = end - start;
	// At most one tick every 60 px: every year, every other year, …
	const step = Math.max(1, Math.ceil(span / Math.max(2, Math.floor(width / 60))));
	const height = TIMELINE.top + rows.length * TIMELINE.row + TIMELINE.axis;
	return {
		width,
		height,
		ticks: x
			.ticks(span)
			.filter((t) => Number.isInteger(t) && t % step === 0)
			.map((value) => ({ value, x: x(value) })),
		grid: { top: TIMELINE.top, bottom: height - 18, labelY: height - 4 },
		today: {
			x: x(now),
			top: TIMELINE.top - 4,
			labelY: TIMELINE.top - 6,
			// Near the right edge, the label ends at the line rather than straddling it.
			anchor: x(now) > width - 50 ? 'end' : 'middle'
		},
		nameChars: Math.floor((width - 20) / 6.2),
		rows: rows.map((r, i) => {
			const c = r.commitment;
			const y = TIMELINE.top + i * TIMELINE.row + TIMELINE.markY;
			const from = r.announced ?? r.opened ?? r.deadline ?? now;
			const to = r.opened ?? (c.status === 'announced' ? Math.max(now, r.deadline ?? now) : from);
			const at: Record<TimelineEvent, number | null> = r;
			return {
				commitment: c,
				y,
				nameY: y - TIMELINE.nameAbove,
				span: { from: x(from), to: x(to) },
				marks: TIMELINE_EVENTS.filter((event) => at[event] !== null).map((event) => ({
					key: `${c.id}-${event}`,
					event,
					x: x(at[event]!),
					y
				}))
			};
		})
	};
}

/** A name cut to `chars` characters with an ellipsis; the table has it whole. */
export function fitName(name: string, chars: number): string {
	return name.length <= chars ? name : `${name.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}
