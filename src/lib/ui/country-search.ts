/**
 * Filtering and ordering for the country picker: what a person types matched against country names
 * (and ISO codes), ignoring case and accents, best matches first.
 */

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
 * The options matching `query`, best first: names starting with it, then names with a later word
 * starting with it ("kingdom" → United Kingdom), then the country whose ISO code it is ("de" →
 * Germany), then names containing it anywhere. Each group is in `locale`'s alphabetical order; an
 * empty query gives every option in that order. Case and accents are ignored ("oster" finds
 * Österreich).
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

	const prefix: CountryOption[] = [];
	const word: CountryOption[] = [];
	const code: CountryOption[] = [];
	const substring: CountryOption[] = [];
	for (const option of options) {
		const name = fold(option.name);
		if (name.startsWith(q)) prefix.push(option);
		else if (laterWordStartsWith(name, q)) word.push(option);
		else if (option.iso2.toLowerCase() === q) code.push(option);
		else if (name.includes(q)) substring.push(option);
	}
	return [prefix, word, code, substring].flatMap((group) => group.sort(byName));
}
