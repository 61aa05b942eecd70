/**
 * Filtering and ordering for the country picker: what a person types matched against country names
 * (and ISO codes), ignoring case and accents, best matches first. Besides the name in the page's
 * language, a country is found by its name in every language of the site (Intl.DisplayNames:
 * "germany" in /fr finds Allemagne) and by the names people commonly type (ALIASES: "uk",
 * "england", "holland", "swiss").
 */
import { LOCALES } from '$lib/i18n/locales';

export interface CountryOption {
	/** ISO 3166-1 alpha-2 code, e.g. "DE". */
	iso2: string;
	/** The name in the page's language, e.g. "Germany" or "Allemagne". */
	name: string;
}

/** Lower case without accents: "Österreich" → "osterreich", "Curaçao" → "curacao". */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

/** Where a name's words begin: after spaces, hyphens, apostrophes, brackets and the like. */
const WORD_BREAKS = /[\s\-‐‑–—'’().,/]+/gu;

/** Whether a word after the first one starts with `q` (which may itself span words). */
function laterWordStartsWith(name: string, q: string): boolean {
	for (const gap of name.matchAll(WORD_BREAKS)) {
		if (name.startsWith(q, gap.index + gap[0].length)) return true;
	}
	return false;
}

/**
 * Names people type for a country that are neither its name in a language of the site nor its
 * ISO code: short forms, former names, the nations of the United Kingdom, Holland for the
 * Netherlands, in the site's languages where they differ.
 */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
	GB: [
		'UK',
		'U.K.',
		'Britain',
		'Great Britain',
		'England',
		'Scotland',
		'Wales',
		'Northern Ireland',
		'Grande-Bretagne',
		'Angleterre',
		'Écosse',
		'Pays de Galles',
		'Großbritannien',
		'England',
		'Schottland',
		'Gran Bretaña',
		'Inglaterra',
		'Escocia',
		'Gales',
		'Gran Bretagna',
		'Inghilterra',
		'Scozia',
		'Galles',
		'Groot-Brittannië',
		'Engeland',
		'Schotland',
		'Anglia',
		'Szkocja',
		'Walia'
	],
	NL: ['Holland', 'Hollande', 'Holanda', 'Olanda', 'Holandia'],
	TR: ['Turkey', 'Türkiye', 'Turquie', 'Türkei', 'Turquía', 'Turchia', 'Turkije', 'Turcja'],
	CH: ['Swiss', 'Suisse', 'Schweiz', 'Svizzera', 'Suiza', 'Zwitserland', 'Szwajcaria'],
	CZ: ['Czech Republic', 'Czechia', 'Tchéquie', 'Tschechien', 'Chequia', 'Cechia', 'Tsjechië'],
	BA: ['Bosnia', 'Herzegovina', 'Bosnie', 'Bosnien', 'Bosnië', 'Bośnia'],
	MK: ['Macedonia', 'Macédoine', 'Mazedonien'],
	VA: ['Vatican', 'Holy See', 'Vatikan', 'Vaticano', 'Watykan'],
	IE: ['Eire', 'Éire'],
	DE: ['BRD'],
	US: ['USA', 'America']
};

const namesByLocale = new Map<string, Intl.DisplayNames | null>();
function regionName(locale: string, iso2: string): string | undefined {
	if (!namesByLocale.has(locale)) {
		try {
			namesByLocale.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
		} catch {
			namesByLocale.set(locale, null);
		}
	}
	try {
		return namesByLocale.get(locale)?.of(iso2);
	} catch {
		return undefined;
	}
}

const otherNamesCache = new Map<string, string[]>();
/** Every other name a country is found by, folded: its name in each language, its aliases. */
function otherNames(iso2: string): string[] {
	let names = otherNamesCache.get(iso2);
	if (!names) {
		const all = [...LOCALES.map((l) => regionName(l, iso2)), ...(ALIASES[iso2] ?? [])];
		names = [...new Set(all.filter((n): n is string => !!n && n !== iso2).map(fold))];
		otherNamesCache.set(iso2, names);
	}
	return names;
}

const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
	let collator = collators.get(locale);
	if (!collator) {
		try {
			collator = new Intl.Collator(locale);
		} catch {
			// A malformed locale tag: fall back to the runtime's default order.
			collator = new Intl.Collator();
		}
		collators.set(locale, collator);
	}
	return collator;
}

/**
 * The options matching `query`, best first: a country another name of which is exactly the
 * query ("uk" → United Kingdom, before Ukraine; "germany" in French → Allemagne), then names
 * starting with it, then names with a later word starting with it ("kingdom" → United Kingdom),
 * then the country whose ISO code it is ("de" → Germany), then countries another name of which
 * starts with it, from three letters ("brit" → United Kingdom; not "es" for Escocia, nor a later
 * word: "de" is in "Pays de Galles"), then
 * names containing it
 * anywhere. Each group is in `locale`'s alphabetical order; an empty query gives every option in
 * that order. Case and accents are ignored ("oster" finds Österreich).
 */
export function searchCountries(
	options: CountryOption[],
	query: string,
	locale: string
): CountryOption[] {
	const collator = collatorFor(locale);
	const byName = (a: CountryOption, b: CountryOption) => collator.compare(a.name, b.name);
	const q = fold(query.trim());
	if (q === '') return [...options].sort(byName);

	const exact: CountryOption[] = [];
	const prefix: CountryOption[] = [];
	const word: CountryOption[] = [];
	const code: CountryOption[] = [];
	const other: CountryOption[] = [];
	const substring: CountryOption[] = [];
	for (const option of options) {
		const name = fold(option.name);
		const others = otherNames(option.iso2);
		if (name !== q && others.includes(q)) exact.push(option);
		else if (name.startsWith(q)) prefix.push(option);
		else if (laterWordStartsWith(name, q)) word.push(option);
		else if (option.iso2.toLowerCase() === q) code.push(option);
		else if (q.length >= 3 && others.some((n) => n.startsWith(q))) other.push(option);
		else if (name.includes(q)) substring.push(option);
	}
	return [exact, prefix, word, code, other, substring].flatMap((group) => group.sort(byName));
}
