/**
 * The named checks on one row of geo/data/commitments.csv. Each check has a name (its key) and
 * is tested on its own with a failing row (tests/unit/geo-validate.test.ts). The factories
 * (`oneOf`, `notBefore`, `httpUrls`) serve every file's checks.
 */
import {
	COLUMNS,
	CONFIDENCES,
	PRECISIONS,
	STATUSES,
	TYPES,
	type Column,
	type Precision
} from '../../src/lib/data/types';
import type { CountryFeature } from './countries';
import { comparePartialDates, isPartialDate } from './dates';
import { coordinatesInEurope, pointInCountry } from './geometry';
import { type Check } from './table';
import { has, isHttpUrl, isKnownCountry, splitUrls, type Issue } from './problems';
import { nameTranslationChecks } from './name-translations';
import { translationChecks } from './translations';

export { COLUMNS };
export type Row = Record<Column, string>;

/** The field, when filled, is one of `allowed`. */
export function oneOf<F extends string>(field: F, allowed: readonly string[]) {
	return (row: Record<F, string>): Issue[] =>
		has(row[field]) && !allowed.includes(row[field])
			? [{ field, message: `must be one of ${allowed.join(', ')}`, value: row[field] }]
			: [];
}

/** The date in `field` is not surely earlier than the date in `other` (when both are dates). */
export function notBefore<F extends string>(field: F, other: F) {
	return (row: Record<F, string>): Issue[] =>
		isPartialDate(row[field]) &&
		isPartialDate(row[other]) &&
		comparePartialDates(row[field], row[other]) < 0
			? [{ field, message: `is before ${other} (${row[other]})`, value: row[field] }]
			: [];
}

/** Every URL in the space-separated list is an absolute http(s) URL. */
export function httpUrls<F extends string>(field: F) {
	return (row: Record<F, string>): Issue[] =>
		splitUrls(row[field])
			.filter((url) => !isHttpUrl(url))
			.map((url) => ({ field, message: 'must be an http(s) URL', value: url }));
}

const REQUIRED: Column[] = [
	'id',
	'type',
	'status',
	'name',
	'precision',
	'summary_en',
	'sources',
	'confidence'
];

/** `opened` may say this when a thing is known to be open but its opening date is not published. */
export const UNKNOWN_DATE = 'unknown';

export interface RowContext {
	countries: Map<string, CountryFeature>;
}
type RowCheck = Check<Row, RowContext>;

const isPrecision = (row: Row) => PRECISIONS.includes(row.precision as Precision);
export const isPointPrecision = (row: Row) => row.precision === 'site' || row.precision === 'city';
const mustBeEmpty = (field: Column, row: Row, why: string): Issue[] =>
	has(row[field])
		? [
				{
					field,
					message: `must be empty for precision ${row.precision}: ${why}`,
					value: row[field]
				}
			]
		: [];

