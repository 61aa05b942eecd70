/**
 * What every page with the explorer loads (the explorer at / and /country/{code}, and the
 * embed): read at build time, so it reaches the browser inside the prerendered HTML.
 */
import {
	BASEMAP,
	BUILD_DATE,
	COMMITMENTS,
	META,
	PLACES,
	POPULATIONS
} from '$lib/data/dataset.server';
import { localCity } from '$lib/data/city';
import { timelineOf, type Timelines } from '$lib/data/asof';
import { briefOf } from '$lib/data/details';
import { loadMessages } from '$lib/i18n';
import { localeOf } from '$lib/i18n/locales';

/** Without their texts, sources and history: the details panel loads those (/data/details.json). */
const BRIEF_COMMITMENTS = COMMITMENTS.map(briefOf);
/** Each commitment's dated statuses, compact: what ?asof= needs (src/lib/data/asof.ts). */
const TIMELINES: Timelines = Object.fromEntries(
	COMMITMENTS.map((c) => [c.id, timelineOf(c.history, META.updated)])
);

export async function loadExplorerData({ params }: { params: { lang?: string } }) {
	const locale = localeOf(params.lang);
	const { dataLang } = await loadMessages(locale);
	return {
		/** Each city in the page's language where the gazetteer has it ("Francfort-sur-le-Main"). */
		commitments: BRIEF_COMMITMENTS.map((c) => ({
			...c,
			city: localCity(c, PLACES, locale, dataLang.cityArea)
		})),
		timelines: TIMELINES,
		populations: POPULATIONS,
		/** Country outlines as SVG paths, for the SVG map. */
		countryShapes: BASEMAP.countries,
		focus: BASEMAP.focus,
		/** Where each country's name and country-wide commitments go on the map. */
		labels: BASEMAP.labels,
		/** The cities the map names at closer zooms, in the page's language (Natural Earth). */
		places: PLACES.map(({ names, iso2: _country, ...place }) => ({
			...place,
			name: names[locale] ?? names.en!
		})),
		/** The build's day: deadlines before it have passed. */
		today: BUILD_DATE,
		/** The day the dataset's facts were last checked: the charts' source line says so. */
		factsChecked: META.updated
	};
}
