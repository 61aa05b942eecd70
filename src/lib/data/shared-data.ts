/**
 * What every page with the explorer shares (/, /country/{code} and the embed), one file per
 * language, written by `npm run geo` as src/lib/generated/explorer-data.{lang}.json. The pages
 * fetch it (src/lib/state/explorer-data.ts) rather than each page's HTML carrying it: Vite names
 * the file by its content, so the browser caches it for every page after the first.
 *
 * Each file is in its language already: the commitments' names where translated, the cities as the gazetteer names them in it
 * ("Francfort-sur-le-Main"), the map's places by their names in it, so a page needs neither
 * the gazetteer's other names nor code to choose among them. It holds no build date: the same
 * data built another day is the same file, still in readers' caches. Pure.
 */
import { timelineOf, type Timelines } from './asof';
import { localCity, placeOfCity } from './city';
import { briefOf } from './details';
import { localBrief } from './local-names';
import { isPromise, outcomeOf } from './outcome';
import type { Commitment, CommitmentRecord, Place, Population } from './types';
import type { LonLatBounds } from '../frame/extent';
import {
	countryName,
	dateWordsOf,
	numberWordsOf,
	type DateWords,
	type NumberWords
} from '../i18n/format';
import { intlLocale, type Locale } from '../i18n/locales';

/** A place the map names, with its name in the file's language (src/lib/map/labels.ts). */
export type LocalPlace = Omit<Place, 'names' | 'iso2'> & { name: string };

export interface SharedData {
	/** Without their texts, sources and history (the details panel loads those). */
	commitments: Commitment[];
	/** Each commitment's dated statuses, compact: what ?asof= needs (src/lib/data/asof.ts). */
	timelines: Timelines;
	populations: Population[];
	/** Country outlines as SVG paths, for the SVG map. */
	countryShapes: { iso2: string; d: string }[];
	/** Where to look for each country. */
	focus: Record<string, LonLatBounds>;
	/** Where each country's name and country-wide commitments go on the map. */
	labels: Record<string, [number, number]>;
	/** The cities the map names at closer zooms. */
	places: LocalPlace[];
	/** The day the dataset's facts were last checked. */
	factsChecked: string;
	/**
	 * Every country the pages name, by its name in the file's language (Intl.DisplayNames' at
	 * build time): a page hydrates without loading Intl's region names (~100 ms on a phone), and
	 * the browser shows the names the prerendered HTML has.
	 */
	countryNames: Record<string, string>;
	/** How the language writes a day and a month (Intl's, at build time), for the same reason. */
	dateWords: DateWords;
	/** How the language groups a whole number's digits (Intl's, at build time), for the same reason. */
	numberWords: NumberWords;
}

export interface SharedDataInputs {
	records: readonly CommitmentRecord[];
	populations: Population[];
	basemap: Pick<SharedData, 'countryShapes' | 'focus' | 'labels'>;
	places: Place[];
	/** The day the dataset's facts were last checked (dataset.json's `updated`). */
	checked: string;
	/** The day of the build: each promise's outcome is as of that day. */
	today: string;
}

/**
 * A commitment as the pages carry it: its brief, with a promise's outcome as of `today` (the
 * facts as checked on `checked`).
 */
export function briefWithOutcome(
	record: CommitmentRecord,
	today: string,
	checked: string
): Commitment {
	const brief = briefOf(record);
	return isPromise(record)
		? { ...brief, outcome: outcomeOf(record, record.history, today, checked).kind }
		: brief;
}

/**
 * The shared data in every language: `area` words "X area" in each ("Bruxelles et environs").
 * The gazetteer is searched once per commitment, not once per language.
 */
export function sharedDataOf(
	inputs: SharedDataInputs,
	areas: Readonly<Record<Locale, (city: string) => string>>
): Record<Locale, SharedData> {
	const { records, places } = inputs;
	const briefs = records.map((record) => briefWithOutcome(record, inputs.today, inputs.checked));
	const cityPlaces = records.map((record) => placeOfCity(record, places));
	const timelines = Object.fromEntries(
		records.map((record) => [record.id, timelineOf(record.history, inputs.checked)])
	);
	const countries = [
		...new Set([
			...inputs.basemap.countryShapes.map((shape) => shape.iso2),
			...inputs.populations.map((p) => p.iso2),
			...records.flatMap((record) => (record.country ? [record.country] : []))
		])
	].sort();
	const inLang = (lang: Locale, area: (city: string) => string): SharedData => ({
		commitments: briefs.map((brief, i) => {
			const place = cityPlaces[i];
			const c = localBrief(brief, lang);
			return place ? { ...c, city: localCity(c, [place], lang, area) } : c;
		}),
		timelines,
		populations: inputs.populations,
		countryShapes: inputs.basemap.countryShapes,
		focus: inputs.basemap.focus,
		labels: inputs.basemap.labels,
		places: places.map(({ names, iso2: _country, ...place }) => ({
			...place,
			name: names[lang] ?? names.en!
		})),
		factsChecked: inputs.checked,
		countryNames: Object.fromEntries(
			countries.map((iso2) => [iso2, countryName(iso2, intlLocale(lang))])
		),
		dateWords: dateWordsOf(intlLocale(lang)),
		numberWords: numberWordsOf(intlLocale(lang))
	});
	return Object.fromEntries(
		Object.entries(areas).map(([lang, area]) => [lang, inLang(lang as Locale, area)])
	) as Record<Locale, SharedData>;
}
