/**
 * The downloads, /data/commitments.csv, /data/history.csv and /data/commitments.geojson: built
 * from the very records the map shows, with the source files' column names.
 */
import { csvFormatRows } from 'd3';
import type { Feature, FeatureCollection, Point } from 'geojson';
export { downloadName } from './download-name';
import {
	COLUMNS,
	HISTORY_COLUMNS,
	type DatasetMeta,
	type CommitmentRecord,
	type CommitmentEvent,
	type HistoryColumn
} from './types';

/** The download's columns: the same as the editors' file. */
export const EXPORT_COLUMNS = COLUMNS;

type FlatRecord = Record<(typeof EXPORT_COLUMNS)[number], string>;

function flatten(c: CommitmentRecord): FlatRecord {
	return {
		id: c.id,
		type: c.type,
		status: c.status,
		name: c.name,
		name_fr: c.nameIn?.fr ?? '',
		name_de: c.nameIn?.de ?? '',
		name_es: c.nameIn?.es ?? '',
		name_it: c.nameIn?.it ?? '',
		name_nl: c.nameIn?.nl ?? '',
		name_pl: c.nameIn?.pl ?? '',
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
		partners_fr: c.partnersIn?.fr.join('; ') ?? '',
		partners_de: c.partnersIn?.de.join('; ') ?? '',
		partners_es: c.partnersIn?.es.join('; ') ?? '',
		partners_it: c.partnersIn?.it.join('; ') ?? '',
		partners_nl: c.partnersIn?.nl.join('; ') ?? '',
		partners_pl: c.partnersIn?.pl.join('; ') ?? '',
		summary_en: c.summary.en,
		summary_fr: c.summary.fr ?? '',
		summary_de: c.summary.de ?? '',
		summary_es: c.summary.es ?? '',
		summary_it: c.summary.it ?? '',
		summary_nl: c.summary.nl ?? '',
		summary_pl: c.summary.pl ?? '',
		sources: c.sources.join(' '),
		confidence: c.confidence,
		confidence_note: c.confidenceNote ?? '',
		claimed_by: c.claimedBy ?? '',
		notes: c.notes ?? ''
	};
}

/** UTF-8 with a byte-order mark (so spreadsheets read accents right), a header, CRLF rows. */
function csvText<C extends string>(columns: readonly C[], records: Record<C, string>[]): string {
	const rows = records.map((record) => columns.map((column) => record[column]));
	const lines = [[...columns], ...rows].map((row) => csvFormatRows([row]));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toCsv(commitments: readonly CommitmentRecord[]): string {
	return csvText(EXPORT_COLUMNS, commitments.map(flatten));
}

type EventRecord = Record<HistoryColumn, string>;

function flattenEvent(id: string, e: CommitmentEvent): EventRecord {
	return {
		id,
		date: e.date,
		event: e.kind,
		status: e.status,
		figure: e.figure === null ? '' : String(e.figure),
		unit: e.unit ?? '',
		sources: e.sources.join(' '),
		note: e.note ?? ''
	};
}

/** Every commitment's events, oldest first, with the header of geo/data/history.csv. */
export function toHistoryCsv(commitments: readonly CommitmentRecord[]): string {
	const records = commitments.flatMap((c) => c.history.map((e) => flattenEvent(c.id, e)));
	return csvText(HISTORY_COLUMNS, records);
}

/** One event in a GeoJSON feature: history.csv's columns but the id; sources as an array. */
export type ExportEvent = Omit<EventRecord, 'id' | 'sources'> & { sources: string[] };

export type ExportProperties = Omit<FlatRecord, 'lat' | 'lon' | 'sources' | 'partners'> & {
	sources: string[];
	partners: string[];
	/** The commitment's dated events, oldest first. */
	history: ExportEvent[];
};

/** The GeoJSON's top-level "metadata" member (a foreign member, RFC 7946 §6.1). */
export interface ExportMetadata {
	title: string;
	/** YYYY-MM-DD: the day the facts were last checked. */
	updated: string;
	licence: string;
	licenceUrl: string;
}

/**
 * Every commitment; those without a point (country- or Europe-wide) have a null geometry. With
 * the dataset's meta, a top-level "metadata" member carries its date and licence (readers of
 * GeoJSON ignore members they do not know).
 */
export function toGeoJson(
	commitments: readonly CommitmentRecord[],
	meta?: DatasetMeta
): FeatureCollection<Point | null, ExportProperties> & { metadata?: ExportMetadata } {
	return {
		type: 'FeatureCollection',
		...(meta && {
			metadata: {
				title: 'Europe Commitments Map',
				updated: meta.updated,
				licence: meta.licence,
				licenceUrl: meta.licenceUrl
			}
		}),
		features: commitments.map((c): Feature<Point | null, ExportProperties> => {
			const { lat: _lat, lon: _lon, ...flat } = flatten(c);
			return {
				type: 'Feature',
				id: c.id,
				geometry: c.coordinates ? { type: 'Point', coordinates: c.coordinates } : null,
				properties: {
					...flat,
					sources: c.sources,
					partners: c.partners,
					history: c.history.map((e) => {
						const { id: _id, ...event } = flattenEvent(c.id, e);
						return { ...event, sources: e.sources };
					})
				}
			};
		})
	};
}
