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

/** Each language's own name for itself ("Français", "Deutsch"). */
const endonyms = new Map<Locale, string>();
export function endonym(locale: Locale): string {
	let result = endonyms.get(locale);
	if (result === undefined) {
		const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
		endonyms.set(locale, (result = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)));
	}
	return result;
}
