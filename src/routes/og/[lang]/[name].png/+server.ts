import { error } from '@sveltejs/kit';
import { BASEMAP, COMMITMENTS, META, POPULATIONS } from '$lib/data/dataset.server';
import { loadAllMessages } from '$lib/i18n';
import { intlLocale, isLocale } from '$lib/i18n/locales';
import { cardSvg, mapDocument, mapImage } from '$lib/share/card';
import { pageOfSlug, shareMap, shareTexts, type SharePage } from '$lib/share/pages';
import { CARD_FONT, rasterise, shareEntries } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A card for every page in every language: /og/fr/country-de.png. */
export const entries: EntryGenerator = shareEntries;

/** Each page's map, rasterised once for its seven languages' cards (the build's slow part). */
const maps = new Map<string, string>();
function mapOf(page: SharePage, name: string, data: Parameters<typeof shareMap>[1]): string {
	let href = maps.get(name);
	if (!href) {
		const png = rasterise(mapDocument(shareMap(page, data, BASEMAP)));
		href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
		maps.set(name, href);
	}
	return href;
}

export const GET: RequestHandler = async ({ params }) => {
	const page = pageOfSlug(params.name);
	if (!isLocale(params.lang) || !page) error(404, 'No such card');
	const data = { commitments: COMMITMENTS, populations: POPULATIONS, updated: META.updated };
	const texts = shareTexts(page, await loadAllMessages(params.lang), intlLocale(params.lang), data);
	const svg = cardSvg(texts.card, mapImage(mapOf(page, params.name, data)), CARD_FONT);
	return new Response(rasterise(svg), { headers: { 'content-type': 'image/png' } });
};
