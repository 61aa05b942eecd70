import { describe, expect, it } from 'vitest';
import { localCity, placeOfCity } from '../../src/lib/data/city';
import type { Place } from '../../src/lib/data/types';

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
	fr: 'Francfort-sur-le-Main',
	de: 'Frankfurt am Main'
});
const BRUSSELS = place('BE', [4.35, 50.85], { en: 'Brussels', fr: 'Bruxelles', de: 'Brüssel' });
const ZURICH = place('CH', [8.54, 47.37], { en: 'Zürich', fr: 'Zurich', de: 'Zürich' });
const LONDON = place('GB', [-0.12, 51.5], { en: 'London', fr: 'Londres', de: 'London' });
const PLACES = [FRANKFURT, BRUSSELS, ZURICH, LONDON];
const area = (city: string) => `${city} et environs`;

const at = (city: string, country: string, coordinates: [number, number] | null) => ({
	city,
	country,
	coordinates
});

describe('placeOfCity', () => {
	it('matches by name and country, accents ignored, or the start of the name', () => {
		expect(placeOfCity(at('Zurich', 'CH', [8.56, 47.45]), PLACES)).toBe(ZURICH);
		expect(placeOfCity(at('Frankfurt', 'DE', [8.68, 50.11]), PLACES)).toBe(FRANKFURT);
		expect(placeOfCity(at('Brussels area', 'BE', null), PLACES)).toBe(BRUSSELS);
	});

	it('refuses another country, another name, or a point too far away', () => {
		expect(placeOfCity(at('Brussels', 'NL', null), PLACES)).toBeNull();
		// Issy-les-Moulineaux is not Paris, however close.
		expect(placeOfCity(at('Molenbeek (Brussels)', 'BE', [4.33, 50.86]), PLACES)).toBeNull();
		// London 1° of longitude away (about 70 km) is not the gazetteer's London.
		expect(placeOfCity(at('London', 'GB', [-1.12, 51.5]), PLACES)).toBeNull();
	});
});

describe('localCity', () => {
	it('gives the gazetteer’s name in the page’s language, keeping the form around it', () => {
		expect(localCity(at('Frankfurt', 'DE', [8.68, 50.11]), PLACES, 'fr', area)).toBe(
			'Francfort-sur-le-Main'
		);
		expect(localCity(at('Frankfurt', 'DE', [8.68, 50.11]), PLACES, 'de', area)).toBe(
			'Frankfurt am Main'
		);
		expect(localCity(at('Brussels area', 'BE', [4.35, 50.85]), PLACES, 'fr', area)).toBe(
			'Bruxelles et environs'
		);
		expect(localCity(at('London (Paddington)', 'GB', [-0.17, 51.52]), PLACES, 'fr', area)).toBe(
			'Londres (Paddington)'
		);
	});

	it('keeps the dataset’s name in English, and where the gazetteer has no name', () => {
		expect(localCity(at('Frankfurt', 'DE', [8.68, 50.11]), PLACES, 'en', area)).toBe('Frankfurt');
		expect(localCity(at('Staffanstorp', 'SE', [13.21, 55.64]), PLACES, 'fr', area)).toBe(
			'Staffanstorp'
		);
		// No Spanish name in this fixture: the dataset's name stays.
		expect(localCity(at('Zurich', 'CH', [8.54, 47.37]), PLACES, 'es', area)).toBe('Zurich');
		expect(localCity({ city: null, country: 'DE', coordinates: null }, PLACES, 'fr', area)).toBe(
			null
		);
	});
});
