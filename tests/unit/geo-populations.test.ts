import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePopulations } from '../../geo/lib/populations';
import { formatProblem } from '../../geo/lib/problems';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';

const FILE = 'geo/data/populations.csv';
const HEADER = 'iso2,country,population,reference_date,source_url';
const URL_A = 'https://example.org/population.csv';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const problemsOf = (text: string) => parsePopulations(text, FILE).problems.map(formatProblem);

describe('parsePopulations', () => {
	it('reads a valid file', () => {
		const text = csv(
			`AT,Austria,9131761,2023 (World Bank),${URL_A}`,
			`BE,Belgium,11779946,2023-07-01,http://example.org/be`,
			`XK,Kosovo,1756374,2023,${URL_A}`
		);
		expect(parsePopulations(text, FILE)).toEqual({
			populations: [
				{ iso2: 'AT', population: 9_131_761, referenceYear: 2023, source: URL_A },
				{
					iso2: 'BE',
					population: 11_779_946,
					referenceYear: 2023,
					source: 'http://example.org/be'
				},
				{ iso2: 'XK', population: 1_756_374, referenceYear: 2023, source: URL_A }
			],
			problems: []
		});
	});

	it('ignores a byte-order mark and CRLF line endings', () => {
		const text = `\uFEFF${HEADER}\r\nAT,Austria,9131761,2023,${URL_A}\r\n`;
		expect(parsePopulations(text, FILE)).toEqual({
			populations: [{ iso2: 'AT', population: 9_131_761, referenceYear: 2023, source: URL_A }],
			problems: []
		});
	});

	it.each([
		['XX', 'geo/data/populations.csv:3: iso2: must be an ISO 3166-1 alpha-2 code (got "XX")'],
		['at', 'geo/data/populations.csv:3: iso2: must be an ISO 3166-1 alpha-2 code (got "at")'],
		['DEU', 'geo/data/populations.csv:3: iso2: must be an ISO 3166-1 alpha-2 code (got "DEU")'],
		['', 'geo/data/populations.csv:3: iso2: must be an ISO 3166-1 alpha-2 code (got "")']
	])('rejects the code %j, with its line and field', (iso2, expected) => {
		const text = csv(`AT,Austria,9131761,2023,${URL_A}`, `${iso2},Somewhere,1000,2023,${URL_A}`);
		const result = parsePopulations(text, FILE);
		expect(result.problems.map(formatProblem)).toEqual([expected]);
		expect(result.problems[0]).toMatchObject({ file: FILE, line: 3, field: 'iso2' });
		expect(result.populations).toEqual([]);
	});

	it('rejects a country listed twice, on its second line', () => {
		const text = csv(`AT,Austria,9131761,2023,${URL_A}`, `AT,Austria,9131762,2023,${URL_A}`);
		expect(problemsOf(text)).toEqual([
			'geo/data/populations.csv:3: iso2: appears twice (got "AT")'
		]);
	});

	it.each(['9131761.5', '9,131,761', '1e6', '-5', '0', '09131761', '', ' 9131761', 'many'])(
		'rejects the population %j',
		(population) => {
			const text = csv(`"AT","Austria","${population}","2023","${URL_A}"`);
			const result = parsePopulations(text, FILE);
			expect(result.problems).toEqual([
				{
					file: FILE,
					line: 2,
					field: 'population',
					message: 'must be a whole number',
					value: population
				}
			]);
			expect(result.populations).toEqual([]);
		}
	);

	it('rejects a reference date without a year and a source that is not a URL', () => {
		const text = csv(`AT,Austria,9131761,circa 2023,ftp://example.org/x`);
		expect(problemsOf(text)).toEqual([
			'geo/data/populations.csv:2: reference_date: must start with a year (got "circa 2023")',
			'geo/data/populations.csv:2: source_url: must be an http(s) URL (got "ftp://example.org/x")'
		]);
	});

	it.each(['iso2', 'population', 'reference_date', 'source_url'])(
		'names a missing %s column, on line 1',
		(column) => {
			const columns = HEADER.split(',');
			const keep = columns.map((c, i) => (c === column ? -1 : i)).filter((i) => i >= 0);
			const row = ['AT', 'Austria', '9131761', '2023', URL_A];
			const text =
				[keep.map((i) => columns[i]).join(','), keep.map((i) => row[i]).join(',')].join('\n') +
				'\n';
			expect(parsePopulations(text, FILE)).toEqual({
				populations: [],
				problems: [
					{ file: FILE, line: 1, field: column, message: 'column is missing from the header' }
				]
			});
		}
	);

	it('reports every missing column at once', () => {
		expect(problemsOf('iso2,country\nAT,Austria\n')).toEqual([
			'geo/data/populations.csv:1: population: column is missing from the header',
			'geo/data/populations.csv:1: reference_date: column is missing from the header',
			'geo/data/populations.csv:1: source_url: column is missing from the header'
		]);
	});

	it('rejects mixed reference years', () => {
		const text = csv(
			`AT,Austria,9131761,2023,${URL_A}`,
			`BE,Belgium,11779946,2022,${URL_A}`,
			`BG,Bulgaria,6446596,2023,${URL_A}`
		);
		const result = parsePopulations(text, FILE);
		expect(result.problems).toEqual([
			{
				file: FILE,
				line: 2,
				field: 'reference_date',
				message: 'mixes reference years (2023, 2022); per-capita figures need one',
				value: '2023, 2022'
			}
		]);
		expect(result.populations).toEqual([]);
	});

	it('reports every problem of a row, and of every row, at once', () => {
		const text = csv(`XX,Nowhere,lots,someday,nope`, `AT,Austria,9131761,2023,${URL_A}`);
		expect(problemsOf(text)).toEqual([
			'geo/data/populations.csv:2: iso2: must be an ISO 3166-1 alpha-2 code (got "XX")',
			'geo/data/populations.csv:2: population: must be a whole number (got "lots")',
			'geo/data/populations.csv:2: reference_date: must start with a year (got "someday")',
			'geo/data/populations.csv:2: source_url: must be an http(s) URL (got "nope")'
		]);
	});
});

describe('the shipped geo/data/populations.csv', () => {
	const text = readFileSync(new URL('../../geo/data/populations.csv', import.meta.url), 'utf8');
	const { populations, problems } = parsePopulations(text, FILE);

	it('parses with no problem into 45 rows of one reference year', () => {
		expect(problems).toEqual([]);
		expect(populations).toHaveLength(45);
		expect(new Set(populations.map((p) => p.referenceYear)).size).toBe(1);
	});

	it('covers the European countries but the Vatican', () => {
		const codes = populations.map((p) => p.iso2).sort();
		expect(codes).toEqual(EUROPEAN_COUNTRIES.filter((code) => code !== 'VA'));
	});

	it('has plausible figures', () => {
		for (const p of populations) {
			expect(p.population, p.iso2).toBeGreaterThan(10_000);
			expect(p.population, p.iso2).toBeLessThan(100_000_000);
		}
	});
});
