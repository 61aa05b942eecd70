import { csvFormatRows } from 'd3';
import { COLUMNS, type Row } from '../../../geo/lib/checks';
import { HISTORY_COLUMNS } from '../../../geo/lib/history';

/** A valid city-precision row; tests override the fields they are about. */
export function validRow(overrides: Partial<Row> = {}): Row {
	return {
		id: 'azure-francecentral',
		type: 'datacenter',
		status: 'operational',
		name: 'France Central',
		name_fr: '',
		name_de: '',
		name_es: '',
		name_it: '',
		name_nl: '',
		name_pl: '',
		country: 'FR',
		city: 'Paris',
		lat: '48.8566',
		lon: '2.3522',
		precision: 'city',
		location_source: '',
		place_note: 'Point is the centre of Paris; the region’s sites are not published.',
		announced: '2016',
		opened: '2018',
		deadline: '',
		target_people: '',
		part_of: '',
		partners: '',
		partners_fr: '',
		partners_de: '',
		partners_es: '',
		partners_it: '',
		partners_nl: '',
		partners_pl: '',
		summary_en: 'An Azure cloud region in the Paris area.',
		summary_fr: 'Une région cloud Azure en région parisienne.',
		summary_de: 'Eine Azure-Cloudregion im Raum Paris.',
		summary_es: 'Una región de nube de Azure en la zona de París.',
		summary_it: "Una regione cloud di Azure nell'area di Parigi.",
		summary_nl: 'Een Azure-cloudregio in de regio Parijs.',
		summary_pl: 'Region chmury Azure w okolicach Paryża.',
		sources: 'https://learn.microsoft.com/azure/reliability/regions-list',
		confidence: 'high',
		confidence_note: '',
		claimed_by: 'Microsoft',
		notes: '',
		...overrides
	};
}

export function csvOf(rows: Row[]): string {
	return csvFormatRows([[...COLUMNS], ...rows.map((row) => COLUMNS.map((c) => row[c]))]) + '\n';
}

const EVENT_SOURCE = 'https://example.org/event';
const isDate = (value: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);

/**
 * A history.csv that agrees with `rows`: each row's announcement (on `announced`) and, when
 * `opened` is a date, its opening, the last event giving the row's status.
 * Every event cites https://example.org/event.
 */
export function historyOf(rows: Row[]): string {
	const events = rows.flatMap((row) => {
		const opened = isDate(row.opened);
		const announced = [row.id, row.announced, 'announced', opened ? 'announced' : row.status];
		return opened
			? [
					[...announced, '', '', EVENT_SOURCE, ''],
					[row.id, row.opened, 'opened', row.status, '', '', EVENT_SOURCE, 'Opened.']
				]
			: [[...announced, '', '', EVENT_SOURCE, '']];
	});
	return csvFormatRows([[...HISTORY_COLUMNS], ...events]) + '\n';
}
