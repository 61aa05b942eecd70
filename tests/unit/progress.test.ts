import { describe, expect, it } from 'vitest';
import { deadlinePassedWithoutOutcome, endOf } from '../../src/lib/data/progress';
import type { CommitmentRecord } from '../../src/lib/data/types';

function commitment(overrides: Partial<CommitmentRecord> = {}): CommitmentRecord {
	return {
		id: 'skills-de',
		type: 'training',
		status: 'announced',
		name: 'Skills pledge: Germany',
		nameLang: 'en',
		country: 'DE',
		city: null,
		coordinates: null,
		precision: 'country',
		locationSource: [],
		placeNote: null,
		partOf: null,
		announced: '2023-03',
		opened: null,
		deadline: null,
		targetPeople: 1_000_000,
		partners: [],
		partnersLang: 'en',
		summary: {
			en: 'Train a million people.',
			fr: null,
			de: null,
			es: null,
			it: null,
			nl: null,
			pl: null
		},
		sources: ['https://example.org/pledge'],
		confidence: 'high',
		confidenceNote: null,
		claimedBy: 'Microsoft',
		notes: null,
		history: [],
		...overrides
	};
}

describe('endOf', () => {
	it.each([
		['2025', '2025-12-31'],
		['1999', '1999-12-31'],
		['2024-02', '2024-02-29'],
		['2025-02', '2025-02-28'],
		['2000-02', '2000-02-29'],
		['2100-02', '2100-02-28'],
		['2025-01', '2025-01-31'],
		['2025-04', '2025-04-30'],
		['2025-06', '2025-06-30'],
		['2025-09', '2025-09-30'],
		['2025-12', '2025-12-31'],
		['2024-06-11', '2024-06-11'],
		['2024-02-29', '2024-02-29'],
		['2025-01-01', '2025-01-01']
	])('%s → %s', (date, expected) => {
		expect(endOf(date)).toBe(expected);
	});
});

describe('deadlinePassedWithoutOutcome', () => {
	it.each<[string, Partial<CommitmentRecord>, string, boolean]>([
		['announced, deadline passed', { deadline: '2024-06-30' }, '2025-06-01', true],
		['announced, deadline the day before', { deadline: '2025-05-31' }, '2025-06-01', true],
		['announced, deadline the same day', { deadline: '2025-06-01' }, '2025-06-01', false],
		['announced, deadline ahead', { deadline: '2026-01-15' }, '2025-06-01', false],
		[
			'operational, deadline passed',
			{ status: 'operational', deadline: '2024' },
			'2025-06-01',
			false
		],
		[
			'restricted, deadline passed',
			{ status: 'restricted', deadline: '2024' },
			'2025-06-01',
			false
		],
		['announced, no deadline', { deadline: null }, '2025-06-01', false],
		['deadline year not over yet', { deadline: '2025' }, '2025-06-01', false],
		['deadline year over', { deadline: '2024' }, '2025-01-01', true],
		['deadline year, on its last day', { deadline: '2025' }, '2025-12-31', false],
		['deadline year, the day after', { deadline: '2025' }, '2026-01-01', true],
		['deadline month not over yet', { deadline: '2025-06' }, '2025-06-30', false],
		['deadline month over', { deadline: '2025-06' }, '2025-07-01', true],
		['deadline February of a leap year', { deadline: '2024-02' }, '2024-02-29', false],
		['deadline February, month over', { deadline: '2024-02' }, '2024-03-01', true]
	])('%s', (_name, overrides, today, expected) => {
		expect(deadlinePassedWithoutOutcome(commitment(overrides), today)).toBe(expected);
	});
});

describe('deadlinePassedWithoutOutcome with the build’s outcome', () => {
	it('follows the outcome the build computed from the history', () => {
		const base = { deadline: '2025', status: 'announced' } as const;
		expect(
			deadlinePassedWithoutOutcome(
				commitment({ ...base, outcome: 'deadline-passed' }),
				'2026-01-01'
			)
		).toBe(true);
		// a figure was reported: the outcome is "progress", not "not reported"
		expect(
			deadlinePassedWithoutOutcome(commitment({ ...base, outcome: 'progress' }), '2026-01-01')
		).toBe(false);
		// the deadline of the day has not passed
		expect(
			deadlinePassedWithoutOutcome(
				commitment({ ...base, outcome: 'deadline-passed' }),
				'2025-12-31'
			)
		).toBe(false);
	});
});
