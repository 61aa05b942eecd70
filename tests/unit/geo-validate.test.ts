import { describe, expect, it } from 'vitest';
import { countriesWithin } from '../../geo/lib/countries';
import {
	formatProblem,
	parseCommitments,
	rowChecks,
	type RowCheckName
} from '../../geo/lib/validate';
import { BASEMAP_CLIP } from '../../src/lib/frame/extent';
import { csvOf, validRow } from './helpers/csv';

const countries = countriesWithin(BASEMAP_CLIP);
const FILE = 'geo/data/commitments.csv';

/** The formatted problems for a file of one valid row followed by `row`, which sits on line 3. */
function problemsOf(...rows: ReturnType<typeof validRow>[]): string[] {
	const text = csvOf([validRow({ id: 'first-row' }), ...rows]);
	return parseCommitments(text, FILE, countries).problems.map(formatProblem);
}

describe('parseCommitments', () => {
	it('accepts a valid file and types every field', () => {
		const text = csvOf([
			validRow(),
			validRow({
				id: 'skills-de',
				type: 'training',
				status: 'announced',
				name: 'Skills pledge: Germany',
				country: 'DE',
				city: '',
				lat: '',
				lon: '',
				precision: 'country',
				announced: '2024-02-15',
				opened: '',
				deadline: '2025-12',
				target_people: '1200000',
				partners: 'BDA; Federal Employment Agency',
				sources: 'https://example.org/a https://example.org/b',
				confidence: 'medium',
				confidence_note: 'One secondary source.'
			})
		]);
		const { commitments, problems } = parseCommitments(text, FILE, countries);
		expect(problems).toEqual([]);
		expect(commitments).toHaveLength(2);
		expect(commitments[0]).toMatchObject({
			id: 'azure-francecentral',
			coordinates: [2.3522, 48.8566],
			opened: '2018',
			targetPeople: null,
			partners: []
		});
		expect(commitments[1]).toMatchObject({
			id: 'skills-de',
			coordinates: null,
			country: 'DE',
			targetPeople: 1_200_000,
			partners: ['BDA', 'Federal Employment Agency'],
			sources: ['https://example.org/a', 'https://example.org/b'],
			confidence: 'medium',
			confidenceNote: 'One secondary source.'
		});
	});

	it('reports every problem at once, with file, line, field and value, and returns no data', () => {
		const text = csvOf([
			validRow({ type: 'castle', lat: 'north' }),
			validRow({ id: 'b', confidence: 'sure' })
		]);
		const { commitments, problems } = parseCommitments(text, FILE, countries);
		expect(commitments).toEqual([]);
		expect(problems.map(formatProblem)).toEqual([
			'geo/data/commitments.csv:2: type: must be one of datacenter, security, training, startup (got "castle")',
			'geo/data/commitments.csv:2: lat: must be a decimal number (got "north")',
			'geo/data/commitments.csv:3: confidence: must be one of high, medium, low (got "sure")'
		]);
	});

	it('counts lines through quoted line breaks and blank lines', () => {
		const header = csvOf([]).trimEnd();
		const good = csvOf([validRow({ id: 'a', notes: 'line one\nline two' })])
			.split('\n')
			.slice(1)
			.join('\n');
		const bad = csvOf([validRow({ id: 'b', type: 'castle' })]).split('\n')[1];
		const text = `${header}\n${good}\n${bad}\n`;
		const lines = parseCommitments(text, FILE, countries).problems.map(formatProblem);
		expect(lines).toContain(
			'geo/data/commitments.csv:2: notes: must fit on one line (got "line one line two")'
		);
		expect(lines).toContain(
			'geo/data/commitments.csv:5: type: must be one of datacenter, security, training, startup (got "castle")'
		);
	});

	it('names a missing column and a row with too few fields', () => {
		const noNotes = csvOf([validRow()]).replace(',notes\n', '\n');
		expect(parseCommitments(noNotes, FILE, countries).problems.map(formatProblem)).toContain(
			'geo/data/commitments.csv:1: notes: column is missing from the header'
		);
		const short = csvOf([]) + 'x,datacenter\n';
		expect(parseCommitments(short, FILE, countries).problems[0]).toMatchObject({
			line: 2,
			field: 'row',
			message: 'has 2 fields; the header has 24 (a comma inside an unquoted field?)'
		});
	});

	it('rejects a duplicate id, naming the first line', () => {
		expect(problemsOf(validRow({ id: 'first-row' }))).toEqual([
			'geo/data/commitments.csv:3: id: is already used on line 2 (got "first-row")'
		]);
	});

	it('rejects an empty file', () => {
		expect(parseCommitments(csvOf([]), FILE, countries).problems.map(formatProblem)).toEqual([
			'geo/data/commitments.csv:1: row: the file has no commitments'
		]);
	});
});

