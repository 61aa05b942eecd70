import { error } from '@sveltejs/kit';
import { BASEMAP, BUILD_DATE, COMMITMENTS } from '$lib/data/dataset.server';
import { framedShapes, staticMapFrame } from '$lib/frame/static-map';
import { commitmentEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every commitment has a page, in every language. */
export const entries: EntryGenerator = commitmentEntries(COMMITMENTS.map((c) => c.id));

export const load: PageServerLoad = ({ params }) => {
	const record = COMMITMENTS.find((c) => c.id === params.id);
	if (!record) error(404, 'No such commitment');
	const frame = staticMapFrame(record, BASEMAP.focus, BASEMAP.labels);
	const { viewBox, shapes } = framedShapes(BASEMAP.countries, frame.bounds);
	const brief = (c: (typeof COMMITMENTS)[number]) => ({ id: c.id, name: c.name });
	const parent = COMMITMENTS.find((c) => c.id === record.partOf);
	return {
		record,
		map: { viewBox, shapes, point: frame.point, countryWide: frame.countryWide },
		parent: parent ? brief(parent) : null,
		parts: COMMITMENTS.filter((c) => c.partOf === record.id).map(brief),
		today: BUILD_DATE
	};
};
