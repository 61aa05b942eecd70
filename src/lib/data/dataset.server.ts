/**
 * The generated data (npm run geo), read at build time by the pages' server load functions and
 * the site's files (/data/…). What the explorer's pages share reaches the browser otherwise: in
 * one cached file of its own (src/lib/data/shared-data.ts, src/lib/state/explorer-data.ts).
 */
import basemap from '$generated/basemap.json' with { type: 'json' };
import build from '$generated/build.json' with { type: 'json' };
import commitments from '$generated/commitments.json' with { type: 'json' };
import meta from '$generated/meta.json' with { type: 'json' };
import places from '$generated/places.json' with { type: 'json' };
import populations from '$generated/populations.json' with { type: 'json' };
import type { LonLatBounds } from '$lib/frame/extent';
import type { Locale } from '$lib/i18n/locales';
import { isPromise, outcomeOf } from './outcome';
import type { CommitmentRecord, DatasetMeta, Place, Population } from './types';

export interface Basemap {
	countries: { iso2: string; d: string }[];
	/** Where to look for each country (its largest polygon's box). */
	focus: Record<string, LonLatBounds>;
	/**
	 * Where each European country's name and country-wide commitments go: the pole of
	 * inaccessibility of its largest polygon, [longitude, latitude] (geo/lib/labels.ts).
	 */
	labels: Record<string, [number, number]>;
}

/**
 * The day the site was built, YYYY-MM-DD: "today" for deadlines, the same on server and client.
 * It is the day `npm run geo` wrote the data (`npm run build` runs it first), so the outcomes in
 * the explorer's shared file (made by it) and those of the other pages agree.
 */
export const BUILD_DATE = (build as { today: string }).today;

/** Every record, each promise with its outcome as of the build (carried by the pages' briefs). */
export const COMMITMENTS = (commitments as CommitmentRecord[]).map((c): CommitmentRecord =>
	isPromise(c)
		? { ...c, outcome: outcomeOf(c, c.history, BUILD_DATE, (meta as DatasetMeta).updated).kind }
		: c
);
export const POPULATIONS = populations as Population[];
export const BASEMAP = basemap as unknown as Basemap;
export const META = meta as DatasetMeta;
/** Each language's file of the explorer's shared data, by its path in the build. */
const SHARED_DATA_URLS = import.meta.glob<string>('$generated/explorer-data.*.json', {
	query: '?url&no-inline',
	import: 'default',
	eager: true
});

/**
 * The address of the explorer's shared data in `lang` (src/lib/state/explorer-data.ts): the
 * file Vite names by its content, which the browser caches across pages.
 */
export function sharedDataUrl(lang: Locale): string {
	const url = Object.entries(SHARED_DATA_URLS).find(([file]) =>
		file.endsWith(`/explorer-data.${lang}.json`)
	);
	if (!url) throw new Error(`No explorer-data.${lang}.json: run npm run geo`);
	return url[1];
}

/** The cities the map names at closer zooms (geo/data/places.csv, Natural Earth). */
export const PLACES = places as unknown as Place[];
