import { error } from '@sveltejs/kit';
import { COMMITMENTS } from '$lib/data/dataset.server';
import { detailsForLocale } from '$lib/data/details';
import { isLocale, LOCALES } from '$lib/i18n/locales';

export const prerender = true;

/** One file per language of the site: /data/details.en.json, /data/details.fr.json… */
export const entries = () => LOCALES.map((lang) => ({ lang }));

/** Each commitment's texts (summary in English and this language), sources and history, by id. */
export function GET({ params }) {
	if (!isLocale(params.lang)) error(404, 'No such language');
	return new Response(JSON.stringify(detailsForLocale(COMMITMENTS, params.lang)), {
		headers: { 'content-type': 'application/json' }
	});
}
