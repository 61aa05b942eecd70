import { BUILD_DATE, COMMITMENTS, META } from '$lib/data/dataset.server';
import { promiseRows } from '$lib/data/promises';
import { localeOf } from '$lib/i18n/locales';
import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

/** Every promise with its outcome as of the build, in the page's language: made at build time. */
export const load: PageServerLoad = ({ params }) => ({
	rows: promiseRows(COMMITMENTS, localeOf(params.lang), BUILD_DATE),
	today: BUILD_DATE,
	updated: META.updated
});
