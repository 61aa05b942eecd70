import { COMMITMENTS, META, POPULATIONS } from '$lib/data/dataset.server';
import { loadAllMessages } from '$lib/i18n';
import { intlLocale, localeOf } from '$lib/i18n/locales';
import { pageOfRoute, shareTexts } from '$lib/share/pages';
import { SITE_URL } from '$lib/server/share';
import type { LayoutServerLoad } from './$types';

/**
 * What the page says when shared (its card's texts, for the <head>), made at build time from
 * the whole dataset; and the site's address when the build knows it (SITE_URL).
 */
export const load: LayoutServerLoad = async ({ params, route }) => {
	const lang = localeOf(params.lang);
	const page = pageOfRoute(route.id, params.code);
	const data = { commitments: COMMITMENTS, populations: POPULATIONS, updated: META.updated };
	const texts = page && shareTexts(page, await loadAllMessages(lang), intlLocale(lang), data);
	return {
		siteUrl: SITE_URL,
		/** For the citation: the day the facts were last checked, and the licence. */
		dataset: { updated: META.updated, licence: META.licence },
		share:
			page && texts
				? { page, title: texts.title, description: texts.description, alt: texts.alt }
				: null
	};
};
