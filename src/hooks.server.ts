import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { localeOf } from '$lib/i18n/locales';
import { afterFirstPaint } from '$lib/server/after-first-paint';

/**
 * Sets <html lang> from the path's language. A page prerendered for the build fetches its scripts
 * once it has painted (afterFirstPaint); `vite dev`, whose policy is a header this cannot
 * change, loads them as SvelteKit writes them.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOf(event.params.lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return building ? afterFirstPaint(page, event.url.pathname) : page;
		}
	});
};
