/**
 * The map as of a date (`?asof=YYYY-MM-DD`): each commitment as it stood that day, from its
 * dated history (geo/data/history.csv).
 *
 * When an event dated as precisely as its source (`2025-06`, `2025`) counts as having happened:
 * the conservative reading of ./dates.ts, shared with the outcome of a promise.
 *
 * Pages carry commitments without their history (it loads with the details), so each one's
 * history reaches the page in a compact form, its timeline: `2009-06-30o 2019-12-31a`, each
 * event's effective day and the first letter of the status it left (a, o or r).
 */
import { effectiveDays, lastDayOf } from './dates';
import { STATUSES, type Commitment, type CommitmentEvent, type Status } from './types';

/** One commitment's dated statuses: `YYYY-MM-DD` and a status's first letter, by a space. */
export type Timeline = string;
/** Every commitment's timeline, by id: what a page needs to show any day. */
export type Timelines = Record<string, Timeline>;

const STATUS_OF = Object.fromEntries(STATUSES.map((s) => [s[0], s])) as Record<string, Status>;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real day written `YYYY-MM-DD` (no 2025-02-30). */
export function isDay(value: string): boolean {
	const match = DAY.exec(value);
	if (!match) return false;
	const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A history as a page carries it (see `Timeline`). */
export function timelineOf(history: readonly CommitmentEvent[], checked: string): Timeline {
	const days = effectiveDays(history, checked);
	return history.map((event, i) => `${days[i]}${event.status[0]}`).join(' ');
}

/** Events of a timeline: [day, status], oldest first. */
function eventsOf(timeline: Timeline | undefined): [string, Status][] {
	if (!timeline) return [];
	return timeline.split(' ').map((e) => [e.slice(0, 10), STATUS_OF[e[10]!] ?? 'announced']);
}

/**
 * A commitment's status on `day` (the status its last event on or before that day left), or
 * null if it had not been announced by then.
 */
export function statusOn(timeline: Timeline | undefined, day: string): Status | null {
	let status: Status | null = null;
	for (const [date, after] of eventsOf(timeline)) {
		if (date > day) break;
		status = after;
	}
	return status;
}

/**
 * The commitments as they stood on `day`: only those announced by then, each with the status it
 * had then. A commitment without a timeline is left out (nothing says it existed then).
 */
export function commitmentsAsOf(
	commitments: readonly Commitment[],
	timelines: Timelines,
	day: string
): Commitment[] {
	const result: Commitment[] = [];
	for (const c of commitments) {
		const status = statusOn(timelines[c.id], day);
		if (status === null) continue;
		result.push(status === c.status ? c : { ...c, status });
	}
	return result;
}

/** Today's commitments as they stood on `day`, or as they are for none. */
export function asOf(
	data: { commitments: Commitment[]; timelines: Timelines },
	day: string | null
): Commitment[] {
	return day ? commitmentsAsOf(data.commitments, data.timelines, day) : data.commitments;
}

/** How many events are dated after `day` (the changes a map pinned to that day does not show). */
export function changesSince(timelines: Timelines, day: string): number {
	let n = 0;
	for (const timeline of Object.values(timelines)) {
		for (const [date] of eventsOf(timeline)) if (date > day) n++;
	}
	return n;
}

/** Every event's day, sorted, each once: the slider's ticks. */
export function eventDays(timelines: Timelines): string[] {
	const days = new Set<string>();
	for (const timeline of Object.values(timelines)) {
		for (const [date] of eventsOf(timeline)) days.add(date);
	}
	return [...days].sort();
}

/** The day of the first announcement in the data, or null for none. */
export const firstDay = (timelines: Timelines): string | null => eventDays(timelines)[0] ?? null;

/** Whole months from `from`'s month to `to`'s (`YYYY-MM…`): 0 within one month. */
export function monthsBetween(from: string, to: string): number {
	const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
	return month(to) - month(from);
}

/** The last day of the month `n` months after `from`'s (`YYYY-MM…`). */
export function monthEndAfter(from: string, n: number): string {
	const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + n;
	const month = String((index % 12) + 1).padStart(2, '0');
	return lastDayOf(`${Math.floor(index / 12)}-${month}`);
}

/** Today in the reader's own calendar, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
