import { localeOf } from '$lib/i18n/locales';
import { languageEntries } from '$lib/server/prerender';
import { promisesPage } from '$lib/server/promises';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

/** The first promises (soonest deadline first) and the charts' counts, made at build time. */
export const load: PageServerLoad = ({ params }) => promisesPage(localeOf(params.lang), 1);
