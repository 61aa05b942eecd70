/**
 * Reads geo/data/places.csv: the cities the map may name at closer zooms, extracted from Natural
 * Earth's populated places (public domain; see geo/README.md), each with its name in the site's
 * languages. Named checks, like the other files', tested in tests/unit/geo-places.test.ts. Nothing
 * here invents a name or a point: a row the source lacks is an error, not a guess.
 */
import type { Place } from '../../src/lib/data/types';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { BASEMAP_CLIP, inBounds } from '../../src/lib/frame/extent';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { byLine, has, type Problem } from './problems';
import { readTable, runChecks, type Check } from './table';

const NAME_COLUMNS = LOCALES.map((l) => `name_${l}` as const);
const PLACE_COLUMNS = [
	'ne_id',
	'iso2',
	'lon',
	'lat',
	'min_zoom',
	'population',
	'capital',
	...NAME_COLUMNS
] as const;
type PlaceRow = Record<(typeof PLACE_COLUMNS)[number], string>;

const european = new Set<string>(EUROPEAN_COUNTRIES);
const DECIMAL = /^-?\d+(\.\d+)?$/;
const point = (row: PlaceRow): [number, number] => [Number(row.lon), Number(row.lat)];

export const placeChecks = {
	wholeId: (row) =>
		/^[1-9]\d*$/.test(row.ne_id)
			? []
			: [{ field: 'ne_id', message: 'must be Natural Earth’s ne_id', value: row.ne_id }],
	europeanCountry: (row) =>
		european.has(row.iso2)
			? []
			: [{ field: 'iso2', message: 'must be a European country’s code', value: row.iso2 }],
	decimalDegrees: (row) =>
		(['lon', 'lat'] as const).flatMap((field) =>
			DECIMAL.test(row[field])
				? []
				: [{ field, message: 'must be decimal degrees', value: row[field] }]
		),
	insideFrame: (row) =>
		DECIMAL.test(row.lon) && DECIMAL.test(row.lat) && !inBounds(point(row), BASEMAP_CLIP)
			? [{ field: 'lon', message: 'lies outside the base map', value: `${row.lon} ${row.lat}` }]
			: [],
	zoom: (row) =>
		DECIMAL.test(row.min_zoom) && Number(row.min_zoom) >= 0 && Number(row.min_zoom) <= 24
			? []
			: [{ field: 'min_zoom', message: 'must be a zoom from 0 to 24', value: row.min_zoom }],
	wholePopulation: (row) =>
		/^\d+$/.test(row.population)
			? []
			: [{ field: 'population', message: 'must be a whole number', value: row.population }],
	capitalFlag: (row) =>
		row.capital === '0' || row.capital === '1'
			? []
			: [{ field: 'capital', message: 'must be 0 or 1', value: row.capital }],
	everyName: (row) =>
		NAME_COLUMNS.flatMap((field) =>
			has(row[field]) && row[field] === row[field].trim()
				? []
				: [
						{
							field,
							message: 'must be the source’s name, without spaces around it',
							value: row[field]
						}
					]
		)
} satisfies Record<string, Check<PlaceRow>>;

export function parsePlaces(text: string, file: string): { places: Place[]; problems: Problem[] } {
	const table = readTable(text, file, { columns: PLACE_COLUMNS, strict: true });
	const { rows } = table;
	const problems = [...table.problems, ...runChecks(rows, placeChecks, file, undefined)];
	if (!table.complete) return { places: [], problems };
	const seen = new Set<string>();
	for (const { line, row } of rows) {
		if (seen.has(row.ne_id)) {
			problems.push({ file, line, field: 'ne_id', message: 'appears twice', value: row.ne_id });
		}
		seen.add(row.ne_id);
	}
	if (problems.length > 0) return { places: [], problems: byLine(problems) };
	return {
		places: rows.map(({ row }) => ({
			id: row.ne_id,
			iso2: row.iso2,
			point: point(row),
			minZoom: Number(row.min_zoom),
			population: Number(row.population),
			capital: row.capital === '1',
			names: Object.fromEntries(LOCALES.map((l: Locale) => [l, row[`name_${l}`]]))
		})),
		problems
	};
}