/** One failing row per named check, and the one message it must produce (on line 3). */
const failing: Record<RowCheckName, [Partial<ReturnType<typeof validRow>>, string]> = {
	requiredFields: [{ name: '' }, 'name: is required (got "")'],
	idIsSlug: [
		{ id: 'France Central' },
		'id: must be lower-case letters, digits and hyphens (got "France Central")'
	],
	knownType: [
		{ type: 'Datacenter' },
		'type: must be one of datacenter, security, training, startup (got "Datacenter")'
	],
	knownStatus: [
		{ status: 'open' },
		'status: must be one of operational, restricted, announced (got "open")'
	],
	knownPrecision: [
		{ precision: 'street' },
		'precision: must be one of site, city, country, europe (got "street")'
	],
	knownConfidence: [{ confidence: 'H' }, 'confidence: must be one of high, medium, low (got "H")'],
	knownCountry: [
		{ country: 'FRA' },
		'country: must be an upper-case ISO 3166-1 alpha-2 code (got "FRA")'
	],
	coordinatesMatchPrecision: [
		{ precision: 'europe', country: '' },
		'lat: must be empty for precision europe: it has no point on the map (got "48.8566")'
	],
	coordinatesAreNumbers: [{ lon: '2,35' }, 'lon: must be a decimal number (got "2,35")'],
	coordinatesInEurope: [
		{ lat: '2.3522', lon: '48.8566' },
		'lat: lat/lon must lie in Europe (lon -32 to 45, lat 27 to 72); are they swapped? (got "2.3522, 48.8566")'
	],
	pointInCountry: [
		{ country: 'DE' },
		'lat: lat/lon lies 298 km outside Germany (DE); at most 25 km allowed (got "48.8566, 2.3522")'
	],
	wellFormedDates: [
		{ announced: '2024-13' },
		'announced: must be a date YYYY, YYYY-MM or YYYY-MM-DD (got "2024-13")'
	],
	openedNotBeforeAnnounced: [
		{ announced: '2019-03', opened: '2018' },
		'opened: is before announced (2019-03) (got "2018")'
	],
	deadlineNotBeforeAnnounced: [
		{ type: 'training', announced: '2024-05-13', opened: '2024-06', deadline: '2023-12' },
		'deadline: is before announced (2024-05-13) (got "2023-12")'
	],
	operationalHasOpened: [
		{ opened: '' },
		'opened: is required for status operational (a date, or "unknown" if none is published) (got "")'
	],
	targetOnlyOnTraining: [
		{ target_people: '1000' },
		'target_people: is only for type training (got "1000")'
	],
	httpSources: [
		{ sources: 'ftp://example.org/file' },
		'sources: must be an http(s) URL (got "ftp://example.org/file")'
	],
	noDuplicateSources: [
		{ sources: 'https://example.org/a https://example.org/a' },
		'sources: lists the same URL twice (got "https://example.org/a")'
	],
	nonEmptySummary: [{ summary_en: 'TBD' }, 'summary_en: must be a sentence (got "TBD")'],
	lowConfidenceHasReason: [
		{ confidence: 'low' },
		'confidence_note: must say why a low-confidence fact is unconfirmed (got "")'
	],
	noLineBreaks: [
		{ summary_fr: 'Une\nrégion' },
		'summary_fr: must fit on one line (got "Une région")'
	]
};

describe('named row checks', () => {
	it('has a failing fixture for every check', () => {
		expect(Object.keys(failing).sort()).toEqual(Object.keys(rowChecks).sort());
	});

	for (const [name, [overrides, message]] of Object.entries(failing)) {
		it(`${name} rejects with file:line: field`, () => {
			expect(problemsOf(validRow({ id: 'second-row', ...overrides }))).toEqual([
				`geo/data/commitments.csv:3: ${message}`
			]);
		});
	}

	it('accepts "unknown" as the opening date of something known to be open', () => {
		expect(problemsOf(validRow({ id: 'second-row', opened: 'unknown' }))).toEqual([]);
	});

	it('accepts a coastal point just outside the 1:50m outline (within 25 km)', () => {
		// Sines, Portugal, on the Atlantic coast. Paris to Germany's nearest border is about 300 km.
		expect(
			problemsOf(validRow({ id: 'second-row', country: 'PT', lat: '37.95', lon: '-8.87' }))
		).toEqual([]);
	});

	it('requires coordinates for a point and a country outside Europe-wide rows', () => {
		expect(problemsOf(validRow({ id: 'second-row', lat: '', lon: '' }))).toEqual([
			'geo/data/commitments.csv:3: lat: is required for precision city (got "")',
			'geo/data/commitments.csv:3: lon: is required for precision city (got "")'
		]);
		expect(
			problemsOf(
				validRow({ id: 'second-row', precision: 'country', lat: '', lon: '', country: '' })
			)
		).toEqual(['geo/data/commitments.csv:3: country: is required (got "")']);
	});
});
