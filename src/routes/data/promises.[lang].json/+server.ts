import { error } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { promisesIn } from '$lib/server/promises';

export const prerender = true;

/** One file per language of the site: /data/promises.en.json, /data/promises.fr.json… */
export const entries = () => LOCALES.map((lang) => ({ lang }));

/** Every promise with its outcome and evidence, in the default order: what /promises filters. */
export function GET({ params }) {
	if (!isLocale(params.lang)) error(404, 'No such language');
	return new Response(JSON.stringify(promisesIn(params.lang)), {
		headers: { 'content-type': 'application/json' }
	});
}
