import { BASEMAP, BUILD_DATE, COMMITMENTS, POPULATIONS } from '$lib/data/dataset.server';
import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

export const load: PageServerLoad = () => ({
	commitments: COMMITMENTS,
	populations: POPULATIONS,
	basemap: BASEMAP.countries,
	focus: BASEMAP.focus,
	today: BUILD_DATE
});
