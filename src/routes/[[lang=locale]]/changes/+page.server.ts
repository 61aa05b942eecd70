import { changesPage } from '$lib/server/changes';
import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

/** The newest events (the first page of every dated event, newest first), made at build time. */
export const load: PageServerLoad = ({ params }) => changesPage(1, params.lang);
