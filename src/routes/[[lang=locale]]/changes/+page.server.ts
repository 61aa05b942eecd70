import { changesOf } from '$lib/data/changes';
import { COMMITMENTS, META } from '$lib/data/dataset.server';
import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

/** Every dated event of the dataset, newest first, made at build time. */
export const load: PageServerLoad = () => ({
	changes: changesOf(COMMITMENTS),
	updated: META.updated
});
