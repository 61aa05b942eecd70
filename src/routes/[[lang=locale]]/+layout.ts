import { loadMessages } from '$lib/i18n';
import { intlLocale, localeOf } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params }) => {
	const lang = localeOf(params.lang);
	return { lang, locale: intlLocale(lang), m: await loadMessages(lang) };
};
