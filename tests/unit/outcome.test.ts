import { describe, expect, it } from 'vitest';
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

	it('skills-dk: 200,000 Danes by 2024, nothing reported since → deadline passed', () => {
		const announced = event('2020-12-07', 'announced', 200_000);
		const outcome = outcomeOf({ deadline: '2024', targetPeople: 200_000 }, [announced], TODAY);
		expect(outcome).toEqual({ kind: 'deadline-passed', evidence: announced });
	});

	it('skills-fr: 250,000 of 1 million reported, deadline 2027 ahead → progress', () => {
		const report = event('2025-11-04', 'progress', 250_000);
		const history = [event('2024-05-13', 'announced', 1_000_000), report];
		const outcome = outcomeOf({ deadline: '2027', targetPeople: 1_000_000 }, history, TODAY);
		expect(outcome).toEqual({ kind: 'progress', evidence: report });
	});

	it('skills-gb: a progress event without a figure is no report of a target', () => {
		const announced = event('2023-11', 'announced', 1_000_000);
		const history = [announced, event('2025-09-16', 'progress')];
		const terms = { deadline: '2025-12', targetPeople: 1_000_000 };
		expect(outcomeOf(terms, history, TODAY)).toEqual({
			kind: 'deadline-passed',
			evidence: announced
		});
		// The same row before its deadline: pending, not progress.
		expect(outcomeOf(terms, history, '2025-12-31').kind).toBe('pending');
	});

	it('skills-at: the changed target is a statement, and the evidence of a pending promise', () => {
		const changed = event('2025-06-30', 'target-changed', 300_000);
		const history = [event('2020-10-22', 'announced', 120_000), changed];
		const terms = { deadline: '2025-12', targetPeople: 300_000 };
		expect(outcomeOf(terms, history, '2025-07-01')).toEqual({
			kind: 'pending',
			evidence: changed
		});
		// A report of 300,000 people meets it; 120,000 (the old target) does not.
		const met = event('2026-02', 'progress', 300_000);
		expect(outcomeOf(terms, [...history, met], TODAY)).toEqual({ kind: 'met', evidence: met });
		const short = event('2026-02', 'progress', 120_000);
		expect(outcomeOf(terms, [...history, short], TODAY)).toEqual({
			kind: 'progress',
			evidence: short
		});
	});

	it('met rests on the first report that reaches the target, even after the deadline', () => {
		const first = event('2025-03', 'progress', 100_000);
		const later = event('2025-09', 'progress', 140_000);
		const history = [event('2023-04-25', 'announced', 100_000), first, later];
		const outcome = outcomeOf({ deadline: '2025-01', targetPeople: 100_000 }, history, TODAY);
		expect(outcome).toEqual({ kind: 'met', evidence: first });
	});

	it('a figure in another unit (EUR) reports nothing about a target in people', () => {
		const history = [
			event('2024-02-15', 'announced', 1_200_000),
			event('2025', 'progress', 3e9, 'EUR')
		];
		expect(outcomeOf({ deadline: '2027', targetPeople: 1_200_000 }, history, TODAY).kind).toBe(
			'pending'
		);
	});

	it('dc-de-investment-2024: without a target, a milestone counts before the deadline, not after', () => {
		const permits = event('2026-03-12', 'progress');
		const history = [event('2024-02-15', 'announced', 3.2e9, 'EUR'), permits];
		expect(outcomeOf({ deadline: '2025', targetPeople: null }, history, TODAY)).toEqual({
			kind: 'deadline-passed',
			evidence: history[0]
		});
		expect(outcomeOf({ deadline: '2027', targetPeople: null }, history, TODAY)).toEqual({
			kind: 'progress',
			evidence: permits
		});
		// Before the milestone's day it is not known yet.
		expect(outcomeOf({ deadline: '2027', targetPeople: null }, history, '2026-03-11').kind).toBe(
			'pending'
		);
	});

	it('an event at month precision counts from the first day of its month', () => {
		const report = event('2025-11', 'progress', 250_000);
		const history = [event('2024-05', 'announced', 1_000_000), report];
		const terms = { deadline: '2027', targetPeople: 1_000_000 };
		expect(outcomeOf(terms, history, '2025-11-01').kind).toBe('progress');
		expect(outcomeOf(terms, history, '2025-10-31').kind).toBe('pending');
	});

	it('same-day events keep the history order: a report after a delay lifts it', () => {
		const delayed = event('2025-03-01', 'delayed');
		const report = event('2025-03-01', 'progress', 5_000);
		const announced = event('2024-01-10', 'announced', 10_000);
		const terms = { deadline: '2026', targetPeople: 10_000 };
		expect(outcomeOf(terms, [announced, delayed, report], '2025-06-01')).toEqual({
			kind: 'progress',
			evidence: report
		});
		expect(outcomeOf(terms, [announced, report, delayed], '2025-06-01')).toEqual({
			kind: 'delayed',
			evidence: delayed
		});
	});

	it('withdrawn wins over everything, met included', () => {
		const withdrawn = event('2026-01', 'withdrawn');
		const history = [event('2024', 'announced', 100), event('2025', 'progress', 100), withdrawn];
		expect(outcomeOf({ deadline: '2025', targetPeople: 100 }, history, TODAY)).toEqual({
			kind: 'withdrawn',
			evidence: withdrawn
		});
	});

	it('skills-be-molengeek: opened without a figure, no deadline → pending on its announcement', () => {
		const announced = event('2022-06-22', 'announced', 150);
		const history = [announced, event('2023-01', 'opened')];
		expect(outcomeOf({ deadline: null, targetPeople: 150 }, history, TODAY)).toEqual({
			kind: 'pending',
			evidence: announced
		});
	});

	it('no history: pending or deadline passed, without evidence', () => {
		expect(outcomeOf({ deadline: '2025', targetPeople: null }, [], TODAY)).toEqual({
			kind: 'deadline-passed',
			evidence: null
		});
		expect(outcomeOf({ deadline: '2030', targetPeople: null }, [], TODAY).kind).toBe('pending');
	});
});
