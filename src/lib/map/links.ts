/**
 * Where the SVG map's countries and marks link: their own pages, in the page's language. The
 * links are what a reader without JavaScript follows; with it, the explorer handles the click.
 */
import { resolve } from '$app/paths';
import { langParam, type Locale } from '$lib/i18n/locales';

export const countryHref = (lang: Locale, iso2: string) =>
	resolve('/[[lang=locale]]/(explorer)/country/[code]', {
		lang: langParam(lang),
		code: iso2.toLowerCase()
	});

export const commitmentHref = (lang: Locale, id: string) =>
	resolve('/[[lang=locale]]/commitment/[id]', { lang: langParam(lang), id });
