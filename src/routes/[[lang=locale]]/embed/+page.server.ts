import { BASEMAP, BUILD_DATE, COMMITMENTS, POPULATIONS } from '$lib/data/dataset.server';
import { LOCALES, langParam } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LOCALES.map((l) => ({ lang: langParam(l) }));

export const load: PageServerLoad = () => ({
	commitments: COMMITMENTS,
	populations: POPULATIONS,
	basemap: BASEMAP.countries,
	focus: BASEMAP.focus,
	today: BUILD_DATE
});
