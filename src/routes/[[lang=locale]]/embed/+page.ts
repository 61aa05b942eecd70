import { localeOf } from '$lib/i18n/locales';
import { sharedData } from '$lib/state/explorer-data';
import type { PageLoad } from './$types';

/** The explorer's data, from the file every explorer page shares (src/lib/state/explorer-data.ts). */
export const load: PageLoad = async ({ params, data, fetch }) => {
	return { ...data, ...(await sharedData(localeOf(params.lang), data.sharedDataUrl, fetch)) };
};
