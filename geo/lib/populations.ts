/**
 * Reads geo/data/populations.csv: one row per country, one source, one reference year. Named
 * checks, like commitments.csv's, tested in tests/unit/geo-populations.test.ts.
 */
import type { Population } from '../../src/lib/data/types';
import { byLine, isHttpUrl, isKnownCountry, type Problem } from './problems';
import { readTable, runChecks, type Check } from './table';

const POPULATION_COLUMNS = ['iso2', 'population', 'reference_date', 'source_url'] as const;
type PopulationRow = Record<(typeof POPULATION_COLUMNS)[number], string>;

const yearOf = (row: PopulationRow) => /^(\d{4})\b/.exec(row.reference_date)?.[1];

export const populationChecks = {
	knownCountry: (row) =>
		isKnownCountry(row.iso2)
			? []
			: [{ field: 'iso2', message: 'must be an ISO 3166-1 alpha-2 code', value: row.iso2 }],
	wholePopulation: (row) =>
		/^[1-9]\d*$/.test(row.population)
			? []
			: [{ field: 'population', message: 'must be a whole number', value: row.population }],
	referenceYear: (row) =>
		yearOf(row)
			? []
			: [{ field: 'reference_date', message: 'must start with a year', value: row.reference_date }],
	httpSource: (row) =>
		/^\S+$/.test(row.source_url) && isHttpUrl(row.source_url)
			? []
			: [{ field: 'source_url', message: 'must be an http(s) URL', value: row.source_url }]
} satisfies Record<string, Check<PopulationRow>>;

export function parsePopulations(
	text: string,
	file: string
): { populations: Population[]; problems: Problem[] } {
	const table = readTable(text, file, { columns: POPULATION_COLUMNS });
	const { rows } = table;
	const problems = [...table.problems, ...runChecks(rows, populationChecks, file, undefined)];
	if (!table.complete) return { populations: [], problems };

	const firstLine = new Map<string, number>();
	for (const { line, row } of rows) {
		if (isKnownCountry(row.iso2) && firstLine.has(row.iso2)) {
			problems.push({ file, line, field: 'iso2', message: 'appears twice', value: row.iso2 });
		} else firstLine.set(row.iso2, line);
	}
	const years = [...new Set(rows.map(({ row }) => yearOf(row)).filter((y) => y !== undefined))];
	if (years.length > 1) {
		problems.push({
			file,
			line: rows[0]!.line,
			field: 'reference_date',
			message: `mixes reference years (${years.join(', ')}); per-capita figures need one`,
			value: years.join(', ')
		});
	}
	if (problems.length > 0) return { populations: [], problems: byLine(problems) };
	return {
		populations: rows.map(({ row }) => ({
			iso2: row.iso2,
			population: Number(row.population),
			referenceYear: Number(yearOf(row)),
			source: row.source_url
		})),
		problems
	};
}
