/**
 * The generated data (npm run geo), read at build time by the pages' server load functions, so
 * it reaches the browser inside the prerendered HTML rather than in the JavaScript bundle.
 */
import basemap from '$generated/basemap.json' with { type: 'json' };
import commitments from '$generated/commitments.json' with { type: 'json' };
import meta from '$generated/meta.json' with { type: 'json' };
import places from '$generated/places.json' with { type: 'json' };
import populations from '$generated/populations.json' with { type: 'json' };
import type { LonLatBounds } from '$lib/frame/extent';
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

/** The day the site was built, YYYY-MM-DD: "today" for deadlines, the same on server and client. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

/** Every record, each promise with its outcome as of the build (carried by the pages' briefs). */
export const COMMITMENTS = (commitments as CommitmentRecord[]).map((c): CommitmentRecord =>
	isPromise(c)
		? { ...c, outcome: outcomeOf(c, c.history, BUILD_DATE, (meta as DatasetMeta).updated).kind }
		: c
);
export const POPULATIONS = populations as Population[];
export const BASEMAP = basemap as unknown as Basemap;
export const META = meta as DatasetMeta;
/** The cities the map names at closer zooms (geo/data/places.csv, Natural Earth). */
export const PLACES = places as unknown as Place[];
