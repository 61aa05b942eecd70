import { error, json } from '@sveltejs/kit';
import { COMMITMENTS, META, POPULATIONS } from '$lib/data/dataset.server';
import { loadAllMessages } from '$lib/i18n';
import { intlLocale, isLocale } from '$lib/i18n/locales';
import { oembedOf } from '$lib/share/oembed';
import { pageOfSlug, shareTexts } from '$lib/share/pages';
import { SITE_URL, shareEntries } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** An oEmbed for every page in every language: /oembed/fr/country-de.json. */
export const entries: EntryGenerator = shareEntries;

export const GET: RequestHandler = async ({ params }) => {
	const page = pageOfSlug(params.name);
	if (!isLocale(params.lang) || !page) error(404, 'No such page');
	const m = await loadAllMessages(params.lang);
	const data = { commitments: COMMITMENTS, populations: POPULATIONS, updated: META.updated };
	const { title } = shareTexts(page, m, intlLocale(params.lang), data);
	return json(oembedOf(page, params.lang, title, m.embedDialog.iframeTitle, SITE_URL));
};
