import { loadMessages, loadPageMessages, PAGE_ROUTES } from '$lib/i18n';
import { intlLocale, localeOf } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params, data, route }) => {
	const lang = localeOf(params.lang);
	const [m, pages] = await Promise.all([
		loadMessages(lang),
		route.id && PAGE_ROUTES.includes(route.id) ? loadPageMessages(lang) : undefined
	]);
	// The server's part (the page's share texts, the site's address) passes through.
	return { ...data, lang, locale: intlLocale(lang), m, pages };
};
