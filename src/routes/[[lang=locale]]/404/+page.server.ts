import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator } from './$types';

/**
 * build/404.html (and /fr/404.html…): what a static host serves at an address the site does not
 * have (GitHub Pages and Netlify read 404.html; build/_redirects points Netlify's language
 * folders at their own).
 */
export const entries: EntryGenerator = languageEntries;
