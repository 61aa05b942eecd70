import type { Locale } from '../i18n/locales';
import type { OutcomeKind } from './outcome';

/**
 * The words of the dataset, shared by the geo/ pipeline, the app and the tests.
 * Order matters: it is the order of the legend, the list and the charts.
 */
export const TYPES = ['datacenter', 'security', 'training', 'startup'] as const;
export type CommitmentType = (typeof TYPES)[number];

export const STATUSES = ['operational', 'restricted', 'announced'] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ['site', 'city', 'country', 'europe'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * The columns of geo/data/commitments.csv, in order: the editors' file, and the CSV download
 * built from the same records.
 */
export const COLUMNS = [
	'id',
	'type',
	'status',
	'name',
	'name_fr',
	'name_de',
	'name_es',
	'name_it',
	'name_nl',
	'name_pl',
	'country',
	'city',
	'lat',
	'lon',
	'precision',
	'location_source',
	'place_note',
	'announced',
	'opened',
	'deadline',
	'target_people',
	'part_of',
	'partners',
	'partners_fr',
	'partners_de',
	'partners_es',
	'partners_it',
	'partners_nl',
	'partners_pl',
	'summary_en',
	'summary_fr',
	'summary_de',
	'summary_es',
	'summary_it',
	'summary_nl',
	'summary_pl',
	'sources',
	'confidence',
	'confidence_note',
	'claimed_by',
	'notes'
] as const;
export type Column = (typeof COLUMNS)[number];

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/**
 * What a dated event in a commitment's history is (geo/data/history.csv, column `event`).
 * `announced`: first made public; `restated`: announced again, same substance; `construction`:
 * building started or permitted; `opened`: open, launched or generally available; `delayed`: a
 * date pushed back; `target-changed`: a figure or deadline changed; `progress`: a reported
 * figure or milestone; `withdrawn`: dropped or cancelled.
 */
export const EVENT_KINDS = [
	'announced',
	'restated',
	'construction',
	'opened',
	'delayed',
	'target-changed',
	'progress',
	'withdrawn'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The columns of geo/data/history.csv, in order: the editors' file and its download. */
export const HISTORY_COLUMNS = [
	'id',
	'date',
	'event',
	'status',
	'figure',
	'unit',
	'sources',
	'note'
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/** One dated event of a commitment (one row of geo/data/history.csv). */
export interface CommitmentEvent {
	date: PartialDate;
	kind: EventKind;
	/** The commitment's status after this event. */
	status: Status;
	/** A figure the event reports (people trained, a new target, an investment), or null. */
	figure: number | null;
	/** What the figure counts: `people`, or an ISO 4217 currency code (`EUR`); null without one. */
	unit: string | null;
	sources: string[];
	note: string | null;
}

/** One commitment, as the app uses it (built from one row of geo/data/commitments.csv). */
export interface Commitment {
	id: string;
	type: CommitmentType;
	status: Status;
	/** The name in `nameLang`: the English one in the records, the page's where translated. */
	name: string;
	/** The language `name` is in. */
	nameLang: Locale;
	/** The English name, where `name` is a translation (search finds either). */
	nameEn?: string;
	/**
	 * The name in every other language of the site, where the row translates it (a proper name
	 * stays English): in the records, not in a page's data (src/lib/data/local-names.ts).
	 */
	nameIn?: Translations<string>;
	/** ISO 3166-1 alpha-2, upper case; null for Europe-wide commitments. */
	country: string | null;
	city: string | null;
	/** [longitude, latitude] for site and city precision; null otherwise. */
	coordinates: [number, number] | null;
	precision: Precision;
	/** Why the place is approximate or uncertain (a doubt about the point, not the claim). */
	placeNote: string | null;
	/**
	 * The id of a broader commitment whose figure already includes this one's (Elevate Italia
	 * within Italy's pledge): its target is shown, never added to the broader one's.
	 */
	partOf: string | null;
	announced: PartialDate | null;
	opened: PartialDate | null;
	deadline: PartialDate | null;
	targetPeople: number | null;
	confidence: Confidence;
	/**
	 * A promise's outcome as of the build (src/lib/data/outcome.ts), computed at build time so
	 * that pages need not carry the history; absent for a commitment without target or deadline.
	 */
	outcome?: OutcomeKind;
}

/** A text in every language of the site but English. */
export type Translations<T> = Record<Exclude<Locale, 'en'>, T>;

/** A text in every language of the site: English always, the others `null` where not written. */
export type Summaries = { en: string } & Record<Exclude<Locale, 'en'>, string | null>;

/**
 * What only a commitment's details show: its text, sources and history. Pages carry the
 * `Commitment` part in their HTML; this part loads with the details panel, from
 * /data/details.json, when a commitment is first chosen.
 */
export interface CommitmentDetails {
	/** URLs that give the facility's own location; never empty for precision `site`. */
	locationSource: string[];
	partners: string[];
	/** The language `partners` are in. */
	partnersLang: Locale;
	/** The partners in every other language, item for item, where the row translates them. */
	partnersIn?: Translations<string[]>;
	/** The summary in each language of the site; English always, the others where written. */
	summary: Summaries;
	sources: string[];
	confidenceNote: string | null;
	claimedBy: string | null;
	notes: string | null;
	/** Dated events, oldest first; the first is the announcement. */
	history: CommitmentEvent[];
}

export const DETAIL_FIELDS = [
	'locationSource',
	'partners',
	'partnersLang',
	'partnersIn',
	'summary',
	'sources',
	'confidenceNote',
	'claimedBy',
	'notes',
	'history'
] as const satisfies readonly (keyof CommitmentDetails)[];

/** One whole commitment: one row of geo/data/commitments.csv with its dated history. */
export type CommitmentRecord = Commitment & CommitmentDetails;

/** A country's population, for per-capita figures. */
export interface Population {
	iso2: string;
	population: number;
	referenceYear: number;
	source: string;
}

export function isCommitmentType(value: string): value is CommitmentType {
	return (TYPES as readonly string[]).includes(value);
}
export function isStatus(value: string): value is Status {
	return (STATUSES as readonly string[]).includes(value);
}

/** geo/data/dataset.json */
export interface DatasetMeta {
	/** YYYY-MM-DD: when the facts were last checked. */
	updated: string;
	licence: string;
	licenceUrl: string;
	/** Where corrections are reported (the project's repository); absent while unknown. */
	repository?: string;
	/** The article the dataset checks, as far as it is known: its title always. */
	article?: { title: string; lang: string; outlet?: string; date?: string; url?: string };
}

/**
 * A city the map may name at closer zooms (geo/data/places.csv, from Natural Earth's populated
 * places): its point, the zoom from which Natural Earth shows it, and its name in each of the
 * site's languages.
 */
export interface Place {
	/** Natural Earth's ne_id. */
	id: string;
	iso2: string;
	/** [longitude, latitude]. */
	point: [number, number];
	minZoom: number;
	population: number;
	capital: boolean;
	/** By locale (en, fr, de, es, it, nl, pl). */
	names: Record<string, string>;
}
