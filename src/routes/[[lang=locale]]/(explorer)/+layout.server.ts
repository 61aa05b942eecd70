import { BUILD_DATE, sharedDataUrl } from '$lib/data/dataset.server';
import { localeOf } from '$lib/i18n/locales';
import type { LayoutServerLoad } from './$types';

/**
 * The build's day (deadlines before it have passed), the one part of the explorer's data that
 * comes with the page: the rest is in the file every page shares (+layout.ts).
 */
export const load: LayoutServerLoad = ({ params }) => ({
	today: BUILD_DATE,
	/** Where the rest is, for the page's load function and its preload link. */
	sharedDataUrl: sharedDataUrl(localeOf(params.lang))
});
