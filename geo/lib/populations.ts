import { csvParse } from 'd3';
import type { Population } from '../../src/lib/data/types';
import { isKnownCountry, type Problem } from './validate';

/** Reads geo/data/populations.csv: one row per country, one source, one reference year. */
export function parsePopulations(
	text: string,
	file: string
): { populations: Population[]; problems: Problem[] } {
	const rows = csvParse(text.replace(/^\uFEFF/, ''));
	const problems: Problem[] = [];
	const populations: Population[] = [];
	const seen = new Set<string>();
	for (const column of ['iso2', 'population', 'reference_date', 'source_url']) {
		if (!rows.columns.includes(column)) {
			problems.push({ file, line: 1, field: column, message: 'column is missing from the header' });
		}
	}
	if (problems.length > 0) return { populations, problems };
	rows.forEach((row, i) => {
		const line = i + 2;
		const iso2 = row.iso2 ?? '';
		const population = row.population ?? '';
		const year = /^(\d{4})\b/.exec(row.reference_date ?? '')?.[1];
		const source = row.source_url ?? '';
		const before = problems.length;
		if (!isKnownCountry(iso2)) {
			problems.push({
				file,
				line,
				field: 'iso2',
				message: 'must be an ISO 3166-1 alpha-2 code',
				value: iso2
			});
		} else if (seen.has(iso2)) {
			problems.push({ file, line, field: 'iso2', message: 'appears twice', value: iso2 });
		}
		seen.add(iso2);
		if (!/^[1-9]\d*$/.test(population)) {
			problems.push({
				file,
				line,
				field: 'population',
				message: 'must be a whole number',
				value: population
			});
		}
		if (!year) {
			problems.push({
				file,
				line,
				field: 'reference_date',
				message: 'must start with a year',
				value: row.reference_date ?? ''
			});
		}
		if (!/^https?:\/\/\S+\.\S+$/.test(source)) {
			problems.push({
				file,
				line,
				field: 'source_url',
				message: 'must be an http(s) URL',
				value: source
			});
		}
		if (problems.length === before) {
			populations.push({
				iso2,
				population: Number(population),
				referenceYear: Number(year),
				source
			});
		}
	});
	const years = new Set(populations.map((p) => p.referenceYear));
	if (years.size > 1) {
		problems.push({
			file,
			line: 2,
			field: 'reference_date',
			message: `mixes reference years (${[...years].join(', ')}); per-capita figures need one`,
			value: [...years].join(', ')
		});
	}
	return { populations: problems.length ? [] : populations, problems };
}
