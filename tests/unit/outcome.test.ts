import { describe, expect, it } from 'vitest';
import { statusOn, timelineOf } from '../../src/lib/data/asof';
import { deadlinePassed, isPromise, outcomeOf, startOf } from '../../src/lib/data/outcome';
import type { CommitmentEvent, EventKind } from '../../src/lib/data/types';

/** An event as history.csv gives it (status, sources and note do not decide the outcome). */
function event(
	date: string,
	kind: EventKind,
	figure: number | null = null,
	unit: string | null = figure === null ? null : 'people'
): CommitmentEvent {
	return {
		date,
		kind,
		status: kind === 'opened' ? 'operational' : 'announced',
		figure,
		unit,
		sources: [`https://example.org/${date}/${kind}`],
		note: null
	};
}

describe('startOf and deadlinePassed', () => {
	it.each([
		['2025', '2025-01-01'],
		['2025-06', '2025-06-01'],
		['2025-06-15', '2025-06-15']
	])('startOf(%s) = %s', (date, expected) => expect(startOf(date)).toBe(expected));

	it.each([
		// A deadline passes the day after its period ends: a deadline of today has not passed.
		['2025-06-15', '2025-06-15', false],
		['2025-06-15', '2025-06-16', true],
		['2025-06', '2025-06-30', false],
		['2025-06', '2025-07-01', true],
		['2024-02', '2024-02-29', false],
		['2024-02', '2024-03-01', true],
		['2025', '2025-12-31', false],
		['2025', '2026-01-01', true],
		[null, '2099-01-01', false]
	])('deadline %s, today %s → passed %s', (deadline, today, expected) =>
		expect(deadlinePassed(deadline, today)).toBe(expected)
	);
});

describe('isPromise', () => {
	it('needs a target or a deadline', () => {
		expect(isPromise({ deadline: null, targetPeople: null })).toBe(false);
		expect(isPromise({ deadline: '2027', targetPeople: null })).toBe(true);
		expect(isPromise({ deadline: null, targetPeople: 150 })).toBe(true);
	});
});

