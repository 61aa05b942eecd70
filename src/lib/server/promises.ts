/**
 * /promises in pages (issue 16): the tracker's page holds the counts its charts draw (one row per
 * type and per country, however many promises there are) and PROMISES_PER_PAGE promises in the
 * default order (soonest deadline first); /promises/2… hold the next ones. Every promise, in each
 * language, is in /data/promises.{lang}.json, which the page fetches only when the reader filters
 * or sorts. Made at build time.
 */
import { error } from '@sveltejs/kit';
import { BUILD_DATE, COMMITMENTS, META } from '$lib/data/dataset.server';
import { laterPages, pageCount, pageOf } from '$lib/data/paging';
import {
	DEFAULT_QUERY,
	outcomesByCountry,
	outcomesByType,
	promiseRows,
	queryPromises,
	type PromiseRow
} from '$lib/data/promises';
import { countryName } from '$lib/i18n/format';
import { intlLocale, langParam, LOCALES, type Locale } from '$lib/i18n/locales';

/** Promises to a page: about 45 KB gzip of HTML, whatever the dataset's size. */
export const PROMISES_PER_PAGE = 100;

const cache = new Map<Locale, PromiseRow[]>();

/** Every promise in `lang`, in the default order, its outcome as of the build's day. */
export function promisesIn(lang: Locale): PromiseRow[] {
	let rows = cache.get(lang);
	if (!rows) {
		const locale = intlLocale(lang);
		const all = promiseRows(COMMITMENTS, lang, BUILD_DATE);
		rows = queryPromises(all, DEFAULT_QUERY, (iso2) => countryName(iso2, locale), locale);
		cache.set(lang, rows);
	}
	return rows;
}

/** What a page of /promises shows: its promises, the charts' counts, the filters' countries. */
export function promisesPage(lang: Locale, page: number) {
	const rows = promisesIn(lang);
	const paged = pageOf(rows, page, PROMISES_PER_PAGE);
	if (!paged) error(404, 'No such page of promises');
	const { items, ...where } = paged;
	return {
		rows: items,
		...where,
		byType: outcomesByType(rows),
		byCountry: outcomesByCountry(rows),
		countries: [...new Set(rows.map((r) => r.country ?? 'europe'))],
		today: BUILD_DATE,
		updated: META.updated
	};
}

/** The pages after the first, in every language (none when PRERENDER_ONLY names the paths). */
export const laterPromisesEntries = () =>
	process.env.PRERENDER_ONLY
		? []
		: LOCALES.flatMap((l) =>
				laterPages(pageCount(promisesIn(l).length, PROMISES_PER_PAGE)).map((page) => ({
					lang: langParam(l),
					page
				}))
			);
