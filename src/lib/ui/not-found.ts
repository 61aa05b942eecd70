/**
 * What the 404 page works out from the address it was served at (a static host serves the one
 * 404.html at any unknown path): the language the reader was browsing in, and the page they
 * most likely meant when only the letter case is wrong (/country/DE → /country/de). Pure.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';

/** The language a path's prefix names ("/fr/nope" → fr), whatever its case; else English. */
export function localeOfPath(pathname: string): Locale {
	const prefix = /^\/([a-zA-Z]{2})(?:\/|$)/.exec(pathname)?.[1]?.toLowerCase();
	return prefix && isLocale(prefix) ? prefix : DEFAULT_LOCALE;
}

/**
 * The same path in lower case, when that differs (every page of the site has a lower-case
 * address): the page to try before saying "not found". Null when it is lower case already.
 */
export function lowerCasePath(pathname: string): string | null {
	const lower = pathname.toLowerCase();
	return lower === pathname ? null : lower;
}
