/**
 * What the 404 page works out from the address it was served at (a static host serves the one
 * 404.html at any unknown path): the language the reader was browsing in, and the page they
 * most likely meant (/country/DE, /country/germany → /country/de; /About/ → /about). Pure.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';
import { countryOfSlug } from './country-slugs';

/** The language a path's prefix names ("/fr/nope" → fr), whatever its case; else English. */
export function localeOfPath(pathname: string): Locale {
	const prefix = /^\/([a-zA-Z]{2})(?:\/|$)/.exec(pathname)?.[1]?.toLowerCase();
	return prefix && isLocale(prefix) ? prefix : DEFAULT_LOCALE;
}

/**
 * The same path in lower case and without a trailing slash, when that differs (every page of
 * the site has such an address: /Country/de/ → /country/de): the page to try before saying
 * "not found". Null when the path is that already.
 */
export function canonicalPath(pathname: string): string | null {
	const canonical = pathname.toLowerCase().replace(/(?<=.)\/+$/, '');
	return canonical === pathname ? null : canonical;
}

/**
 * The country page a mistyped country address meant, without the base path: /country/DE,
 * /country/germany, /countries/deu, /de/country/Deutschland, /uk → /country/gb (in the path's
 * language). Null when the path does not look like a country's address or names no country.
 */
export function countryPathOf(pathname: string): string | null {
	const lang = localeOfPath(pathname);
	const segments = pathname.split('/').filter(Boolean);
	if (segments[0]?.toLowerCase() === lang) segments.shift();
	const [first, second, ...rest] = segments;
	if (!first || rest.length > 0) return null;
	if (second !== undefined && !/^countr(?:y|ies)$/i.test(first)) return null;
	const iso2 = countryOfSlug(second ?? first);
	if (!iso2) return null;
	return `${lang === DEFAULT_LOCALE ? '' : `/${lang}`}/country/${iso2.toLowerCase()}`;
}
