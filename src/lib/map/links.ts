/**
 * Where the SVG map's countries and marks link: their own pages, in the page's language. The
 * links are what a reader without JavaScript follows; with it, the explorer handles the click.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { langParam, type Locale } from '$lib/i18n/locales';

export const countryHref = (lang: Locale, iso2: string) =>
	resolve('/[[lang=locale]]/(explorer)/country/[code]', {
		lang: langParam(lang),
		code: iso2.toLowerCase()
	});

const commitmentHrefs = new Map<string, ResolvedPathname>();
/** A commitment's page (each worked out once: the list and the map draw thousands at scale). */
export function commitmentHref(lang: Locale, id: string): ResolvedPathname {
	const key = `${lang}/${id}`;
	let href = commitmentHrefs.get(key);
	if (href === undefined) {
		href = resolve('/[[lang=locale]]/commitment/[id]', { lang: langParam(lang), id });
		commitmentHrefs.set(key, href);
	}
	return href;
}