export const rowChecks = {
	...translationChecks,
	...nameTranslationChecks,
	requiredFields: (row) =>
		REQUIRED.filter((field) => !has(row[field])).map((field) => ({
			field,
			message: 'is required',
			value: row[field]
		})),
	idIsSlug: (row) =>
		has(row.id) && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(row.id)
			? [{ field: 'id', message: 'must be lower-case letters, digits and hyphens', value: row.id }]
			: [],
	knownType: oneOf('type', TYPES),
	knownStatus: oneOf('status', STATUSES),
	knownPrecision: oneOf('precision', PRECISIONS),
	knownConfidence: oneOf('confidence', CONFIDENCES),
	knownCountry: (row) => {
		if (row.precision === 'europe' && has(row.country)) {
			return [
				{ field: 'country', message: 'must be empty for precision europe', value: row.country }
			];
		}
		if (row.precision === 'europe') return [];
		if (!has(row.country)) return [{ field: 'country', message: 'is required', value: '' }];
		return isKnownCountry(row.country)
			? []
			: [
					{
						field: 'country',
						message: 'must be an upper-case ISO 3166-1 alpha-2 code',
						value: row.country
					}
				];
	},
	coordinatesMatchPrecision: (row) => {
		if (isPointPrecision(row)) {
			return (['lat', 'lon'] as const)
				.filter((field) => !has(row[field]))
				.map((field) => ({
					field,
					message: `is required for precision ${row.precision}`,
					value: ''
				}));
		}
		if (!isPrecision(row)) return [];
		const field = has(row.lat) ? 'lat' : 'lon';
		return mustBeEmpty(field, row, 'it has no point on the map');
	},
	coordinatesAreNumbers: (row) =>
		(['lat', 'lon'] as const)
			.filter((field) => has(row[field]) && !/^-?\d+(\.\d+)?$/.test(row[field].trim()))
			.map((field) => ({ field, message: 'must be a decimal number', value: row[field] })),
	coordinatesInEurope,
	pointInCountry,
	siteHasLocationSource: (row) => {
		if (row.precision === 'site' && !has(row.location_source)) {
			return [
				{
					field: 'location_source',
					message:
						"is required for precision site: a source that gives the facility's own location (a city centre is precision city)",
					value: ''
				}
			];
		}
		if (!isPrecision(row) || row.precision === 'site') return [];
		return mustBeEmpty('location_source', row, "it is only for a facility's own location (site)");
	},
	httpLocationSources: httpUrls('location_source'),
	placeNoteMatchesPrecision: (row) => {
		if (row.precision === 'city' && !has(row.place_note)) {
			return [
				{
					field: 'place_note',
					message: 'is required for precision city: say why the point is approximate',
					value: ''
				}
			];
		}
		return row.precision === 'country' || row.precision === 'europe'
			? mustBeEmpty('place_note', row, 'it has no point on the map')
			: [];
	},
	wellFormedDates: (row) =>
		(['announced', 'opened', 'deadline'] as const)
			.filter(
				(field) =>
					has(row[field]) &&
					!isPartialDate(row[field]) &&
					!(field === 'opened' && row[field] === UNKNOWN_DATE)
			)
			.map((field) => ({
				field,
				message:
					field === 'opened'
						? `must be a date YYYY, YYYY-MM or YYYY-MM-DD, or "${UNKNOWN_DATE}"`
						: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
				value: row[field]
			})),
	openedNotBeforeAnnounced: notBefore('opened', 'announced'),
	deadlineNotBeforeAnnounced: notBefore('deadline', 'announced'),
	operationalHasOpened: (row) =>
		row.status === 'operational' && !has(row.opened)
			? [
					{
						field: 'opened',
						message: `is required for status operational (a date, or "${UNKNOWN_DATE}" if none is published)`,
						value: ''
					}
				]
			: [],
	targetOnlyOnTraining: (row) => {
		if (!has(row.target_people)) return [];
		if (row.type !== 'training') {
			return [
				{ field: 'target_people', message: 'is only for type training', value: row.target_people }
			];
		}
		return /^[1-9]\d*$/.test(row.target_people)
			? []
			: [
					{
						field: 'target_people',
						message: 'must be a whole number of people, digits only',
						value: row.target_people
					}
				];
	},
	httpSources: httpUrls('sources'),
	noDuplicateSources: (row) => {
		const urls = splitUrls(row.sources);
		return urls
			.filter((url, i) => urls.indexOf(url) !== i)
			.map((url) => ({ field: 'sources', message: 'lists the same URL twice', value: url }));
	},
	nonEmptySummary: (row) =>
		has(row.summary_en) && row.summary_en.trim().length < 10
			? [{ field: 'summary_en', message: 'must be a sentence', value: row.summary_en }]
			: [],
	lowConfidenceHasReason: (row) =>
		row.confidence === 'low' && !has(row.confidence_note)
			? [
					{
						field: 'confidence_note',
						message: 'must say why a low-confidence fact is unconfirmed',
						value: ''
					}
				]
			: [],
	noLineBreaks: (row) =>
		COLUMNS.filter((field) => /[\r\n]/.test(row[field])).map((field) => ({
			field,
			message: 'must fit on one line',
			value: row[field]
		}))
} satisfies Record<string, RowCheck>;

export type RowCheckName = keyof typeof rowChecks;
