import type { Handle } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n/locales';

/** Sets <html lang> from the path's language. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOf(event.params.lang);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
