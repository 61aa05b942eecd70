import { describe, expect, it } from 'vitest';
import { sharedDataOf, type SharedDataInputs } from '../../src/lib/data/shared-data';
import type { Place } from '../../src/lib/data/types';
import type { Locale } from '../../src/lib/i18n/locales';
import { commitment } from './helpers/commitment';

const place = (iso2: string, point: [number, number], names: Record<string, string>): Place => ({
	id: names.en!,
	iso2,
	point,
	minZoom: 3,
	population: 1,
	capital: false,
	names
});
const FRANKFURT = place('DE', [8.68, 50.11], {
	en: 'Frankfurt am Main',
	fr: 'Francfort-sur-le-Main'
});
const BRUSSELS = place('BE', [4.35, 50.85], { en: 'Brussels', fr: 'Bruxelles' });

const inputs: SharedDataInputs = {
	records: [
		commitment({
			id: 'frankfurt',
			country: 'DE',
			city: 'Frankfurt',
			coordinates: [8.7, 50.1],
			precision: 'city',
			placeNote: 'Near the city centre.'
		}),
		commitment({ id: 'brussels', country: 'BE', city: 'Brussels area' }),
		// Not in the gazetteer: keeps the dataset's name in every language.
		commitment({ id: 'middenmeer', country: 'NL', city: 'Middenmeer' }),
		// A promise: a deadline (2025) passed by the build's day, nothing reported.
		commitment({
			id: 'skills',
			type: 'training',
			status: 'announced',
			deadline: '2025',
			targetPeople: 1000,
			history: [
				{
					date: '2024-03',
					kind: 'announced',
					status: 'announced',
					figure: 1000,
					unit: 'people',
					note: null,
					sources: ['https://example.org/a']
				}
			]
		})
	],
	populations: [],
	basemap: { countryShapes: [{ iso2: 'DE', d: 'M0,0L1,1Z' }], focus: {}, labels: {} },
	places: [FRANKFURT, BRUSSELS],
	checked: '2026-11-30',
	today: '2026-12-01'
};
const areas = {
	en: (city: string) => `${city} area`,
	fr: (city: string) => `${city} et environs`
} as Record<Locale, (city: string) => string>;

describe('sharedDataOf', () => {
	const shared = sharedDataOf(inputs, areas);

	it('makes a file per language given, each city in that language', () => {
		expect(Object.keys(shared)).toEqual(['en', 'fr']);
		const cities = (lang: Locale) => shared[lang].commitments.map((c) => c.city);
		expect(cities('en')).toEqual(['Frankfurt', 'Brussels area', 'Middenmeer', null]);
		expect(cities('fr')).toEqual([
			'Francfort-sur-le-Main',
			'Bruxelles et environs',
			'Middenmeer',
			null
		]);
	});

	it('names the places in the language, without the other names or their country', () => {
		expect(shared.fr.places[0]).toEqual({
			id: 'Frankfurt am Main',
			point: [8.68, 50.11],
			minZoom: 3,
			population: 1,
			capital: false,
			name: 'Francfort-sur-le-Main'
		});
		expect(shared.en.places.map((p) => p.name)).toEqual(['Frankfurt am Main', 'Brussels']);
	});

	it('carries the briefs: no texts, sources or history; a promise with its outcome as of today', () => {
		const [frankfurt, , , skills] = shared.en.commitments;
		expect(frankfurt).not.toHaveProperty('summary');
		expect(frankfurt).not.toHaveProperty('history');
		expect(frankfurt).not.toHaveProperty('sources');
		expect(frankfurt!.placeNote).toBe('Near the city centre.');
		expect(frankfurt).not.toHaveProperty('outcome');
		expect(skills!.outcome).toBe('deadline-passed');
	});

	it('keeps the timelines (event days capped at the check day), the basemap and the check day', () => {
		expect(shared.en.timelines).toEqual({
			frankfurt: '',
			brussels: '',
			middenmeer: '',
			skills: '2024-03-31a'
		});
		expect(shared.fr.countryShapes).toEqual([{ iso2: 'DE', d: 'M0,0L1,1Z' }]);
		expect(shared.fr.factsChecked).toBe('2026-11-30');
		expect(JSON.stringify(shared.en)).not.toContain('2026-12-01');
	});

	it("names every country of the basemap and the commitments in the file's language", () => {
		expect(shared.fr.countryNames).toMatchObject({
			DE: 'Allemagne',
			BE: 'Belgique',
			NL: 'Pays-Bas'
		});
		expect(shared.en.countryNames.NL).toBe('Netherlands');
	});

	it("writes how the file's language writes a day and a month", () => {
		expect(shared.fr.dateWords.day[2]).toBe('{d} mars {y}');
		expect(shared.fr.dateWords.month[2]).toBe('mars {y}');
		expect(shared.en.dateWords.day[11]).toBe('{d} December {y}');
	});

	it("writes how the file's language groups a whole number's digits", () => {
		const more = sharedDataOf(inputs, { ...areas, de: areas.en, es: areas.en, pl: areas.en });
		expect(more.en.numberWords).toEqual({ group: ',', min: 1 });
		expect(more.de.numberWords).toEqual({ group: '.', min: 1 });
		// A narrow no-break space in French; Spanish and Polish group from 10,000 on ("1234").
		expect(more.fr.numberWords).toEqual({ group: '\u202f', min: 1 });
		expect(more.es.numberWords).toEqual({ group: '.', min: 2 });
		expect(more.pl.numberWords).toEqual({ group: '\u00a0', min: 2 });
	});
});
