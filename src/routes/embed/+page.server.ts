import { BASEMAP, BUILD_DATE, COMMITMENTS, POPULATIONS } from '$lib/data/dataset.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	commitments: COMMITMENTS,
	populations: POPULATIONS,
	basemap: BASEMAP.countries,
	focus: BASEMAP.focus,
	today: BUILD_DATE
});
