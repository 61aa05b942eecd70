/**
 * How a date as precise as its source (`PartialDate`: `2025`, `2025-06` or `2025-06-15`) is read
 * against a day. One reading, shared by the map as of a date (asof.ts), the outcome of a promise
 * (outcome.ts) and the deadlines (progress.ts). Pure.
 *
 * The conservative reading: a partial date is known to be behind us only once its whole period
 * is. An event dated `2025-06` counts from 30 June 2025 (on 15 June nobody could yet say it had
 * happened), one dated `2025` from 31 December 2025; a deadline `2025-06` passes at the end of
 * 30 June (a deadline of today has not passed). Two limits on an event's day: it counts once any
 * later event of the same commitment does (a commitment opened in March 2025 had been announced
 * by then, even if the announcement is dated `2025`), and no later than the day the dataset's
 * facts were checked (the data records it, so it had happened by then: an event dated this year
 * counts today). Events on the same day keep the history's order.
 */
import type { PartialDate } from './types';

/** The last day of a partial date's period: `2024-02` → `2024-02-29`, `2025` → `2025-12-31`. */
export function lastDayOf(date: PartialDate): string {
	if (date.length === 4) return `${date}-12-31`;
	if (date.length === 7) {
		const [y, m] = date.split('-').map(Number) as [number, number];
		const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
		return `${date}-${String(last).padStart(2, '0')}`;
	}
	return date;
}

/**
 * The first day of a partial date's period: `2025` → `2025-01-01`, `2025-06` → `2025-06-01`.
 * For sorting and feed timestamps only: whether an event had happened by a day is effectiveDays' business.
 */
export function firstDayOf(date: PartialDate): string {
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}`;
}

/** Whether a deadline has passed by `day` (YYYY-MM-DD): from the day after its period ends. */
export function deadlinePassed(deadline: PartialDate | null, day: string): boolean {
	return deadline !== null && lastDayOf(deadline) < day;
}

/**
 * Each event's day (see above): the first day on which it counts as having happened, for a
 * history oldest first whose facts were checked on `checked` (YYYY-MM-DD).
 */
export function effectiveDays(
	history: readonly { date: PartialDate }[],
	checked: string
): string[] {
	const days = history.map((event) => {
		const last = lastDayOf(event.date);
		return last < checked ? last : checked;
	});
	for (let i = days.length - 2; i >= 0; i--) {
		if (days[i + 1]! < days[i]!) days[i] = days[i + 1]!;
	}
	return days;
}

/** The events of a history (oldest first) that had happened by `day`, in the history's order. */
export function eventsBy<E extends { date: PartialDate }>(
	history: readonly E[],
	day: string,
	checked: string
): E[] {
	const days = effectiveDays(history, checked);
	return history.filter((_, i) => days[i]! <= day);
}
