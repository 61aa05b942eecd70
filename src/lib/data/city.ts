/**
 * A commitment's city in the page's language, from the Natural Earth gazetteer (geo/data/places.csv,
 * names in every language of the site), never typed by hand: "Frankfurt" is "Francfort-sur-le-Main"
 * in French and "Fráncfort del Meno" in Spanish, "Warsaw" is "Varsovie", "Milan" is "Mailand".
 * A city matches a place of its country when its name is the place's (accents ignored) or the
 * start of it ("Frankfurt" → "Frankfurt am Main"), within MAX_KM of the commitment's point;
 * "Brussels area" and "London (Paddington)" keep their form around the translated name. A city
 * the gazetteer does not have keeps the dataset's name; English pages keep it as written.
 * Tested in tests/unit/city.test.ts.
 */
import type { Locale } from '../i18n/locales';
import type { Commitment, Place } from './types';

/** How far a commitment's point may be from the place it is named after (Westpoort: 8 km). */
export const MAX_KM = 15;

const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

/** Great-circle distance in km (equirectangular: exact enough within tens of km). */
function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const r = Math.PI / 180;
	const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
	const y = (lat2 - lat1) * r;
	return 6371 * Math.hypot(x, y);
}

/** "Brussels area" → area of "Brussels"; "London (Paddington)" → "London" and its part. */
function formOf(city: string): { core: string; area: boolean; part: string | null } {
	const area = /^(.+) area$/.exec(city);
	if (area) return { core: area[1]!, area: true, part: null };
	const part = /^(.+?) \(([^()]+)\)$/.exec(city);
	if (part) return { core: part[1]!, area: false, part: part[2]! };
	return { core: city, area: false, part: null };
}

/** The gazetteer's place a commitment's city names, if any. */
export function placeOfCity(
	c: Pick<Commitment, 'city' | 'country' | 'coordinates'>,
	places: readonly Place[]
): Place | null {
	if (!c.city || !c.country) return null;
	const core = fold(formOf(c.city).core);
	const candidates = places.filter(
		(p) =>
			p.iso2 === c.country &&
			(fold(p.names.en ?? '') === core || fold(p.names.en ?? '').startsWith(`${core} `)) &&
			(!c.coordinates || km(p.point, c.coordinates) <= MAX_KM)
	);
	return candidates[0] ?? null;
}

/**
 * The city as a page in `lang` shows it; `area` words "X area" in that language
 * ("Bruxelles et environs").
 */
export function localCity(
	c: Pick<Commitment, 'city' | 'country' | 'coordinates'>,
	places: readonly Place[],
	lang: Locale,
	area: (city: string) => string
): string | null {
	if (!c.city || lang === 'en') return c.city;
	const place = placeOfCity(c, places);
	const name = place?.names[lang];
	if (!place || !name) return c.city;
	const form = formOf(c.city);
	if (form.area) return area(name);
	return form.part ? `${name} (${form.part})` : name;
}
