import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	EXPORT_COLUMNS,
	downloadName,
	toCsv,
	toGeoJson,
	toHistoryCsv
} from '../../src/lib/data/export';
import type { CommitmentRecord } from '../../src/lib/data/types';
import { commitment } from './helpers/commitment';

const FIXTURE: CommitmentRecord[] = [
	commitment({
		id: 'azure-francecentral',
		name: 'France Central',
		city: 'Paris',
		coordinates: [2.3522, 48.8566],
		precision: 'city',
		announced: '2016',
		opened: '2018',
		summary: {
			en: 'An Azure region, "France Central", in Paris.',
			fr: 'Une région Azure, « France Centre », à Paris.',
			de: 'Eine Azure-Region, „France Central“, in Paris.',
			es: null,
			it: null,
			nl: null,
			pl: null
		},
		sources: ['https://learn.microsoft.com/a', 'https://example.org/b?x=1,2'],
		claimedBy: 'Microsoft',
		history: [
			{
				date: '2016',
				kind: 'announced',
				status: 'announced',
				figure: null,
				unit: null,
				sources: ['https://example.org/announce'],
				note: null
			},
			{
				date: '2018-03-01',
				kind: 'opened',
				status: 'operational',
				figure: null,
				unit: null,
				sources: ['https://learn.microsoft.com/a', 'https://example.org/b?x=1,2'],
				note: 'Generally available, "France Central".'
			}
		]
	}),
	commitment({
		id: 'skills-de',
		type: 'training',
		status: 'announced',
		name: 'Skills pledge: Germany, 2025',
		country: 'DE',
		announced: '2024-02-15',
		deadline: '2025-12',
		targetPeople: 1_200_000,
		nameIn: {
			fr: 'Engagement de formation\u00a0: Allemagne, 2025',
			de: 'Qualifizierungszusage: Deutschland, 2025',
			es: 'Compromiso de formación: Alemania, 2025',
			it: 'Impegno per la formazione: Germania, 2025',
			nl: 'Opleidingstoezegging: Duitsland, 2025',
			pl: 'Zobowiązanie szkoleniowe: Niemcy, 2025'
		},
		partners: ['BDA', 'Federal Employment Agency', 'Länder, jointly'],
		partnersIn: {
			fr: ['BDA', 'Agence fédérale pour l’emploi', 'Länder, conjointement'],
			de: ['BDA', 'Bundesagentur für Arbeit', 'Länder, gemeinsam'],
			es: ['BDA', 'Agencia Federal de Empleo', 'Länder, conjuntamente'],
			it: ['BDA', 'Agenzia federale per il lavoro', 'Länder, congiuntamente'],
			nl: ['BDA', 'Federaal Agentschap voor Arbeid', 'Länder, gezamenlijk'],
			pl: ['BDA', 'Federalna Agencja Pracy', 'Länder, wspólnie']
		},
		confidence: 'medium',
		confidenceNote: 'One secondary source; "roughly" a million.',
		notes: 'Phase 1, 2 and 3',
		history: [
			{
				date: '2024-02-15',
				kind: 'announced',
				status: 'announced',
				figure: 1_200_000,
				unit: 'people',
				sources: ['https://example.org/de'],
				note: null
			},
			{
				date: '2025-11',
				kind: 'progress',
				status: 'announced',
				figure: 250_000,
				unit: 'people',
				sources: ['https://example.org/de-progress'],
				note: 'Trained so far; Länder, jointly.'
			}
		]
	}),
	commitment({
		id: 'founders-hub',
		type: 'startup',
		name: 'Founders Hub',
		country: null,
		precision: 'europe',
		confidence: 'low'
	})
];

