import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { figureDifferences, figuresOf } from '../../geo/lib/figures';
import { partnerItems } from '../../geo/lib/name-translations';
import { frenchSpacingFaults } from '../../geo/lib/typography';
import { LOCALES } from '../../src/lib/i18n/locales';

const TRANSLATED = LOCALES.filter((l) => l !== 'en');

describe('geo/data/commitments.csv: names and partners in every language', () => {
	const rows = csvParse(readFileSync('geo/data/commitments.csv', 'utf8'));
	const cell = (row: (typeof rows)[number], column: string) => (row[column] ?? '').trim();

	it('translates a name in every language of the site or in none', () => {
		const partial = rows.filter((row) => {
			const given = TRANSLATED.filter((l) => cell(row, `name_${l}`) !== '').length;
			return given !== 0 && given !== TRANSLATED.length;
		});
		expect(partial.map((row) => row.id)).toEqual([]);
		const translated = rows.filter((row) => cell(row, 'name_fr') !== '');
		expect(translated.length).toBeGreaterThan(50);
	});

	it('gives the usual names where there are, and leaves proper names in English', () => {
		const byId = new Map(rows.map((row) => [row.id, row]));
		expect(cell(byId.get('skills-de')!, 'name_de')).toBe('Qualifizierungszusage: Deutschland');
		expect(cell(byId.get('skills-fr')!, 'name_fr')).toBe('Engagement de formation\u00a0: France');
		expect(cell(byId.get('skills-es-comunidad-madrid')!, 'name_fr')).toBe(
			'Formation à l’IA pour 170\u202f000 agents publics de la région de Madrid'.replace('’', "'")
		);
		expect(cell(byId.get('skills-it-elevate')!, 'name_de')).toBe('');
		expect(cell(byId.get('azure-northeurope')!, 'name_fr')).toBe('');
		expect(cell(byId.get('skills-de')!, 'partners_de').split('; ')[1]).toBe(
			'Bundesagentur für Arbeit'
		);
	});

	it('translates partners in every language or none, item for item', () => {
		const wrong = rows.flatMap((row) => {
			const given = TRANSLATED.filter((l) => cell(row, `partners_${l}`) !== '');
			if (given.length === 0) return [];
			if (given.length !== TRANSLATED.length) return [`${row.id}: ${given.join(',')}`];
			const count = partnerItems(cell(row, 'partners')).length;
			return TRANSLATED.filter(
				(l) => partnerItems(cell(row, `partners_${l}`)).length !== count
			).map((l) => `${row.id} partners_${l}`);
		});
		expect(wrong).toEqual([]);
	});

	it('states the English figures in every translated name and partner', () => {
		const wrong = rows.flatMap((row) =>
			TRANSLATED.flatMap((lang) => {
				const pairs: [string, string][] = [];
				if (cell(row, `name_${lang}`)) pairs.push([cell(row, 'name'), cell(row, `name_${lang}`)]);
				const partners = partnerItems(cell(row, `partners_${lang}`));
				partnerItems(cell(row, 'partners')).forEach((english, i) => {
					if (partners[i]) pairs.push([english, partners[i]]);
				});
				return pairs
					.filter(([english, text]) => {
						const d = figureDifferences(figuresOf(english, 'en'), figuresOf(text, lang));
						return d.missing.length + d.extra.length > 0;
					})
					.map(([, text]) => `${row.id} ${lang}: ${text}`);
			})
		);
		expect(wrong).toEqual([]);
	});

	it('writes French names and partners with their no-break spaces', () => {
		const faults = rows.filter(
			(row) =>
				frenchSpacingFaults(cell(row, 'name_fr')).length > 0 ||
				partnerItems(cell(row, 'partners_fr')).some((p) => frenchSpacingFaults(p).length > 0)
		);
		expect(faults.map((row) => row.id)).toEqual([]);
	});
});
