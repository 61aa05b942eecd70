import { error } from '@sveltejs/kit';
import { BASEMAP, COMMITMENTS, META, POPULATIONS } from '$lib/data/dataset.server';
import { loadMessages } from '$lib/i18n';
import { intlLocale, isLocale } from '$lib/i18n/locales';
import { cardSvg } from '$lib/share/card';
import { pageOfSlug, shareMap, shareTexts } from '$lib/share/pages';
import { CARD_FONT, rasterise, shareEntries } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A card for every page in every language: /og/fr/country-de.png. */
export const entries: EntryGenerator = shareEntries;

export const GET: RequestHandler = async ({ params }) => {
	const page = pageOfSlug(params.name);
	if (!isLocale(params.lang) || !page) error(404, 'No such card');
	const data = { commitments: COMMITMENTS, populations: POPULATIONS, updated: META.updated };
	const texts = shareTexts(page, await loadMessages(params.lang), intlLocale(params.lang), data);
	const svg = cardSvg(texts.card, shareMap(page, data, BASEMAP), CARD_FONT);
	return new Response(rasterise(svg), { headers: { 'content-type': 'image/png' } });
};