describe('toCsv', () => {
	const csv = toCsv(FIXTURE);

	it('starts with a UTF-8 byte-order mark and a header of the export columns', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).split('\r\n')[0]).toBe(
			'id,type,status,name,name_fr,name_de,name_es,name_it,name_nl,name_pl,country,city,lat,lon,' +
				'precision,location_source,place_note,announced,opened,deadline,target_people,part_of,' +
				'partners,partners_fr,partners_de,partners_es,partners_it,partners_nl,partners_pl,' +
				'summary_en,summary_fr,summary_de,' +
				'summary_es,summary_it,summary_nl,summary_pl,sources,confidence,confidence_note,' +
				'claimed_by,notes'
		);
		expect(csv.slice(1).split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
	});

	it('ends every line with CRLF, one line per commitment', () => {
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv).not.toMatch(/[^\r]\n/);
		expect(csv.slice(1).split('\r\n')).toHaveLength(1 + FIXTURE.length + 1);
		expect(csv.slice(1).split('\r\n').at(-1)).toBe('');
	});

	it('quotes fields with commas and quotes', () => {
		expect(csv).toContain(',"Skills pledge: Germany, 2025",');
		expect(csv).toContain('"An Azure region, ""France Central"", in Paris."');
		expect(csv).toContain('"BDA; Federal Employment Agency; Länder, jointly"');
		expect(csv).toContain(',Founders Hub,');
	});

	it('parses back to the same values', () => {
		const rows = csvParse(csv.slice(1));
		expect(rows.columns).toEqual([...EXPORT_COLUMNS]);
		expect(rows).toHaveLength(3);
		expect({ ...rows[0] }).toEqual({
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
			place_note: '',
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
			summary_en: 'An Azure region, "France Central", in Paris.',
			summary_fr: 'Une région Azure, « France Centre », à Paris.',
			summary_de: 'Eine Azure-Region, „France Central“, in Paris.',
			summary_es: '',
			summary_it: '',
			summary_nl: '',
			summary_pl: '',
			sources: 'https://learn.microsoft.com/a https://example.org/b?x=1,2',
			confidence: 'high',
			confidence_note: '',
			claimed_by: 'Microsoft',
			notes: ''
		});
		expect(rows[1]).toMatchObject({
			id: 'skills-de',
			name: 'Skills pledge: Germany, 2025',
			country: 'DE',
			city: '',
			lat: '',
			lon: '',
			deadline: '2025-12',
			target_people: '1200000',
			name_de: 'Qualifizierungszusage: Deutschland, 2025',
			partners: 'BDA; Federal Employment Agency; Länder, jointly',
			partners_de: 'BDA; Bundesagentur für Arbeit; Länder, gemeinsam',
			summary_fr: '',
			confidence_note: 'One secondary source; "roughly" a million.',
			notes: 'Phase 1, 2 and 3'
		});
		expect(rows[2]).toMatchObject({ id: 'founders-hub', country: '', precision: 'europe' });
	});

	it('writes only the header for no commitments', () => {
		expect(toCsv([])).toBe(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`);
	});
});

describe('toHistoryCsv', () => {
	it('lists every event, oldest first per commitment, with the editors’ header', () => {
		expect(toHistoryCsv(FIXTURE)).toBe(
			'\uFEFF' +
				[
					'id,date,event,status,figure,unit,sources,note',
					'azure-francecentral,2016,announced,announced,,,https://example.org/announce,',
					'azure-francecentral,2018-03-01,opened,operational,,,"https://learn.microsoft.com/a https://example.org/b?x=1,2","Generally available, ""France Central""."',
					'skills-de,2024-02-15,announced,announced,1200000,people,https://example.org/de,',
					'skills-de,2025-11,progress,announced,250000,people,https://example.org/de-progress,"Trained so far; Länder, jointly."',
					''
				].join('\r\n')
		);
	});

	it('parses back to the same values, and is only a header with no events', () => {
		const rows = csvParse(toHistoryCsv(FIXTURE).slice(1));
		expect(rows.columns).toEqual([
			'id',
			'date',
			'event',
			'status',
			'figure',
			'unit',
			'sources',
			'note'
		]);
		expect(rows.map((r) => r.id)).toEqual([
			'azure-francecentral',
			'azure-francecentral',
			'skills-de',
			'skills-de'
		]);
		expect(toHistoryCsv([FIXTURE[2]!])).toBe(
			'\uFEFFid,date,event,status,figure,unit,sources,note\r\n'
		);
	});
});

describe('toGeoJson', () => {
	const collection = toGeoJson(FIXTURE);

	it('has one feature per commitment, with its id', () => {
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features.map((f) => f.id)).toEqual([
			'azure-francecentral',
			'skills-de',
			'founders-hub'
		]);
		expect(collection.features.map((f) => f.properties.id)).toEqual([
			'azure-francecentral',
			'skills-de',
			'founders-hub'
		]);
	});

	it('gives mapped commitments a [lon, lat] point and the others a null geometry', () => {
		expect(collection.features.map((f) => f.geometry)).toEqual([
			{ type: 'Point', coordinates: [2.3522, 48.8566] },
			null,
			null
		]);
	});

	it('keeps sources and partners as arrays, and drops lat and lon', () => {
		const [paris, skills] = collection.features;
		expect(paris!.properties.sources).toEqual([
			'https://learn.microsoft.com/a',
			'https://example.org/b?x=1,2'
		]);
		expect(skills!.properties.partners).toEqual([
			'BDA',
			'Federal Employment Agency',
			'Länder, jointly'
		]);
		for (const f of collection.features) {
			expect(f.properties.sources.length).toBeGreaterThan(0);
			expect(f.properties).not.toHaveProperty('lat');
			expect(f.properties).not.toHaveProperty('lon');
		}
		expect(skills!.properties).toMatchObject({
			type: 'training',
			status: 'announced',
			target_people: '1200000',
			deadline: '2025-12',
			summary_fr: ''
		});
	});

	it('carries each feature’s events, oldest first, sources as arrays', () => {
		const [paris, skills, hub] = collection.features;
		expect(paris!.properties.history).toEqual([
			{
				date: '2016',
				event: 'announced',
				status: 'announced',
				figure: '',
				unit: '',
				sources: ['https://example.org/announce'],
				note: ''
			},
			{
				date: '2018-03-01',
				event: 'opened',
				status: 'operational',
				figure: '',
				unit: '',
				sources: ['https://learn.microsoft.com/a', 'https://example.org/b?x=1,2'],
				note: 'Generally available, "France Central".'
			}
		]);
		expect(skills!.properties.history.map((e) => [e.date, e.figure, e.unit])).toEqual([
			['2024-02-15', '1200000', 'people'],
			['2025-11', '250000', 'people']
		]);
		expect(hub!.properties.history).toEqual([]);
	});

	it('is plain JSON', () => {
		expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
	});
});

describe('toGeoJson with the dataset meta', () => {
	const meta = {
		updated: '2026-11-30',
		licence: 'CC BY 4.0',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'
	};

	it('carries the date and licence in a top-level metadata member', () => {
		const collection = toGeoJson(FIXTURE, meta);
		expect(collection.metadata).toEqual({
			title: 'Europe Commitments Map',
			updated: '2026-11-30',
			licence: 'CC BY 4.0',
			licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'
		});
		expect(collection.features).toHaveLength(3);
	});

	it('has no metadata member without the meta', () => {
		expect('metadata' in toGeoJson(FIXTURE)).toBe(false);
	});
});

describe('downloadName', () => {
	it.each([
		[['2026-11-30', 'csv'], 'europe-commitments-2026-11-30.csv'],
		[['2026-11-30', 'csv', 'history'], 'europe-commitments-history-2026-11-30.csv'],
		[['2026-11-30', 'png', 'map', 'FR'], 'europe-commitments-map-fr-2026-11-30.png'],
		// Accents dropped, spaces and punctuation to one hyphen, none at the ends.
		[
			['2026-11-30', 'svg', 'Timeline: announcements & openings'],
			'europe-commitments-timeline-announcements-openings-2026-11-30.svg'
		],
		[
			['2026-11-30', 'svg', 'Zusagen nach Typ und Status (Köln)'],
			'europe-commitments-zusagen-nach-typ-und-status-koln-2026-11-30.svg'
		],
		// A part with nothing file-safe in it is left out.
		[['2026-11-30', 'svg', '«»', 'map'], 'europe-commitments-map-2026-11-30.svg']
	] as const)('%j → %s', (args, expected) => {
		const [updated, extension, ...parts] = args;
		expect(downloadName(updated, extension, ...parts)).toBe(expected);
	});
});
