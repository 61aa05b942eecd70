import { BASEMAP, BUILD_DATE, COMMITMENTS } from '$lib/data/dataset.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	commitments: COMMITMENTS,
	basemap: BASEMAP.countries,
	today: BUILD_DATE
});
