import { describe, expect, it } from 'vitest';
import { searchCountries, type CountryOption } from '../../src/lib/ui/country-search';

const EN: CountryOption[] = [
	{ iso2: 'GB', name: 'United Kingdom' },
	{ iso2: 'ES', name: 'Spain' },
	{ iso2: 'DE', name: 'Germany' },
	{ iso2: 'NG', name: 'Nigeria' },
	{ iso2: 'AT', name: 'Austria' },
	{ iso2: 'SE', name: 'Sweden' },
	{ iso2: 'DZ', name: 'Algeria' },
	{ iso2: 'FR', name: 'France' },
	{ iso2: 'NL', name: 'Netherlands' },
	{ iso2: 'DK', name: 'Denmark' },
	{ iso2: 'IE', name: 'Ireland' },
	{ iso2: 'EE', name: 'Estonia' },
	{ iso2: 'BE', name: 'Belgium' },
	{ iso2: 'FI', name: 'Finland' }
];

const DE: CountryOption[] = [
	{ iso2: 'GB', name: 'Vereinigtes Königreich' },
	{ iso2: 'CH', name: 'Schweiz' },
	{ iso2: 'AT', name: 'Österreich' },
	{ iso2: 'FR', name: 'Frankreich' },
	{ iso2: 'DE', name: 'Deutschland' },
	{ iso2: 'DK', name: 'Dänemark' }
];

const names = (options: CountryOption[]) => options.map((o) => o.name);
const search = (query: string, options = EN, locale = 'en-GB') =>
	names(searchCountries(options, query, locale));

describe('searchCountries', () => {
	it('puts names starting with the query first, then names containing it', () => {
		// "ger" starts Germany and is inside AlGERia and NiGERia.
		expect(search('ger')).toEqual(['Germany', 'Algeria', 'Nigeria']);
	});

	it('ignores case', () => {
		expect(search('GER')).toEqual(['Germany', 'Algeria', 'Nigeria']);
		expect(search('gErMaNy')).toEqual(['Germany']);
	});

	it('trims the query', () => {
		expect(search('  ger \t')).toEqual(['Germany', 'Algeria', 'Nigeria']);
	});

	it('ignores accents, in the names and in the query', () => {
		expect(search('öster', DE, 'de')).toEqual(['Österreich']);
		expect(search('oster', DE, 'de')).toEqual(['Österreich']);
		expect(search('OSTER', DE, 'de')).toEqual(['Österreich']);
		expect(search('dan', DE, 'de')).toEqual(['Dänemark']);
	});

	it('matches the start of a later word', () => {
		expect(search('kingdom')).toEqual(['United Kingdom']);
		expect(search('konig', DE, 'de')).toEqual(['Vereinigtes Königreich']);
	});

	it('matches a query spanning words', () => {
		expect(search('united k')).toEqual(['United Kingdom']);
	});

	it('finds a country by its ISO code, after name matches', () => {
		// "de": Denmark starts with it, Germany is DE, SweDEn contains it.
		expect(search('de')).toEqual(['Denmark', 'Germany', 'Sweden']);
		expect(search('DE')).toEqual(['Denmark', 'Germany', 'Sweden']);
		// "es": Estonia starts with it, Spain is ES.
		expect(search('es')).toEqual(['Estonia', 'Spain']);
		expect(search('gb')).toEqual(['United Kingdom']);
		// "ch": Schweiz is CH, and comes before the names merely containing "ch".
		expect(search('ch', DE, 'de')).toEqual([
			'Schweiz',
			'Deutschland',
			'Frankreich',
			'Österreich',
			'Vereinigtes Königreich'
		]);
	});

	it('sorts each group by name', () => {
		// No name starts with "land"; FinLAND, IreLAND and NetherLANDs contain it.
		expect(search('land')).toEqual(['Finland', 'Ireland', 'Netherlands']);
	});

	it('lists everything in alphabetical order for an empty query', () => {
		expect(search('')).toEqual([
			'Algeria',
			'Austria',
			'Belgium',
			'Denmark',
			'Estonia',
			'Finland',
			'France',
			'Germany',
			'Ireland',
			'Netherlands',
			'Nigeria',
			'Spain',
			'Sweden',
			'United Kingdom'
		]);
		expect(search('   ')).toHaveLength(EN.length);
	});

	it("sorts with the locale's collation", () => {
		// German sorts Ö with O and Ä with A.
		expect(search('', DE, 'de')).toEqual([
			'Dänemark',
			'Deutschland',
			'Frankreich',
			'Österreich',
			'Schweiz',
			'Vereinigtes Königreich'
		]);
	});

	it('lists a country once even when it matches several ways', () => {
		// Iceland in German starts with "is" and is IS.
		const options = [...DE, { iso2: 'IS', name: 'Island' }];
		expect(search('is', options, 'de')).toEqual(['Island']);
	});

	it('returns nothing when nothing matches', () => {
		expect(search('xyz')).toEqual([]);
		expect(search('ger', [])).toEqual([]);
	});

	it('leaves its input alone', () => {
		const before = names(EN);
		searchCountries(EN, '', 'en-GB');
		searchCountries(EN, 'e', 'en-GB');
		expect(names(EN)).toEqual(before);
	});
});

describe('searchCountries: the names people type', () => {
	const EUROPE = ['GB', 'UA', 'NL', 'TR', 'CH', 'CZ', 'BA', 'DE', 'FR', 'SE', 'SI'];
	const optionsIn = (locale: string): CountryOption[] => {
		const display = new Intl.DisplayNames([locale], { type: 'region' });
		return EUROPE.map((iso2) => ({ iso2, name: display.of(iso2)! }));
	};
	const codes = (query: string, locale = 'en') =>
		searchCountries(optionsIn(locale), query, locale).map((o) => o.iso2);

	it('finds the United Kingdom first for "uk", and by its nations and other names', () => {
		expect(codes('uk')).toEqual(['GB', 'UA']);
		expect(codes('UK', 'fr')[0]).toBe('GB');
		for (const q of ['britain', 'great britain', 'england', 'scotland', 'wales']) {
			expect(codes(q)).toEqual(['GB']);
		}
		expect(codes('brit')).toEqual(['GB']);
	});

	it('finds the common English names and short forms', () => {
		expect(codes('holland')).toEqual(['NL']);
		expect(codes('turkey')).toEqual(['TR']);
		expect(codes('türkiye')).toEqual(['TR']);
		expect(codes('turkiye')).toEqual(['TR']);
		expect(codes('swiss')).toEqual(['CH']);
		expect(codes('czech republic')).toEqual(['CZ']);
		expect(codes('czech rep')).toEqual(['CZ']);
		expect(codes('czechia')).toEqual(['CZ']);
		expect(codes('bosnia')).toEqual(['BA']);
	});

	it('finds a country by its name in any language of the site, accents ignored', () => {
		// Typed in English on the French and German pages.
		expect(codes('germany', 'fr')).toEqual(['DE']);
		expect(codes('germany', 'de')).toEqual(['DE']);
		// Typed in German, Polish and Dutch on the English page.
		expect(codes('deutschland')).toEqual(['DE']);
		expect(codes('niemcy')).toEqual(['DE']);
		expect(codes('zweden')).toEqual(['SE']);
		expect(codes('szwecja')).toEqual(['SE']);
		// Without the accents of "Königreich".
		expect(codes('vereinigtes konig')).toEqual(['GB']);
	});
});
