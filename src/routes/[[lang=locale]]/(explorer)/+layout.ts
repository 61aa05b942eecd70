import { localeOf } from '$lib/i18n/locales';
import { sharedData } from '$lib/state/explorer-data';
import type { LayoutLoad } from './$types';

/**
 * The explorer's data, shared by / and /country/{code} so the map persists between them: from
 * the file every explorer page shares (src/lib/state/explorer-data.ts), so that the page's HTML
 * does not carry it and a second page does not download it again.
 */
export const load: LayoutLoad = async ({ params, data, fetch }) => {
	return { ...data, ...(await sharedData(localeOf(params.lang), data.sharedDataUrl, fetch)) };
};
