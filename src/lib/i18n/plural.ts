/**
 * Plural forms through Intl.PluralRules, so every count in every language follows CLDR's rules
 * (English and German "1 commitment / 2 commitments"; French "0 engagement", "1 000 000 de
 * personnes"; Polish "2 kraje / 5 krajów / 22 kraje"). Counts often arrive already formatted
 * ("1 200", "1.200"): they are read back as whole numbers first.
 */
import type { Locale } from './locales';

const rules = new Map<Locale, Intl.PluralRules>();

/** A count as a number: 3 → 3, "1 200" → 1200, "1.200" → 1200 (counts are whole). */
const countOf = (n: number | string): number =>
	typeof n === 'number' ? n : Number(n.replace(/\D/g, '') || NaN);

/** The CLDR plural category of `n` in `lang`: "one", "few", "many" or "other"… */
export function pluralCategory(n: number | string, lang: Locale): Intl.LDMLPluralRule {
	let rule = rules.get(lang);
	if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
	const count = countOf(n);
	return Number.isNaN(count) ? 'other' : rule.select(count);
}

/** Whether `n` takes the singular ("one") form in `lang`. */
export const isOne = (n: number | string, lang: Locale): boolean =>
	pluralCategory(n, lang) === 'one';
