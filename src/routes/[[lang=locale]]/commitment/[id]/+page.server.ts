import { error } from '@sveltejs/kit';
import { BASEMAP, BUILD_DATE, COMMITMENTS, META, POPULATIONS } from '$lib/data/dataset.server';
import { localBrief, localRecord } from '$lib/data/local-names';
import { framedShapes, staticMapFrame } from '$lib/frame/static-map';
import { loadAllMessages } from '$lib/i18n';
import { intlLocale, localeOf } from '$lib/i18n/locales';
import { commitmentEntries } from '$lib/server/prerender';
import { shareTexts, type SharePage } from '$lib/share/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every commitment has a page, in every language. */
export const entries: EntryGenerator = commitmentEntries(COMMITMENTS.map((c) => c.id));

export const load: PageServerLoad = async ({ params }) => {
	const lang = localeOf(params.lang);
	const found = COMMITMENTS.find((c) => c.id === params.id);
	if (!found) error(404, 'No such commitment');
	// The name and partners in the page's language where the row translates them.
	const record = localRecord(found, lang);
	const frame = staticMapFrame(record, BASEMAP.focus, BASEMAP.labels);
	const { viewBox, shapes } = framedShapes(BASEMAP.countries, frame.bounds);
	const brief = (c: (typeof COMMITMENTS)[number]) => {
		const { id, name, nameLang } = localBrief(c, lang);
		return { id, name, nameLang };
	};
	const parent = COMMITMENTS.find((c) => c.id === record.partOf);
	// Shared, the page shows its country's card (or Europe's): a card per commitment is not made.
	const card: SharePage = record.country
		? { kind: 'country', iso2: record.country }
		: { kind: 'home' };
	const data = { commitments: COMMITMENTS, populations: POPULATIONS, updated: META.updated };
	const { alt } = shareTexts(card, await loadAllMessages(lang), intlLocale(lang), data);
	return {
		card: { page: card, alt },
		record,
		map: { viewBox, shapes, point: frame.point, countryWide: frame.countryWide },
		parent: parent ? brief(parent) : null,
		parts: COMMITMENTS.filter((c) => c.partOf === record.id).map(brief),
		today: BUILD_DATE
	};
};
