/**
 * Reads geo/data/commitments.csv and checks every row with named checks. Every problem names
 * the file, the line, the field, what is wrong and the value found; all are reported at once.
 */
import { geoContains, geoDistance } from 'd3';
import { csvParseRows } from 'd3';
import isoCountries from 'i18n-iso-countries';
import {
	COLUMNS,
	CONFIDENCES,
	PRECISIONS,
	STATUSES,
	TYPES,
	type Column,
	type Commitment,
	type CommitmentType,
	type Confidence,
	type Precision,
	type Status
} from '../../src/lib/data/types';
import { inBounds, POINT_BOUNDS } from '../../src/lib/frame/extent';
import type { CountryFeature } from './countries';
import { comparePartialDates, isPartialDate } from './dates';

export { COLUMNS };
export type Row = Record<Column, string>;

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

/** How far outside its country's outline (at 1:50m) a point may lie, for coasts and borders. */
export const COUNTRY_TOLERANCE_KM = 25;
const EARTH_RADIUS_KM = 6371;

export interface Problem {
	file: string;
	line: number;
	field: string;
	message: string;
	value?: string;
}

export function formatProblem(p: Problem): string {
	const got = p.value === undefined ? '' : ` (got "${p.value.replace(/\s+/g, ' ').slice(0, 120)}")`;
	return `${p.file}:${p.line}: ${p.field}: ${p.message}${got}`;
}

interface Context {
	countries: Map<string, CountryFeature>;
}

type Issue = { field: Column | 'row'; message: string; value?: string };
type RowCheck = (row: Row, context: Context) => Issue[];

const splitSources = (value: string) => value.split(/\s+/).filter(Boolean);
const has = (value: string) => value.trim() !== '';
const hasPoint = (row: Row) => has(row.lat) || has(row.lon);
const isPointPrecision = (row: Row) => row.precision === 'site' || row.precision === 'city';

function oneOf(field: Column, allowed: readonly string[]): RowCheck {
	return (row) =>
		has(row[field]) && !allowed.includes(row[field])
			? [{ field, message: `must be one of ${allowed.join(', ')}`, value: row[field] }]
			: [];
}

export function isKnownCountry(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && (code === 'XK' || isoCountries.isValid(code));
}

