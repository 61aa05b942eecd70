import { describe, expect, it } from 'vitest';
import {
	changesSince,
	commitmentsAsOf,
	eventDays,
	firstDay,
	isDay,
	localToday,
	monthEndAfter,
	monthsBetween,
	statusOn,
	timelineOf
} from '../../src/lib/data/asof';
import { effectiveDays, lastDayOf } from '../../src/lib/data/dates';
import type { Commitment, CommitmentEvent, EventKind, Status } from '../../src/lib/data/types';

const CHECKED = '2026-11-30';

const event = (date: string, kind: EventKind, status: Status): CommitmentEvent => ({
	date,
	kind,
	status,
	figure: null,
	unit: null,
	sources: ['https://example.org'],
	note: null
});

const commitment = (id: string, status: Status): Commitment => ({
	id,
	type: 'datacenter',
	status,
	name: id,
	nameLang: 'en',
	country: 'DE',
	city: null,
	coordinates: null,
	precision: 'country',
	placeNote: null,
	partOf: null,
	announced: null,
	opened: null,
	deadline: null,
	targetPeople: null,
	confidence: 'high'
});

describe('lastDayOf and isDay', () => {
	it('reads a partial date as the last day of its period', () => {
		expect(lastDayOf('2025-06')).toBe('2025-06-30');
		expect(lastDayOf('2024-02')).toBe('2024-02-29');
		expect(lastDayOf('2025-02')).toBe('2025-02-28');
		expect(lastDayOf('2025-12')).toBe('2025-12-31');
		expect(lastDayOf('2025')).toBe('2025-12-31');
		expect(lastDayOf('2025-06-15')).toBe('2025-06-15');
	});

	it('knows a real day', () => {
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2025-02-29')).toBe(false);
		expect(isDay('2025-04-31')).toBe(false);
		expect(isDay('2025-4-30')).toBe(false);
		expect(isDay('2025-04')).toBe(false);
	});

	it("gives the reader's calendar day", () => {
		expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});

describe('effectiveDays', () => {
	it('never counts an event later than a later event of the same commitment', () => {
		// Announced "2025", opened March 2025: by 31 March it had surely been announced.
		const history = [
			event('2025', 'announced', 'announced'),
			event('2025-03', 'opened', 'operational')
		];
		expect(effectiveDays(history, CHECKED)).toEqual(['2025-03-31', '2025-03-31']);
	});

	it('never counts an event later than the day the facts were checked', () => {
		const history = [
			event('2026-11', 'announced', 'announced'),
			event('2026', 'opened', 'operational')
		];
		expect(effectiveDays(history, CHECKED)).toEqual(['2026-11-30', '2026-11-30']);
		expect(effectiveDays(history, '2026-11-10')).toEqual(['2026-11-10', '2026-11-10']);
	});
});

describe('the state of a commitment on a day', () => {
	// Announced in June 2024 (month only), construction 2025-01-15, opened in 2025 (year only).
	const timeline = timelineOf(
		[
			event('2024-06', 'announced', 'announced'),
			event('2025-01-15', 'construction', 'announced'),
			event('2025', 'opened', 'operational')
		],
		CHECKED
	);

	it('is compact: each effective day and the first letter of its status', () => {
		expect(timeline).toBe('2024-06-30a 2025-01-15a 2025-12-31o');
	});

	it('is nothing before the announcement', () => {
		expect(statusOn(timeline, '2020-01-01')).toBeNull();
		expect(statusOn(undefined, CHECKED)).toBeNull();
	});

	it('reads a month-precision announcement conservatively: from its last day', () => {
		expect(statusOn(timeline, '2024-06-01')).toBeNull();
		expect(statusOn(timeline, '2024-06-29')).toBeNull();
		expect(statusOn(timeline, '2024-06-30')).toBe('announced');
	});

	it('takes the status of the last event on or before the day', () => {
		expect(statusOn(timeline, '2025-06-30')).toBe('announced');
		expect(statusOn(timeline, '2025-12-30')).toBe('announced');
		expect(statusOn(timeline, '2025-12-31')).toBe('operational');
		expect(statusOn(timeline, CHECKED)).toBe('operational');
	});

	it('takes the later of two events on the same day', () => {
		const sameDay = timelineOf(
			[event('2023-05-10', 'announced', 'announced'), event('2023-05-10', 'opened', 'restricted')],
			CHECKED
		);
		expect(statusOn(sameDay, '2023-05-09')).toBeNull();
		expect(statusOn(sameDay, '2023-05-10')).toBe('restricted');
	});
});

describe('the commitments on a day', () => {
	const commitments = [
		commitment('a', 'operational'),
		commitment('b', 'announced'),
		commitment('c', 'restricted')
	];
	const timelines = {
		a: '2020-03-31a 2021-06-30o',
		b: '2024-01-15a',
		c: '2019-12-31a 2022-02-28o 2024-05-01r'
	};

	it('leaves out what had not been announced, with the status each had then', () => {
		const on = commitmentsAsOf(commitments, timelines, '2021-01-01');
		expect(on.map((c) => [c.id, c.status])).toEqual([
			['a', 'announced'],
			['c', 'announced']
		]);
		expect(commitmentsAsOf(commitments, timelines, '2019-12-30')).toEqual([]);
	});

	it("is today's data on the day of the last event, unchanged objects included", () => {
		const on = commitmentsAsOf(commitments, timelines, CHECKED);
		expect(on).toEqual(commitments);
		expect(on[0]).toBe(commitments[0]);
	});

	it('leaves out a commitment without a timeline', () => {
		expect(commitmentsAsOf([commitment('d', 'announced')], timelines, CHECKED)).toEqual([]);
	});

	it('counts the events after a day', () => {
		expect(changesSince(timelines, '2019-01-01')).toBe(6);
		expect(changesSince(timelines, '2021-06-30')).toBe(3);
		expect(changesSince(timelines, '2024-05-01')).toBe(0);
	});

	it('lists the days of events, and the first', () => {
		expect(eventDays(timelines)).toEqual([
			'2019-12-31',
			'2020-03-31',
			'2021-06-30',
			'2022-02-28',
			'2024-01-15',
			'2024-05-01'
		]);
		expect(firstDay(timelines)).toBe('2019-12-31');
		expect(firstDay({})).toBeNull();
	});
});

describe('the slider by month', () => {
	it('counts whole months between two days', () => {
		expect(monthsBetween('1997-07-31', '1997-07-01')).toBe(0);
		expect(monthsBetween('1997-07-31', '1998-01-15')).toBe(6);
		expect(monthsBetween('2024-12-31', '2025-01-01')).toBe(1);
		expect(monthsBetween('2025-03-31', '2024-03-31')).toBe(-12);
	});

	it('gives the last day of a month n months on', () => {
		expect(monthEndAfter('1997-07-31', 0)).toBe('1997-07-31');
		expect(monthEndAfter('1997-07-31', 5)).toBe('1997-12-31');
		expect(monthEndAfter('1997-07-31', 6)).toBe('1998-01-31');
		expect(monthEndAfter('2023-11-30', 3)).toBe('2024-02-29');
	});
});
