import { localeOf } from '$lib/i18n/locales';
import { laterPromisesEntries, promisesPage } from '$lib/server/promises';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = laterPromisesEntries;

/** The next promises in the default order (/promises/2…), and the charts' counts. */
export const load: PageServerLoad = ({ params }) =>
	promisesPage(localeOf(params.lang), Number(params.page));
