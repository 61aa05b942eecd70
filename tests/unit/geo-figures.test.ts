import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { figureDifferences, figuresOf } from '../../geo/lib/figures';
import { frenchSpacingFaults } from '../../geo/lib/typography';
import { SUMMARY_COLUMNS } from '../../geo/lib/translations';
import { LOCALES } from '../../src/lib/i18n/locales';

describe('figuresOf', () => {
	it('reads thousands and decimals the way each language writes them', () => {
		expect(figuresOf('1,000,000 people and €33.7 billion', 'en')).toEqual([1000000, 33.7e9]);
		expect(figuresOf('1 000 000 personnes et 33,7 milliards', 'fr')).toEqual([1000000, 33.7e9]);
		expect(figuresOf('1\u202f000\u202f000 et 14,4', 'fr')).toEqual([1000000, 14.4]);
		expect(figuresOf('1.000.000 Menschen und 33,7 Mrd. Kronen', 'de')).toEqual([1000000, 33.7e9]);
		expect(figuresOf('1\u00a0000\u00a0000 osób i 33,7 mld koron', 'pl')).toEqual([1000000, 33.7e9]);
	});

	it('reads "million" and "billion" in each language as the number they make', () => {
		expect(figuresOf('1.2 million and 4.3 billion', 'en')).toEqual([1200000, 4300000000]);
		expect(figuresOf('1,2 Millionen und 4,3 Milliarden', 'de')).toEqual([1200000, 4300000000]);
		expect(figuresOf('1,2 millones y 4.300 millones', 'es')).toEqual([1200000, 4300000000]);
		expect(figuresOf('10.000 millones y 2,5 mil millones', 'es')).toEqual([1e10, 2.5e9]);
		expect(figuresOf('1,2 milioni e 4,3 miliardi', 'it')).toEqual([1200000, 4300000000]);
		expect(figuresOf('1,2 miljoen en 4,3 miljard', 'nl')).toEqual([1200000, 4300000000]);
		expect(figuresOf('1,2 mln i 4,3 mld, 2 miliardy', 'pl')).toEqual([1200000, 4300000000, 2e9]);
	});

	it('keeps digits inside names and dates, and writes out spans of years', () => {
		expect(figuresOf('NIS2, on 15 February 2024, for 2025–28', 'en')).toEqual([
			2, 15, 2024, 2025, 2028
		]);
		expect(figuresOf('de 2025 à 2028', 'fr')).toEqual([2025, 2028]);
		expect(figuresOf('40% and 40 %', 'en')).toEqual([40, 40]);
	});

	it('does not join figures separated by a comma and a space, or a date and a year', () => {
		expect(figuresOf('In 2023, 100 people', 'en')).toEqual([2023, 100]);
		expect(figuresOf('Am 3. Oktober 2016.', 'de')).toEqual([3, 2016]);
	});
});

describe('figureDifferences', () => {
	it('matches figures one for one, whatever their order', () => {
		expect(figureDifferences([1, 2, 2, 3], [3, 2, 1, 2])).toEqual({ missing: [], extra: [] });
		expect(figureDifferences([1, 2, 2], [2, 1, 4])).toEqual({ missing: [2], extra: [4] });
	});
});

describe('geo/data/commitments.csv', () => {
	const rows = csvParse(readFileSync('geo/data/commitments.csv', 'utf8'));

	it('has a summary in every language of the site on every row', () => {
		expect(SUMMARY_COLUMNS).toEqual(LOCALES.map((l) => `summary_${l}`));
		const gaps = rows.flatMap((row) =>
			SUMMARY_COLUMNS.filter((column) => !(row[column] ?? '').trim()).map((c) => `${row.id} ${c}`)
		);
		expect(gaps).toEqual([]);
	});

	it('states the English figures in every translation', () => {
		const wrong = rows.flatMap((row) => {
			const english = figuresOf(row.summary_en ?? '', 'en');
			return LOCALES.filter((lang) => lang !== 'en').flatMap((lang) => {
				const { missing, extra } = figureDifferences(
					english,
					figuresOf(row[`summary_${lang}`] ?? '', lang)
				);
				return missing.length + extra.length > 0 ? [`${row.id} ${lang}`] : [];
			});
		});
		expect(wrong).toEqual([]);
	});

	it('writes French with a no-break space before : ; ? ! and inside « »', () => {
		const faults = rows.filter((row) => frenchSpacingFaults(row.summary_fr ?? '').length > 0);
		expect(faults.map((row) => row.id)).toEqual([]);
	});
});

describe('frenchSpacingFaults', () => {
	it('names each missing no-break space, and leaves URLs and times alone', () => {
		expect(frenchSpacingFaults('Source\u00a0: https://example.org')).toEqual([]);
		expect(frenchSpacingFaults('Source: à 10:30')).toEqual(['before « : »']);
		expect(frenchSpacingFaults('« Oui » ; non ! Pourquoi ?')).toEqual([
			'before « » »',
			'before « ; »',
			'before « ! »',
			'before « ? »',
			'after « « »'
		]);
		expect(frenchSpacingFaults('«\u202fOui\u202f»\u202f; non\u202f!')).toEqual([]);
	});
});
