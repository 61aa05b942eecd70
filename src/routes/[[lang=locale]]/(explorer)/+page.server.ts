import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator } from './$types';

/** The explorer in every language: /, /fr, /de… */
export const entries: EntryGenerator = languageEntries;
