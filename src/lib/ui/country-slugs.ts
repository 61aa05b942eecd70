/**
 * The addresses a reader may type for a country's page instead of its code: /country/DE,
 * /country/deu, /country/germany, /de/country/deutschland, /country/uk. Each country is known by
 * its ISO codes, its name in every language of the site (Intl.DisplayNames) and the names people
 * commonly type (the picker's ALIASES), folded to lower case without accents. Pure; used by the
 * 404 page (with JavaScript) and by the hosts' redirect rules (build/_redirects).
 */
import { EUROPEAN_COUNTRIES } from '$lib/data/countries';
import { LOCALES } from '$lib/i18n/locales';
import { ALIASES, fold } from './country-search';

/** ISO 3166-1 alpha-3 codes of the map's countries (Kosovo's XKX is the EU's user-assigned one). */
// prettier-ignore
export const ISO3: Readonly<Record<string, string>> = {
	AD: 'AND', AL: 'ALB', AT: 'AUT', BA: 'BIH', BE: 'BEL', BG: 'BGR', BY: 'BLR', CH: 'CHE',
	CY: 'CYP', CZ: 'CZE', DE: 'DEU', DK: 'DNK', EE: 'EST', ES: 'ESP', FI: 'FIN', FR: 'FRA',
	GB: 'GBR', GR: 'GRC', HR: 'HRV', HU: 'HUN', IE: 'IRL', IS: 'ISL', IT: 'ITA', LI: 'LIE',
	LT: 'LTU', LU: 'LUX', LV: 'LVA', MC: 'MCO', MD: 'MDA', ME: 'MNE', MK: 'MKD', MT: 'MLT',
	NL: 'NLD', NO: 'NOR', PL: 'POL', PT: 'PRT', RO: 'ROU', RS: 'SRB', SE: 'SWE', SI: 'SVN',
	SK: 'SVK', SM: 'SMR', TR: 'TUR', UA: 'UKR', VA: 'VAT', XK: 'XKX'
};

/** A name as an address segment: "Royaume-Uni" → "royaume-uni", "Großbritannien" → "grossbritannien". */
export function slug(text: string): string {
	return fold(text)
		.replace(/ß/g, 'ss')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

function regionName(locale: string, iso2: string): string | undefined {
	try {
		return new Intl.DisplayNames([locale], { type: 'region' }).of(iso2);
	} catch {
		return undefined;
	}
}

/** A country's names in `locales` (all the site's by default) and its aliases, as slugs. */
export function countryNameSlugs(
	iso2: string,
	locales: readonly string[] = LOCALES,
	aliases = true
): string[] {
	const names = [
		...locales.map((l) => regionName(l, iso2)),
		...(aliases ? (ALIASES[iso2] ?? []) : [])
	];
	return [...new Set(names.filter((n): n is string => !!n && n !== iso2).map(slug))];
}

let table: Map<string, string> | undefined;
/** Every slug a single country is known by → its code; a slug two countries share is left out. */
function slugTable(): Map<string, string> {
	if (table) return table;
	const seen = new Map<string, string | null>();
	for (const iso2 of EUROPEAN_COUNTRIES) {
		for (const s of [iso2.toLowerCase(), ISO3[iso2]!.toLowerCase(), ...countryNameSlugs(iso2)]) {
			seen.set(s, seen.has(s) && seen.get(s) !== iso2 ? null : iso2);
		}
	}
	table = new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
	return table;
}

/** The country a typed segment names ("Deutschland", "DEU", "united%20kingdom", "uk"), or null. */
export function countryOfSlug(segment: string): string | null {
	let text = segment;
	try {
		text = decodeURIComponent(segment);
	} catch {
		// a malformed escape: read it as it is
	}
	return slugTable().get(slug(text.replace(/\.html?$/i, ''))) ?? null;
}
