import { BUILD_DATE, sharedDataUrl } from '$lib/data/dataset.server';
import { localeOf } from '$lib/i18n/locales';
import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

/** The build's day; the rest of the explorer's data comes from the file pages share (+page.ts). */
export const load: PageServerLoad = ({ params }) => ({
	today: BUILD_DATE,
	/** Where the rest is, for the page's load function and its preload link. */
	sharedDataUrl: sharedDataUrl(localeOf(params.lang))
});