/** Each check has a name (its key), tested on its own with a failing fixture. */
export const rowChecks = {
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
		if (row.precision === 'europe') {
			return has(row.country)
				? [{ field: 'country', message: 'must be empty for precision europe', value: row.country }]
				: [];
		}
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
		if (hasPoint(row) && PRECISIONS.includes(row.precision as Precision)) {
			return [
				{
					field: has(row.lat) ? 'lat' : 'lon',
					message: `must be empty for precision ${row.precision}: it has no point on the map`,
					value: has(row.lat) ? row.lat : row.lon
				}
			];
		}
		return [];
	},
	coordinatesAreNumbers: (row) =>
		(['lat', 'lon'] as const)
			.filter((field) => has(row[field]) && !/^-?\d+(\.\d+)?$/.test(row[field].trim()))
			.map((field) => ({ field, message: 'must be a decimal number', value: row[field] })),
	coordinatesInEurope: (row) => {
		const point = pointOf(row);
		if (!point || inBounds(point, POINT_BOUNDS)) return [];
		const [[w, s], [e, n]] = POINT_BOUNDS;
		return [
			{
				field: 'lat',
				message: `lat/lon must lie in Europe (lon ${w} to ${e}, lat ${s} to ${n}); are they swapped?`,
				value: `${row.lat}, ${row.lon}`
			}
		];
	},
	pointInCountry: (row, { countries }) => {
		const point = pointOf(row);
		if (!point || !inBounds(point, POINT_BOUNDS) || !isKnownCountry(row.country)) return [];
		const shape = countries.get(row.country);
		if (!shape) {
			return [{ field: 'country', message: 'has no shape on the base map', value: row.country }];
		}
		const km = distanceToShapeKm(shape, point);
		return km <= COUNTRY_TOLERANCE_KM
			? []
			: [
					{
						field: 'lat',
						message: `lat/lon lies ${Math.round(km)} km outside ${shape.properties.name} (${row.country}); at most ${COUNTRY_TOLERANCE_KM} km allowed`,
						value: `${row.lat}, ${row.lon}`
					}
				];
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
	openedNotBeforeAnnounced: (row) =>
		isPartialDate(row.opened) &&
		isPartialDate(row.announced) &&
		comparePartialDates(row.opened, row.announced) < 0
			? [
					{
						field: 'opened',
						message: `is before announced (${row.announced})`,
						value: row.opened
					}
				]
			: [],
	deadlineNotBeforeAnnounced: (row) =>
		isPartialDate(row.deadline) &&
		isPartialDate(row.announced) &&
		comparePartialDates(row.deadline, row.announced) < 0
			? [
					{
						field: 'deadline',
						message: `is before announced (${row.announced})`,
						value: row.deadline
					}
				]
			: [],
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
				{
					field: 'target_people',
					message: 'is only for type training',
					value: row.target_people
				}
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
	httpSources: (row) =>
		splitSources(row.sources)
			.filter((url) => !isHttpUrl(url))
			.map((url) => ({ field: 'sources', message: 'must be an http(s) URL', value: url })),
	noDuplicateSources: (row) => {
		const urls = splitSources(row.sources);
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

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

function pointOf(row: Row): [number, number] | null {
	if (!has(row.lat) || !has(row.lon)) return null;
	const lat = Number(row.lat);
	const lon = Number(row.lon);
	return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : null;
}

/** 0 inside the shape, else the distance in km to its nearest vertex. */
export function distanceToShapeKm(shape: CountryFeature, point: [number, number]): number {
	if (geoContains(shape, point)) return 0;
	const polygons =
		shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
	let nearest = Infinity;
	for (const polygon of polygons) {
		for (const ring of polygon) {
			for (const vertex of ring) {
				nearest = Math.min(nearest, geoDistance(point, vertex as [number, number]));
			}
		}
	}
	return nearest * EARTH_RADIUS_KM;
}

export interface ParsedCommitments {
	commitments: Commitment[];
	problems: Problem[];
}

/** Parses and checks the CSV text of `file`; `commitments` is empty when there is any problem. */
export function parseCommitments(
	text: string,
	file: string,
	countries: CountryFeature[]
): ParsedCommitments {
	const context: Context = { countries: new Map(countries.map((c) => [c.properties.iso2, c])) };
	const problems: Problem[] = [];
	const table = csvParseRows(text.replace(/^\uFEFF/, ''));
	const header = table[0] ?? [];
	const missing = COLUMNS.filter((column) => !header.includes(column));
	const unknown = header.filter((column) => !(COLUMNS as readonly string[]).includes(column));
	for (const column of missing) {
		problems.push({ file, line: 1, field: column, message: 'column is missing from the header' });
	}
	for (const column of unknown) {
		problems.push({
			file,
			line: 1,
			field: column,
			message: 'is not a known column',
			value: column
		});
	}
	if (missing.length > 0) return { commitments: [], problems };

	const rows: { line: number; row: Row }[] = [];
	let line = 1 + countLineBreaks(header);
	for (const cells of table.slice(1)) {
		line += 1;
		const rowLine = line;
		line += countLineBreaks(cells);
		if (cells.every((cell) => cell.trim() === '')) continue;
		if (cells.length !== header.length) {
			problems.push({
				file,
				line: rowLine,
				field: 'row',
				message: `has ${cells.length} fields; the header has ${header.length} (a comma inside an unquoted field?)`,
				value: cells.join(',')
			});
			continue;
		}
		const row = Object.fromEntries(
			COLUMNS.map((column) => [column, (cells[header.indexOf(column)] ?? '').trim()])
		) as Row;
		rows.push({ line: rowLine, row });
	}

	const firstLineOfId = new Map<string, number>();
	for (const { line, row } of rows) {
		for (const check of Object.values(rowChecks) as RowCheck[]) {
			for (const issue of check(row, context)) problems.push({ file, line, ...issue });
		}
		if (has(row.id)) {
			const first = firstLineOfId.get(row.id);
			if (first !== undefined) {
				problems.push({
					file,
					line,
					field: 'id',
					message: `is already used on line ${first}`,
					value: row.id
				});
			} else firstLineOfId.set(row.id, line);
		}
	}
	if (rows.length === 0 && problems.length === 0) {
		problems.push({ file, line: 1, field: 'row', message: 'the file has no commitments' });
	}
	problems.sort((a, b) => a.line - b.line);
	return problems.length > 0
		? { commitments: [], problems }
		: { commitments: rows.map(({ row }) => toCommitment(row)), problems };
}

function countLineBreaks(cells: string[]): number {
	return cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
}

const orNull = (value: string) => (has(value) ? value : null);

export function toCommitment(row: Row): Commitment {
	const point = pointOf(row);
	return {
		id: row.id,
		type: row.type as CommitmentType,
		status: row.status as Status,
		name: row.name,
		country: orNull(row.country),
		city: orNull(row.city),
		coordinates: point && isPointPrecision(row) ? [round(point[0]), round(point[1])] : null,
		precision: row.precision as Precision,
		locationSource: splitSources(row.location_source),
		placeNote: orNull(row.place_note),
		partOf: orNull(row.part_of),
		announced: orNull(row.announced),
		opened: has(row.opened) && row.opened !== UNKNOWN_DATE ? row.opened : null,
		deadline: orNull(row.deadline),
		targetPeople: has(row.target_people) ? Number(row.target_people) : null,
		partners: row.partners
			.split(';')
			.map((p) => p.trim())
			.filter(Boolean),
		summary: { en: row.summary_en, fr: orNull(row.summary_fr) },
		sources: splitSources(row.sources),
		confidence: row.confidence as Confidence,
		confidenceNote: orNull(row.confidence_note),
		claimedBy: orNull(row.claimed_by),
		notes: orNull(row.notes),
		history: []
	};
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
