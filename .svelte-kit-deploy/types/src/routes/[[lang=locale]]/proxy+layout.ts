// @ts-nocheck
import { loadMessages } from '$lib/i18n';
import { intlLocale, localeOf } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load = async ({ params, data }: Parameters<LayoutLoad>[0]) => {
	const lang = localeOf(params.lang);
	// The server's part (the page's share texts, the site's address) passes through.
	return { ...data, lang, locale: intlLocale(lang), m: await loadMessages(lang) };
};
