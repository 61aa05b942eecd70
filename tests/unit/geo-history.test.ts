import { csvFormatRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { countriesWithin } from '../../geo/lib/countries';
import { readDataset } from '../../geo/lib/dataset';
import { eventChecks, HISTORY_COLUMNS, type EventCheckName } from '../../geo/lib/history';
import { formatProblem } from '../../geo/lib/problems';
import {
	agreementChecks,
	sequenceChecks,
	type AgreementCheckName,
	type SequenceCheckName
} from '../../geo/lib/timeline';
import { BASEMAP_CLIP } from '../../src/lib/frame/extent';
import { csvOf, validRow } from './helpers/csv';

const countries = countriesWithin(BASEMAP_CLIP);
const TODAY = '2026-11-30';
const ID = 'azure-francecentral';
const A = 'https://example.org/a';
const B = 'https://example.org/b';

/** A history row: id, date, event, status, figure, unit, sources, note. */
type Event = [string, string, string, string, string, string, string, string];
const historyCsv = (events: Event[]) => csvFormatRows([[...HISTORY_COLUMNS], ...events]) + '\n';

/** validRow() (announced 2016, opened 2018, operational)'s valid history: lines 2 and 3. */
const ANNOUNCED: Event = [ID, '2016', 'announced', 'announced', '', '', A, ''];
const OPENED: Event = [ID, '2018', 'opened', 'operational', '', '', B, 'Generally available.'];

function read(events: Event[], rows = [validRow()]) {
	return readDataset({
		commitments: { file: 'geo/data/commitments.csv', text: csvOf(rows) },
		history: { file: 'geo/data/history.csv', text: historyCsv(events) },
		countries,
		today: TODAY
	});
}
const problemsOf = (events: Event[], rows = [validRow()]) =>
	read(events, rows).problems.map(formatProblem);

describe('readDataset', () => {
	it('gives each commitment its events, oldest first, typed', () => {
		const progress: Event = [
			ID,
			'2019-06',
			'progress',
			'operational',
			'250000',
			'people',
			`${A} ${B}`,
			'Trained.'
		];
		const { commitments, problems } = read([ANNOUNCED, OPENED, progress]);
		expect(problems).toEqual([]);
		expect(commitments[0]!.history).toEqual([
			{
				date: '2016',
				kind: 'announced',
				status: 'announced',
				figure: null,
				unit: null,
				sources: [A],
				note: null
			},
			{
				date: '2018',
				kind: 'opened',
				status: 'operational',
				figure: null,
				unit: null,
				sources: [B],
				note: 'Generally available.'
			},
			{
				date: '2019-06',
				kind: 'progress',
				status: 'operational',
				figure: 250_000,
				unit: 'people',
				sources: [A, B],
				note: 'Trained.'
			}
		]);
	});

	it('accepts a coarser date among finer ones (2018 is compatible with 2018-05)', () => {
		const construction: Event = [ID, '2017-05', 'construction', 'announced', '', '', A, 'Permit.'];
		const restated: Event = [ID, '2017', 'restated', 'announced', '', '', A, 'Again.'];
		expect(problemsOf([ANNOUNCED, construction, restated, OPENED])).toEqual([]);
	});

	it('reports a missing history.csv, and every problem of both files at once', () => {
		const missing = readDataset({
			commitments: { file: 'c.csv', text: csvOf([validRow()]) },
			history: { file: 'h.csv', text: null },
			countries,
			today: TODAY
		});
		expect(missing.problems.map(formatProblem)).toEqual([
			'h.csv:1: file: is missing: every commitment needs its dated events (see geo/README.md)'
		]);
		const { commitments, problems } = read(
			[[...ANNOUNCED.slice(0, 6), ''] as unknown as Event, OPENED],
			[validRow({ type: 'castle', status: 'announced' })]
		);
		expect(commitments).toEqual([]);
		expect(problems.map(formatProblem)).toEqual([
			'geo/data/commitments.csv:2: type: must be one of datacenter, security, training, startup (got "castle")',
			'geo/data/commitments.csv:2: status: must be the status after its last event: geo/data/history.csv:3 (opened, 2018) gives operational (got "announced")',
			'geo/data/history.csv:2: row: has 7 fields; the header has 8 (a comma inside an unquoted field?) (got "azure-francecentral,2016,announced,announced,,,")',
			// The unreadable row is not an announcement, so the next is first.
			'geo/data/history.csv:3: event: must be announced: the first event of azure-francecentral is its announcement, and it has none (got "opened")'
		]);
	});

	it('names a missing or unknown column of history.csv', () => {
		const text = historyCsv([ANNOUNCED]).replace('sources,note', 'source,note');
		const { problems } = readDataset({
			commitments: { file: 'c.csv', text: csvOf([validRow()]) },
			history: { file: 'h.csv', text },
			countries,
			today: TODAY
		});
		expect(problems.map(formatProblem)).toEqual([
			'h.csv:1: sources: column is missing from the header',
			'h.csv:1: source: is not a known column (got "source")'
		]);
	});
});

/** One failing event (line 4, after ANNOUNCED and OPENED) per row check, and its messages. */
const failingEvents: Record<EventCheckName, [Partial<Record<number, string>>, string[]]> = {
	requiredFields: [
		{ 6: '' },
		['history.csv:4: sources: is required: at least one URL supporting this event (got "")']
	],
	knownId: [
		{ 0: 'azure-germany', 2: 'announced' },
		['history.csv:4: id: is not a commitment in geo/data/commitments.csv (got "azure-germany")']
	],
	knownEvent: [
		{ 2: 'opening' },
		[
			'history.csv:4: event: must be one of announced, restated, construction, opened, delayed, target-changed, progress, withdrawn (got "opening")'
		]
	],
	knownStatus: [
		{ 3: 'open' },
		[
			'commitments.csv:2: status: must be the status after its last event: geo/data/history.csv:4 (progress, 2019) gives open (got "operational")',
			'history.csv:4: status: must be one of operational, restricted, announced (got "open")'
		]
	],
	wellFormedDate: [
		{ 1: '2019-13' },
		['history.csv:4: date: must be a date YYYY, YYYY-MM or YYYY-MM-DD (got "2019-13")']
	],
	notInFuture: [
		{ 1: '2026-12' },
		['history.csv:4: date: is after today (2026-11-30) (got "2026-12")']
	],
	httpSources: [
		{ 6: `${A} www.example.org/b` },
		['history.csv:4: sources: must be an http(s) URL (got "www.example.org/b")']
	],
	wholeFigure: [
		{ 4: '250,000', 5: 'people' },
		['history.csv:4: figure: must be a whole number, digits only (got "250,000")']
	],
	figureHasUnit: [
		{ 4: '250000' },
		[
			'history.csv:4: unit: is required with a figure: one of people, EUR, GBP, USD, DKK, SEK, NOK, CHF, PLN (got "")'
		]
	],
	knownUnit: [
		{ 4: '3000000000', 5: 'euros' },
		[
			'history.csv:4: unit: must be one of people, EUR, GBP, USD, DKK, SEK, NOK, CHF, PLN (got "euros")'
		]
	],
	noLineBreaks: [
		{ 7: 'Reported\nin March.' },
		['history.csv:4: note: must fit on one line (got "Reported in March.")']
	]
};

describe('named checks on each event', () => {
	it('has a failing event for every check', () => {
		expect(Object.keys(failingEvents).sort()).toEqual(Object.keys(eventChecks).sort());
	});

	for (const [name, [changes, messages]] of Object.entries(failingEvents)) {
		it(`${name} rejects with file:line: field`, () => {
			const event: Event = [ID, '2019', 'progress', 'operational', '', '', A, 'Reported.'];
			for (const [i, value] of Object.entries(changes)) event[Number(i)] = value!;
			expect(problemsOf([ANNOUNCED, OPENED, event])).toEqual(messages.map((m) => `geo/data/${m}`));
		});
	}

	it('rejects a unit without a figure', () => {
		const event: Event = [ID, '2019', 'progress', 'operational', '', 'EUR', A, 'Reported.'];
		expect(problemsOf([ANNOUNCED, OPENED, event])).toEqual([
			'geo/data/history.csv:4: unit: must be empty without a figure (got "EUR")'
		]);
	});
});

/** One failing history per check on a commitment's sequence of events. */
const failingSequences: Record<SequenceCheckName, [Event[], string]> = {
	idRowsTogether: [
		[ANNOUNCED, ['other', '2016', 'announced', 'announced', '', '', A, ''], OPENED],
		'history.csv:4: id: must be with its other events, which are contiguous (its last one is line 2) (got "azure-francecentral")'
	],
	announcedFirst: [
		[[ID, '2016', 'construction', 'announced', '', '', A, 'Permit.'], ANNOUNCED, OPENED],
		'history.csv:3: event: must be the first event of azure-francecentral (line 2 comes before it) (got "announced")'
	],
	noEventBeforeAnnouncement: [
		[ANNOUNCED, [ID, '2015-11', 'construction', 'announced', '', '', A, 'Permit.'], OPENED],
		'history.csv:3: date: is before the announcement of azure-francecentral (line 2: 2016) (got "2015-11")'
	],
	datesInOrder: [
		[ANNOUNCED, [ID, '2019', 'construction', 'announced', '', '', A, 'Built.'], OPENED],
		'history.csv:4: date: goes backwards: line 3, above it, has 2019 (got "2018")'
	]
};

describe('named checks on each commitment’s events', () => {
	it('has a failing history for every check', () => {
		expect(Object.keys(failingSequences).sort()).toEqual(Object.keys(sequenceChecks).sort());
	});

	const other = validRow({ id: 'other', status: 'announced', opened: '' });
	for (const [name, [events, message]] of Object.entries(failingSequences)) {
		it(`${name} rejects with file:line: field`, () => {
			const rows = events.some((e) => e[0] === 'other') ? [validRow(), other] : [validRow()];
			expect(problemsOf(events, rows)).toEqual([`geo/data/${message}`]);
		});
	}

	it('requires an announcement, and only one', () => {
		const restated: Event = [ID, '2016', 'restated', 'announced', '', '', A, ''];
		expect(problemsOf([restated, OPENED])).toEqual([
			'geo/data/history.csv:2: event: must be announced: the first event of azure-francecentral is its announcement, and it has none (got "restated")'
		]);
		const again: Event = [ID, '2017', 'announced', 'announced', '', '', A, ''];
		expect(problemsOf([ANNOUNCED, again, OPENED])).toEqual([
			'geo/data/history.csv:3: event: is a second announcement of azure-francecentral (the first is line 2); use restated (got "announced")'
		]);
	});

	it('compares each date with every earlier one, not only its neighbour', () => {
		// 2018-05, then 2018 (compatible), then 2018-03: before line 3 although 2018 allows it.
		const events: Event[] = [
			ANNOUNCED,
			[ID, '2018-05', 'construction', 'announced', '', '', A, 'Built.'],
			[ID, '2018', 'restated', 'announced', '', '', A, 'Again.'],
			[ID, '2018-03', 'opened', 'operational', '', '', B, 'Open.']
		];
		expect(problemsOf(events, [validRow({ opened: '2018-03' })])).toEqual([
			'geo/data/history.csv:5: date: goes backwards: line 3, above it, has 2018-05 (got "2018-03")'
		]);
	});
});

/** One commitments.csv row (line 2) that disagrees with the valid history, per check. */
const failingAgreements: Record<
	AgreementCheckName,
	[Event[], Partial<ReturnType<typeof validRow>>, string]
> = {
	hasHistory: [
		[],
		{},
		'id: has no events in geo/data/history.csv; every commitment needs at least its announced event (got "azure-francecentral")'
	],
	announcedAsHistory: [
		[ANNOUNCED, OPENED],
		{ announced: '2016-06' },
		'announced: must be the date of its announced event: geo/data/history.csv:2 gives 2016 (got "2016-06")'
	],
	statusAsHistory: [
		[ANNOUNCED, OPENED],
		{ status: 'restricted' },
		'status: must be the status after its last event: geo/data/history.csv:3 (opened, 2018) gives operational (got "restricted")'
	],
	openedAsHistory: [
		[ANNOUNCED, OPENED],
		{ opened: '2017' },
		'opened: must be the date of its opened event: geo/data/history.csv:3 gives 2018 (got "2017")'
	]
};

describe('named checks of commitments.csv against the history', () => {
	it('has a failing row for every check', () => {
		expect(Object.keys(failingAgreements).sort()).toEqual(Object.keys(agreementChecks).sort());
	});

	for (const [name, [events, overrides, message]] of Object.entries(failingAgreements)) {
		it(`${name} rejects on commitments.csv, saying what the history gives`, () => {
			expect(problemsOf(events, [validRow(overrides)])).toEqual([
				`geo/data/commitments.csv:2: ${message}`
			]);
		});
	}

	it('wants "unknown" or nothing as opened when the history has no opened event', () => {
		const open: Event = [ID, '2016', 'announced', 'operational', '', '', A, ''];
		expect(problemsOf([open])).toEqual([
			'geo/data/commitments.csv:2: opened: is a date, but geo/data/history.csv has no opened event for it: add the event, or write "unknown" (or leave it empty if it is not open) (got "2018")'
		]);
		expect(problemsOf([open], [validRow({ opened: 'unknown' })])).toEqual([]);
		const announced: Event = [ID, '2016', 'announced', 'announced', '', '', A, ''];
		expect(problemsOf([announced], [validRow({ status: 'announced', opened: '' })])).toEqual([]);
	});
});
