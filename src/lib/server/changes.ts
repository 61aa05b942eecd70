/**
 * /changes in pages: every dated event, newest first, CHANGES_PER_PAGE to a page, so that no
 * page's HTML grows with the dataset (issue 16). Page 1 is /changes, page n is /changes/n; the
 * Atom feed (/changes.xml) carries the first page's events. Made at build time.
 */
import { changesOf, localChange } from '$lib/data/changes';
import { COMMITMENTS, META } from '$lib/data/dataset.server';
import { laterPages, pageCount, pageOf } from '$lib/data/paging';
import { LOCALES, langParam, localeOf } from '$lib/i18n/locales';
import { error } from '@sveltejs/kit';

/** Events to a page: about 30 KB gzip of HTML, whatever the dataset's size. */
export const CHANGES_PER_PAGE = 100;

export const CHANGES = changesOf(COMMITMENTS);

/** The Atom feed's entries: the newest page (feed readers keep what they have read). */
export const FEED = CHANGES.slice(0, CHANGES_PER_PAGE);

/**
 * What a page of /changes shows in the language of its [[lang]] parameter: its events (their
 * commitments' names in that language where translated), where it stands among the pages, the
 * data's day.
 */
export function changesPage(page: number, lang: string | undefined) {
	const paged = pageOf(CHANGES, page, CHANGES_PER_PAGE);
	if (!paged) error(404, 'No such page of changes');
	const { items, ...where } = paged;
	const changes = items.map((change) => localChange(change, localeOf(lang)));
	return { changes, ...where, feedEntries: FEED.length, updated: META.updated };
}

/** The pages after the first, in every language (none when PRERENDER_ONLY names the paths). */
export const laterChangesEntries = () =>
	process.env.PRERENDER_ONLY
		? []
		: LOCALES.flatMap((l) =>
				laterPages(pageCount(CHANGES.length, CHANGES_PER_PAGE)).map((page) => ({
					lang: langParam(l),
					page
				}))
			);