describe('outcomeOf', () => {
	const TODAY = '2026-11-30';
	const CHECKED = '2026-11-30';

	it('skills-dk: 200,000 Danes by 2024, nothing reported since → deadline passed', () => {
		const announced = event('2020-12-07', 'announced', 200_000);
		const outcome = outcomeOf(
			{ deadline: '2024', targetPeople: 200_000 },
			[announced],
			TODAY,
			CHECKED
		);
		expect(outcome).toEqual({ kind: 'deadline-passed', evidence: announced });
	});

	it('skills-fr: 250,000 of 1 million reported, deadline 2027 ahead → progress', () => {
		const report = event('2025-11-04', 'progress', 250_000);
		const history = [event('2024-05-13', 'announced', 1_000_000), report];
		const outcome = outcomeOf(
			{ deadline: '2027', targetPeople: 1_000_000 },
			history,
			TODAY,
			CHECKED
		);
		expect(outcome).toEqual({ kind: 'progress', evidence: report });
	});

	it('skills-gb: a progress event without a figure is no report of a target', () => {
		const announced = event('2023-11', 'announced', 1_000_000);
		const history = [announced, event('2025-09-16', 'progress')];
		const terms = { deadline: '2025-12', targetPeople: 1_000_000 };
		expect(outcomeOf(terms, history, TODAY, CHECKED)).toEqual({
			kind: 'deadline-passed',
			evidence: announced
		});
		// The same row before its deadline: pending, not progress.
		expect(outcomeOf(terms, history, '2025-12-31', CHECKED).kind).toBe('pending');
	});

	it('skills-at: the changed target is a statement, and the evidence of a pending promise', () => {
		const changed = event('2025-06-30', 'target-changed', 300_000);
		const history = [event('2020-10-22', 'announced', 120_000), changed];
		const terms = { deadline: '2025-12', targetPeople: 300_000 };
		expect(outcomeOf(terms, history, '2025-07-01', CHECKED)).toEqual({
			kind: 'pending',
			evidence: changed
		});
		// A report of 300,000 people meets it; 120,000 (the old target) does not.
		const met = event('2026-02', 'progress', 300_000);
		expect(outcomeOf(terms, [...history, met], TODAY, CHECKED)).toEqual({
			kind: 'met',
			evidence: met
		});
		const short = event('2026-02', 'progress', 120_000);
		expect(outcomeOf(terms, [...history, short], TODAY, CHECKED)).toEqual({
			kind: 'progress',
			evidence: short
		});
	});

	it('met rests on the first report that reaches the target, even after the deadline', () => {
		const first = event('2025-03', 'progress', 100_000);
		const later = event('2025-09', 'progress', 140_000);
		const history = [event('2023-04-25', 'announced', 100_000), first, later];
		const outcome = outcomeOf(
			{ deadline: '2025-01', targetPeople: 100_000 },
			history,
			TODAY,
			CHECKED
		);
		expect(outcome).toEqual({ kind: 'met', evidence: first });
	});

	it('a figure in another unit (EUR) reports nothing about a target in people', () => {
		const history = [
			event('2024-02-15', 'announced', 1_200_000),
			event('2025', 'progress', 3e9, 'EUR')
		];
		expect(
			outcomeOf({ deadline: '2027', targetPeople: 1_200_000 }, history, TODAY, CHECKED).kind
		).toBe('pending');
	});

	it('dc-de-investment-2024: without a target, a milestone counts before the deadline, not after', () => {
		const permits = event('2026-03-12', 'progress');
		const history = [event('2024-02-15', 'announced', 3.2e9, 'EUR'), permits];
		expect(outcomeOf({ deadline: '2025', targetPeople: null }, history, TODAY, CHECKED)).toEqual({
			kind: 'deadline-passed',
			evidence: history[0]
		});
		expect(outcomeOf({ deadline: '2027', targetPeople: null }, history, TODAY, CHECKED)).toEqual({
			kind: 'progress',
			evidence: permits
		});
		// Before the milestone's day it is not known yet.
		expect(
			outcomeOf({ deadline: '2027', targetPeople: null }, history, '2026-03-11', CHECKED).kind
		).toBe('pending');
	});

	it('an event at month precision counts once its month is over (from its last day)', () => {
		const report = event('2025-11', 'progress', 250_000);
		const history = [event('2024-05', 'announced', 1_000_000), report];
		const terms = { deadline: '2027', targetPeople: 1_000_000 };
		expect(outcomeOf(terms, history, '2025-11-01', CHECKED).kind).toBe('pending');
		expect(outcomeOf(terms, history, '2025-11-29', CHECKED).kind).toBe('pending');
		expect(outcomeOf(terms, history, '2025-11-30', CHECKED)).toEqual({
			kind: 'progress',
			evidence: report
		});
		// Announced "2024-05": nothing is known of it on 30 May 2024, the promise is known on the 31st.
		expect(outcomeOf(terms, history, '2024-05-30', CHECKED).evidence).toBeNull();
		expect(outcomeOf(terms, history, '2024-05-31', CHECKED).evidence).toBe(history[0]);
	});

	it('an event at year precision counts from 31 December, or from the day the facts were checked', () => {
		const report = event('2025', 'progress', 50_000);
		const history = [event('2024-02-15', 'announced', 100_000), report];
		const terms = { deadline: '2027', targetPeople: 100_000 };
		expect(outcomeOf(terms, history, '2025-12-30', CHECKED).kind).toBe('pending');
		expect(outcomeOf(terms, history, '2025-12-31', CHECKED).kind).toBe('progress');
		// Checked on 15 October 2025, the data already recorded it: it had happened by then.
		expect(outcomeOf(terms, history, '2025-10-14', '2025-10-15').kind).toBe('pending');
		expect(outcomeOf(terms, history, '2025-10-15', '2025-10-15').kind).toBe('progress');
	});

	it('a deadline of today has not passed; a month-dated report by then counts', () => {
		const announced = event('2024-03-01', 'announced');
		const terms = { deadline: '2025-06', targetPeople: null };
		expect(outcomeOf(terms, [announced], '2025-06-30', CHECKED).kind).toBe('pending');
		expect(outcomeOf(terms, [announced], '2025-07-01', CHECKED).kind).toBe('deadline-passed');
		// A milestone dated "2025-06", the deadline's own month: known on the deadline's last day,
		// so a report before the deadline (without a figure, it would not count after).
		const milestone = event('2025-06', 'progress');
		expect(outcomeOf(terms, [announced, milestone], '2025-06-29', CHECKED).kind).toBe('pending');
		expect(outcomeOf(terms, [announced, milestone], '2025-06-30', CHECKED)).toEqual({
			kind: 'progress',
			evidence: milestone
		});
	});

	it('knows on any day the same events the map as of that day shows (one reading of a date)', () => {
		const history = [
			event('2024', 'announced', 1_000),
			event('2024-03-12', 'construction'),
			event('2025-06', 'progress', 400),
			event('2026', 'progress', 1_000)
		];
		const timeline = timelineOf(history, CHECKED);
		// Hand-computed: "2024" counts with the March construction, "2026" on the day of checking.
		expect(timeline).toBe('2024-03-12a 2024-03-12a 2025-06-30a 2026-11-30a');
		const terms = { deadline: '2027', targetPeople: 1_000 };
		for (const day of ['2024-03-11', '2024-03-12', '2025-06-29', '2025-06-30', '2026-11-29']) {
			const known = outcomeOf(terms, history, day, CHECKED).evidence !== null;
			expect(known, day).toBe(statusOn(timeline, day) !== null);
		}
		expect(outcomeOf(terms, history, '2025-06-29', CHECKED).kind).toBe('pending');
		expect(outcomeOf(terms, history, '2025-06-30', CHECKED).kind).toBe('progress');
		expect(outcomeOf(terms, history, '2026-11-29', CHECKED).kind).toBe('progress');
		expect(outcomeOf(terms, history, CHECKED, CHECKED).kind).toBe('met');
	});

	it('same-day events keep the history order: a report after a delay lifts it', () => {
		const delayed = event('2025-03-01', 'delayed');
		const report = event('2025-03-01', 'progress', 5_000);
		const announced = event('2024-01-10', 'announced', 10_000);
		const terms = { deadline: '2026', targetPeople: 10_000 };
		expect(outcomeOf(terms, [announced, delayed, report], '2025-06-01', CHECKED)).toEqual({
			kind: 'progress',
			evidence: report
		});
		expect(outcomeOf(terms, [announced, report, delayed], '2025-06-01', CHECKED)).toEqual({
			kind: 'delayed',
			evidence: delayed
		});
	});

	it('withdrawn wins over everything, met included', () => {
		const withdrawn = event('2026-01', 'withdrawn');
		const history = [event('2024', 'announced', 100), event('2025', 'progress', 100), withdrawn];
		expect(outcomeOf({ deadline: '2025', targetPeople: 100 }, history, TODAY, CHECKED)).toEqual({
			kind: 'withdrawn',
			evidence: withdrawn
		});
	});

	it('skills-be-molengeek: opened without a figure, no deadline → pending on its announcement', () => {
		const announced = event('2022-06-22', 'announced', 150);
		const history = [announced, event('2023-01', 'opened')];
		expect(outcomeOf({ deadline: null, targetPeople: 150 }, history, TODAY, CHECKED)).toEqual({
			kind: 'pending',
			evidence: announced
		});
	});

	it('no history: pending or deadline passed, without evidence', () => {
		expect(outcomeOf({ deadline: '2025', targetPeople: null }, [], TODAY, CHECKED)).toEqual({
			kind: 'deadline-passed',
			evidence: null
		});
		expect(outcomeOf({ deadline: '2030', targetPeople: null }, [], TODAY, CHECKED).kind).toBe(
			'pending'
		);
	});
});
