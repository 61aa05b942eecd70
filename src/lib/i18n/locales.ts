/**
 * The interface's languages. English has no prefix (/about); the others live under theirs
 * (/fr/about, /de/country/fr, /nl/embed?…).
 */
export const LOCALES = ['en', 'fr', 'de', 'es', 'nl', 'it', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const PREFIXED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

export const isLocale = (value: string): value is Locale =>
	(LOCALES as readonly string[]).includes(value);

/** The locale a path's [[lang]] parameter names (none: English). */
export const localeOf = (lang: string | undefined): Locale =>
	lang && isLocale(lang) ? lang : DEFAULT_LOCALE;

/** The value of the [[lang]] route parameter for a locale (none for English). */
export const langParam = (locale: Locale): string | undefined =>
	locale === DEFAULT_LOCALE ? undefined : locale;

/** For Intl: British English (European date order), the others as they are. */
export const intlLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : locale);

/** `path` (without a language prefix) in `locale`: "/about" → "/fr/about", "/" → "/fr". */
export function localizePath(path: string, locale: Locale): string {
	if (locale === DEFAULT_LOCALE) return path;
	return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** A path without its language prefix: "/fr/country/de" → "/country/de", "/fr" → "/". */
export function unlocalizePath(path: string): string {
	const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
	if (match && isLocale(match[1]!) && match[1] !== DEFAULT_LOCALE) return match[2] ?? '/';
	return path;
}

/**
 * Each language's own name for itself ("Français", "Deutsch"): Intl.DisplayNames' names,
 * capitalized, written out (tests/unit/i18n.test.ts checks them against Intl). Asking Intl at
 * run time loaded seven languages' display names into every page as it hydrated (the language
 * menu names each language in itself): about 180 ms of the start-up's main thread.
 */
const ENDONYMS: Readonly<Record<Locale, string>> = {
	en: 'English',
	fr: 'Français',
	de: 'Deutsch',
	es: 'Español',
	nl: 'Nederlands',
	it: 'Italiano',
	pl: 'Polski'
};
export function endonym(locale: Locale): string {
	return ENDONYMS[locale];
}
