/**
 * The outcome so far of a promise: a commitment with a target (`target_people`) or a deadline,
 * decided from its dated history alone (geo/data/history.csv), as of a day. Pure.
 *
 * The outcomes, tried in this order (the first that applies wins):
 * - `withdrawn`: a `withdrawn` event. Evidence: the latest one.
 * - `met`: an `opened` or `progress` event reports a figure in people at or above the target.
 *   Evidence: the first such event (its date may be after the deadline: the page shows both).
 *   A commitment without a target figure is never marked met: the dataset has no measure of it.
 * - `delayed`: a `delayed` event with no report after it. Evidence: that event.
 * - `progress`: a report of progress. With a target, a report is an `opened`, `construction` or
 *   `progress` event with a figure in people; without one, any such event before the deadline
 *   has passed, and after it only one with a figure. Evidence: the latest report.
 * - `deadline-passed`: the deadline has passed and none of the above applies: no outcome is
 *   reported. Evidence: the promise as last stated (its `announced`, `restated` or
 *   `target-changed` event).
 * - `pending`: the deadline is ahead (or there is none) and nothing is reported yet. Evidence:
 *   the promise as last stated.
 *
 * Dates are as precise as their sources, read as ./dates.ts reads them (as the map as of a date
 * does): a deadline passes at the end of its period ("2025" at the end of 31 December 2025,
 * "2025-06" at the end of 30 June), so a deadline of today has not passed; an event counts once
 * its period is over ("2025-06" from 30 June), or from the day the facts were checked if that
 * is sooner. Events on the same day keep the history's order.
 */
import { deadlinePassed, eventsBy, firstDayOf } from './dates';
import type { Commitment, CommitmentEvent } from './types';

/** The outcomes, in the order the tracker lists, counts and colours them. */
export const OUTCOMES = [
	'met',
	'progress',
	'pending',
	'delayed',
	'deadline-passed',
	'withdrawn'
] as const;
export type OutcomeKind = (typeof OUTCOMES)[number];

export function isOutcome(value: string): value is OutcomeKind {
	return (OUTCOMES as readonly string[]).includes(value);
}

export interface Outcome {
	kind: OutcomeKind;
	/** The event the outcome rests on (with its date and sources), or null without history. */
	evidence: CommitmentEvent | null;
}

/** What the outcome reads of a commitment besides its history. */
export type PromiseTerms = Pick<Commitment, 'deadline' | 'targetPeople'>;

/** A promise is a commitment with a target figure or a deadline. */
export function isPromise(c: PromiseTerms): boolean {
	return c.deadline !== null || c.targetPeople !== null;
}

/** Sorting and feed timestamps read a partial date from its first day (./dates.ts). */
export { deadlinePassed, firstDayOf as startOf };

const REPORTS: readonly string[] = ['opened', 'construction', 'progress'];
const STATEMENTS: readonly string[] = ['announced', 'restated', 'target-changed'];

/**
 * The outcome of a promise as of `today` (YYYY-MM-DD), from its history (oldest first), whose
 * facts were checked on `checked` (YYYY-MM-DD; every event it records had happened by then).
 * For a commitment that is no promise (no target, no deadline) it is still defined, and
 * `pending` or `progress`; callers list promises only (isPromise).
 */
export function outcomeOf(
	c: PromiseTerms,
	history: readonly CommitmentEvent[],
	today: string,
	checked: string
): Outcome {
	const known = eventsBy(history, today, checked);
	const target = c.targetPeople;
	const passed = deadlinePassed(c.deadline, today);
	const last = <T>(list: readonly T[]) => list.at(-1) ?? null;

	const withdrawn = last(known.filter((e) => e.kind === 'withdrawn'));
	if (withdrawn) return { kind: 'withdrawn', evidence: withdrawn };

	const measured = (e: CommitmentEvent) => e.figure !== null && (!target || e.unit === 'people');
	const reports = known.filter(
		(e) => REPORTS.includes(e.kind) && (target || passed ? measured(e) : true)
	);
	if (target) {
		const met = reports.find((e) => e.kind !== 'construction' && e.figure! >= target);
		if (met) return { kind: 'met', evidence: met };
	}
	const delayed = last(known.filter((e) => e.kind === 'delayed'));
	if (delayed && !reports.some((e) => known.indexOf(e) > known.indexOf(delayed))) {
		return { kind: 'delayed', evidence: delayed };
	}
	const report = last(reports);
	if (report) return { kind: 'progress', evidence: report };
	const promise = last(known.filter((e) => STATEMENTS.includes(e.kind))) ?? last(known);
	return { kind: passed ? 'deadline-passed' : 'pending', evidence: promise };
}
