import { BASEMAP, BUILD_DATE, COMMITMENTS, POPULATIONS } from '$lib/data/dataset.server';
import type { LayoutServerLoad } from './$types';

/** The explorer's data, shared by / and /country/{code} so the map persists between them. */
export const load: LayoutServerLoad = () => ({
	commitments: COMMITMENTS,
	populations: POPULATIONS,
	basemap: BASEMAP.countries,
	focus: BASEMAP.focus,
	today: BUILD_DATE
});
