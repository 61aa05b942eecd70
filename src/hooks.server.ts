import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> (English until the localised routes exist). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'en') });
