import { changesPage, laterChangesEntries } from '$lib/server/changes';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = laterChangesEntries;

/** An older page of every dated event, newest first (/changes/2, /changes/3…), made at build time. */
export const load: PageServerLoad = ({ params }) => changesPage(Number(params.page), params.lang);
