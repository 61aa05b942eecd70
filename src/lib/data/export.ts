/**
 * The downloads, /data/commitments.csv and /data/commitments.geojson: built from the very
 * records the map shows, with the source file's column names.
 */
import { csvFormatRows } from 'd3';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { COLUMNS, type Commitment } from './types';

/** The download's columns: the same as the editors' file. */
export const EXPORT_COLUMNS = COLUMNS;

type FlatRecord = Record<(typeof EXPORT_COLUMNS)[number], string>;

function flatten(c: Commitment): FlatRecord {
	return {
		id: c.id,
		type: c.type,
		status: c.status,
		name: c.name,
		country: c.country ?? '',
		city: c.city ?? '',
		lat: c.coordinates ? String(c.coordinates[1]) : '',
		lon: c.coordinates ? String(c.coordinates[0]) : '',
		precision: c.precision,
		location_source: c.locationSource.join(' '),
		place_note: c.placeNote ?? '',
		announced: c.announced ?? '',
		opened: c.opened ?? '',
		deadline: c.deadline ?? '',
		target_people: c.targetPeople === null ? '' : String(c.targetPeople),
		part_of: c.partOf ?? '',
		partners: c.partners.join('; '),
		summary_en: c.summary.en,
		summary_fr: c.summary.fr ?? '',
		sources: c.sources.join(' '),
		confidence: c.confidence,
		confidence_note: c.confidenceNote ?? '',
		claimed_by: c.claimedBy ?? '',
		notes: c.notes ?? ''
	};
}

/** UTF-8 with a byte-order mark (so spreadsheets read accents right), a header, CRLF rows. */
export function toCsv(commitments: readonly Commitment[]): string {
	const rows = commitments.map((c) => {
		const flat = flatten(c);
		return EXPORT_COLUMNS.map((column) => flat[column]);
	});
	const lines = [[...EXPORT_COLUMNS], ...rows].map((row) => csvFormatRows([row]));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type ExportProperties = Omit<FlatRecord, 'lat' | 'lon' | 'sources' | 'partners'> & {
	sources: string[];
	partners: string[];
};

/** Every commitment; those without a point (country- or Europe-wide) have a null geometry. */
export function toGeoJson(
	commitments: readonly Commitment[]
): FeatureCollection<Point | null, ExportProperties> {
	return {
		type: 'FeatureCollection',
		features: commitments.map((c): Feature<Point | null, ExportProperties> => {
			const { lat: _lat, lon: _lon, ...flat } = flatten(c);
			return {
				type: 'Feature',
				id: c.id,
				geometry: c.coordinates ? { type: 'Point', coordinates: c.coordinates } : null,
				properties: { ...flat, sources: c.sources, partners: c.partners }
			};
		})
	};
}
