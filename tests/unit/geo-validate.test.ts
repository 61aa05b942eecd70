import { describe, expect, it } from 'vitest';
import { countriesWithin } from '../../geo/lib/countries';
import { rowChecks, type RowCheckName } from '../../geo/lib/checks';
import { fileChecks, parseCommitments, type FileCheckName } from '../../geo/lib/commitments';
import { formatProblem } from '../../geo/lib/problems';
import { BASEMAP_CLIP } from '../../src/lib/frame/extent';
import { csvOf, validRow } from './helpers/csv';

const countries = countriesWithin(BASEMAP_CLIP);
const FILE = 'geo/data/commitments.csv';

/** The formatted problems for a file of one valid row followed by `row`, which sits on line 3. */
function problemsOf(...rows: ReturnType<typeof validRow>[]): string[] {
	const text = csvOf([validRow({ id: 'first-row' }), ...rows]);
	return parseCommitments(text, FILE, countries).problems.map(formatProblem);
}

describe('parseCommitments', () => {
	it('accepts a valid file and types every field', () => {
		const text = csvOf([
			validRow(),
			validRow({
				id: 'skills-de',
				type: 'training',
				status: 'announced',
				name: 'Skills pledge: Germany',
				country: 'DE',
				city: '',
				lat: '',
				lon: '',
				precision: 'country',
				place_note: '',
				announced: '2024-02-15',
				opened: '',
				deadline: '2025-12',
				target_people: '1200000',
				partners: 'BDA; Federal Employment Agency',
				sources: 'https://example.org/a https://example.org/b',
				confidence: 'medium',
				confidence_note: 'One secondary source.'
			})
		]);
		const { commitments, problems } = parseCommitments(text, FILE, countries);
		expect(problems).toEqual([]);
		expect(commitments).toHaveLength(2);
		expect(commitments[0]).toMatchObject({
			id: 'azure-francecentral',
			coordinates: [2.3522, 48.8566],
			opened: '2018',
			targetPeople: null,
			partners: []
		});
		expect(commitments[1]).toMatchObject({
			id: 'skills-de',
			coordinates: null,
			country: 'DE',
			targetPeople: 1_200_000,
			partners: ['BDA', 'Federal Employment Agency'],
			sources: ['https://example.org/a', 'https://example.org/b'],
			confidence: 'medium',
			confidenceNote: 'One secondary source.'
		});
	});

	it('reads a translated name and partners into every language, and none for a proper name', () => {
		const text = csvOf([
			validRow(),
			validRow({
				id: 'skills-de',
				name: 'Skills pledge: Germany',
				...NAMES_FR_PLEDGE,
				name_de: 'Qualifizierungszusage: Deutschland',
				partners: 'Federal Employment Agency',
				...PARTNERS_FEA
			})
		]);
		const { commitments, problems } = parseCommitments(text, FILE, countries);
		expect(problems).toEqual([]);
		expect(commitments[0]!.nameIn).toBeUndefined();
		expect(commitments[0]!.partnersIn).toBeUndefined();
		expect(commitments[1]).toMatchObject({
			name: 'Skills pledge: Germany',
			nameLang: 'en',
			nameIn: { de: 'Qualifizierungszusage: Deutschland', pl: 'Zobowiązanie szkoleniowe: Francja' },
			partners: ['Federal Employment Agency'],
			partnersLang: 'en',
			partnersIn: { de: ['Bundesagentur für Arbeit'], nl: ['Federaal Agentschap voor Arbeid'] }
		});
	});

	it('reports every problem at once, with file, line, field and value, and returns no data', () => {
		const text = csvOf([
			validRow({ type: 'castle', lat: 'north' }),
			validRow({ id: 'b', confidence: 'sure' })
		]);
		const { commitments, problems } = parseCommitments(text, FILE, countries);
		expect(commitments).toEqual([]);
		expect(problems.map(formatProblem)).toEqual([
			'geo/data/commitments.csv:2: type: must be one of datacenter, security, training, startup (got "castle")',
			'geo/data/commitments.csv:2: lat: must be a decimal number (got "north")',
			'geo/data/commitments.csv:3: confidence: must be one of high, medium, low (got "sure")'
		]);
	});

	it('counts lines through quoted line breaks and blank lines', () => {
		const header = csvOf([]).trimEnd();
		const good = csvOf([validRow({ id: 'a', notes: 'line one\nline two' })])
			.split('\n')
			.slice(1)
			.join('\n');
		const bad = csvOf([validRow({ id: 'b', type: 'castle' })]).split('\n')[1];
		const text = `${header}\n${good}\n${bad}\n`;
		const lines = parseCommitments(text, FILE, countries).problems.map(formatProblem);
		expect(lines).toContain(
			'geo/data/commitments.csv:2: notes: must fit on one line (got "line one line two")'
		);
		expect(lines).toContain(
			'geo/data/commitments.csv:5: type: must be one of datacenter, security, training, startup (got "castle")'
		);
	});

	it('names a missing column and a row with too few fields', () => {
		const noNotes = csvOf([validRow()]).replace(',notes\n', '\n');
		expect(parseCommitments(noNotes, FILE, countries).problems.map(formatProblem)).toContain(
			'geo/data/commitments.csv:1: notes: column is missing from the header'
		);
		const short = csvOf([]) + 'x,datacenter\n';
		expect(parseCommitments(short, FILE, countries).problems[0]).toMatchObject({
			line: 2,
			field: 'row',
			message: 'has 2 fields; the header has 41 (a comma inside an unquoted field?)'
		});
	});

	it('rejects a duplicate id, naming the first line', () => {
		expect(problemsOf(validRow({ id: 'first-row' }))).toEqual([
			'geo/data/commitments.csv:3: id: is already used on line 2 (got "first-row")'
		]);
	});

	it('rejects an empty file', () => {
		expect(parseCommitments(csvOf([]), FILE, countries).problems.map(formatProblem)).toEqual([
			'geo/data/commitments.csv:1: row: the file has no commitments'
		]);
	});
});

/** One failing row per named check, and the one message it must produce (on line 3). */
/** A name translated in every language of the site (French with its no-break space). */
const NAMES_FR_PLEDGE = {
	name_fr: 'Engagement de formation\u00a0: France',
	name_de: 'Qualifizierungszusage: Frankreich',
	name_es: 'Compromiso de formación: Francia',
	name_it: 'Impegno per la formazione: Francia',
	name_nl: 'Opleidingstoezegging: Frankrijk',
	name_pl: 'Zobowiązanie szkoleniowe: Francja'
};
const PARTNERS_FEA = {
	partners_fr: 'Agence fédérale pour l’emploi',
	partners_de: 'Bundesagentur für Arbeit',
	partners_es: 'Agencia Federal de Empleo',
	partners_it: 'Agenzia federale per il lavoro',
	partners_nl: 'Federaal Agentschap voor Arbeid',
	partners_pl: 'Federalna Agencja Pracy'
};

const failing: Record<RowCheckName, [Partial<ReturnType<typeof validRow>>, string]> = {
	requiredFields: [{ name: '' }, 'name: is required (got "")'],
	idIsSlug: [
		{ id: 'France Central' },
		'id: must be lower-case letters, digits and hyphens (got "France Central")'
	],
	knownType: [
		{ type: 'Datacenter' },
		'type: must be one of datacenter, security, training, startup (got "Datacenter")'
	],
	knownStatus: [
		{ status: 'open' },
		'status: must be one of operational, restricted, announced (got "open")'
	],
	knownPrecision: [
		{ precision: 'street' },
		'precision: must be one of site, city, country, europe (got "street")'
	],
	knownConfidence: [{ confidence: 'H' }, 'confidence: must be one of high, medium, low (got "H")'],
	knownCountry: [
		{ country: 'FRA' },
		'country: must be an upper-case ISO 3166-1 alpha-2 code (got "FRA")'
	],
	coordinatesMatchPrecision: [
		{ precision: 'europe', country: '', place_note: '' },
		'lat: must be empty for precision europe: it has no point on the map (got "48.8566")'
	],
	coordinatesAreNumbers: [{ lon: '2,35' }, 'lon: must be a decimal number (got "2,35")'],
	coordinatesInEurope: [
		{ lat: '2.3522', lon: '48.8566' },
		'lat: lat/lon must lie in Europe (lon -32 to 45, lat 27 to 72); are they swapped? (got "2.3522, 48.8566")'
	],
	pointInCountry: [
		{ country: 'DE' },
		'lat: lat/lon lies 298 km outside Germany (DE); at most 25 km allowed (got "48.8566, 2.3522")'
	],
	siteHasLocationSource: [
		{ precision: 'site' },
		'location_source: is required for precision site: a source that gives the facility\'s own location (a city centre is precision city) (got "")'
	],
	httpLocationSources: [
		{ precision: 'site', location_source: 'https://example.org/plan www.example.org/parcel' },
		'location_source: must be an http(s) URL (got "www.example.org/parcel")'
	],
	placeNoteMatchesPrecision: [
		{ place_note: '' },
		'place_note: is required for precision city: say why the point is approximate (got "")'
	],
	wellFormedDates: [
		{ announced: '2024-13' },
		'announced: must be a date YYYY, YYYY-MM or YYYY-MM-DD (got "2024-13")'
	],
	openedNotBeforeAnnounced: [
		{ announced: '2019-03', opened: '2018' },
		'opened: is before announced (2019-03) (got "2018")'
	],
	deadlineNotBeforeAnnounced: [
		{ type: 'training', announced: '2024-05-13', opened: '2024-06', deadline: '2023-12' },
		'deadline: is before announced (2024-05-13) (got "2023-12")'
	],
	operationalHasOpened: [
		{ opened: '' },
		'opened: is required for status operational (a date, or "unknown" if none is published) (got "")'
	],
	targetOnlyOnTraining: [
		{ target_people: '1000' },
		'target_people: is only for type training (got "1000")'
	],
	httpSources: [
		{ sources: 'ftp://example.org/file' },
		'sources: must be an http(s) URL (got "ftp://example.org/file")'
	],
	noDuplicateSources: [
		{ sources: 'https://example.org/a https://example.org/a' },
		'sources: lists the same URL twice (got "https://example.org/a")'
	],
	nonEmptySummary: [{ summary_en: 'TBD' }, 'summary_en: must be a sentence (got "TBD")'],
	lowConfidenceHasReason: [
		{ confidence: 'low' },
		'confidence_note: must say why a low-confidence fact is unconfirmed (got "")'
	],
	everySummary: [
		{ summary_nl: ' ' },
		'summary_nl: is required: the summary in every language of the site (got "")'
	],
	sameFigures: [
		{
			summary_en: 'Announced on 3 October 2016, with 1,200,000 people and €3.2 billion.',
			summary_de: 'Angekündigt am 3. Oktober 2016, mit 1.200.000 Menschen und 3,2 Milliarden Euro.',
			summary_es:
				'Anunciada el 3 de octubre de 2016, con 1.200.000 personas y 3.200 millones de euros.',
			summary_it:
				'Annunciata il 3 ottobre 2016, con 1,2 milioni di persone e 3,2 miliardi di euro.',
			summary_nl: 'Aangekondigd op 3 oktober 2016, met 1.200.000 mensen en 3,2 miljard euro.',
			summary_pl: 'Ogłoszona 3 października 2016 r., z 1\u00a0200\u00a0000 osób i 3,2 mld euro.',
			// 1.2 million people written as 1,200 (thousand) and the year lost: two figures wrong.
			summary_fr: 'Annoncée le 3 octobre, avec 1 200 personnes et 3,2 milliards d’euros.'
		},
		`summary_fr: must state the English summary's figures: it lacks 2016, 1200000 and adds 1200 (got "Annoncée le 3 octobre, avec 1 200 personnes et 3,2 milliards d’euros.")`
	],
	frenchSpacing: [
		{ summary_fr: 'Une région ouverte; disponible partout.' },
		'summary_fr: needs a no-break space before « ; » (got "Une région ouverte; disponible partout.")'
	],
	everyName: [
		{ name: 'Skills pledge: France', ...NAMES_FR_PLEDGE, name_pl: '' },
		'name_pl: is required: the name is translated in fr, de, es, nl, it, so in every language of the site (got "")'
	],
	nameFigures: [
		{
			name: 'AI training for 170,000 Madrid employees',
			name_fr: 'Formation à l’IA pour 170\u202f000 employés de Madrid',
			// 170,000 read as 17,000: the figure is wrong.
			name_de: 'KI-Schulung für 17.000 Beschäftigte in Madrid',
			name_es: 'Formación en IA para 170.000 empleados de Madrid',
			name_it: 'Formazione sull’IA per 170.000 dipendenti di Madrid',
			name_nl: 'AI-training voor 170.000 medewerkers in Madrid',
			name_pl: 'Szkolenia z AI dla 170\u00a0000 pracowników Madrytu'
		},
		'name_de: must state the English name\'s figures: it lacks 170000 and adds 17000 (got "KI-Schulung für 17.000 Beschäftigte in Madrid")'
	],
	nameFrenchSpacing: [
		{
			name: 'Skills pledge: France',
			...NAMES_FR_PLEDGE,
			name_fr: 'Engagement de formation: France'
		},
		'name_fr: needs a no-break space before « : » (got "Engagement de formation: France")'
	],
	everyPartnerList: [
		{ partners: 'Federal Employment Agency', ...PARTNERS_FEA, partners_es: '' },
		'partners_es: is required: the partners are translated in fr, de, nl, it, pl, so in every language of the site (got "")'
	],
	samePartners: [
		{
			partners: 'Federal Employment Agency; Schaeffler',
			partners_fr: 'Agence fédérale pour l’emploi; Schaeffler',
			// One partner lost: the list no longer matches the English one item for item.
			partners_de: 'Bundesagentur für Arbeit',
			partners_es: 'Agencia Federal de Empleo; Schaeffler',
			partners_it: 'Agenzia federale per il lavoro; Schaeffler',
			partners_nl: 'Federaal Agentschap voor Arbeid; Schaeffler',
			partners_pl: 'Federalna Agencja Pracy; Schaeffler'
		},
		'partners_de: must list the same partners as partners, one for one: it has 1 where partners has 2 (got "Bundesagentur für Arbeit")'
	],
	partnersFrenchSpacing: [
		{
			partners: 'Europol (European Cybercrime Centre: EC3)',
			partners_fr: 'Europol (Centre européen de lutte contre la cybercriminalité: EC3)',
			partners_de: 'Europol (Europäisches Zentrum zur Bekämpfung der Cyberkriminalität: EC3)',
			partners_es: 'Europol (Centro Europeo de Ciberdelincuencia: EC3)',
			partners_it: 'Europol (Centro europeo per la lotta alla criminalità informatica: EC3)',
			partners_nl: 'Europol (Europees Centrum voor de bestrijding van cybercriminaliteit: EC3)',
			partners_pl: 'Europol (Europejskie Centrum ds. Walki z Cyberprzestępczością: EC3)'
		},
		'partners_fr: needs a no-break space before « : » (got "Europol (Centre européen de lutte contre la cybercriminalité: EC3)")'
	],
	noLineBreaks: [
		{ summary_fr: 'Une\nrégion' },
		'summary_fr: must fit on one line (got "Une région")'
	]
};

describe('named row checks', () => {
	it('has a failing fixture for every check', () => {
		expect(Object.keys(failing).sort()).toEqual(Object.keys(rowChecks).sort());
	});

	for (const [name, [overrides, message]] of Object.entries(failing)) {
		it(`${name} rejects with file:line: field`, () => {
			expect(problemsOf(validRow({ id: 'second-row', ...overrides }))).toEqual([
				`geo/data/commitments.csv:3: ${message}`
			]);
		});
	}

	it('accepts "unknown" as the opening date of something known to be open', () => {
		expect(problemsOf(validRow({ id: 'second-row', opened: 'unknown' }))).toEqual([]);
	});

	it('accepts a coastal point just outside the 1:50m outline (within 25 km)', () => {
		// Sines, Portugal, on the Atlantic coast. Paris to Germany's nearest border is about 300 km.
		expect(
			problemsOf(validRow({ id: 'second-row', country: 'PT', lat: '37.95', lon: '-8.87' }))
		).toEqual([]);
	});

	it('requires coordinates for a point and a country outside Europe-wide rows', () => {
		expect(problemsOf(validRow({ id: 'second-row', lat: '', lon: '' }))).toEqual([
			'geo/data/commitments.csv:3: lat: is required for precision city (got "")',
			'geo/data/commitments.csv:3: lon: is required for precision city (got "")'
		]);
		expect(
			problemsOf(
				validRow({
					id: 'second-row',
					precision: 'country',
					lat: '',
					lon: '',
					country: '',
					place_note: ''
				})
			)
		).toEqual(['geo/data/commitments.csv:3: country: is required (got "")']);
	});
});

describe('the place columns', () => {
	const site = {
		id: 'second-row',
		precision: 'site',
		location_source: 'https://example.org/planning-application',
		place_note: ''
	};

	it('accepts a site with a location source, with or without a place note', () => {
		expect(problemsOf(validRow(site))).toEqual([]);
		expect(
			problemsOf(validRow({ ...site, place_note: 'The parcel straddles two towns.' }))
		).toEqual([]);
	});

	it('allows a location source only for precision site', () => {
		expect(problemsOf(validRow({ ...site, precision: 'city', place_note: 'Centre.' }))).toEqual([
			'geo/data/commitments.csv:3: location_source: must be empty for precision city: it is only for a facility\'s own location (site) (got "https://example.org/planning-application")'
		]);
	});

	it('refuses a place note on a row with no point', () => {
		expect(
			problemsOf(validRow({ id: 'second-row', precision: 'europe', country: '', lat: '', lon: '' }))
		).toEqual([
			'geo/data/commitments.csv:3: place_note: must be empty for precision europe: it has no point on the map (got "Point is the centre of Paris; the region’s sites are not published.")'
		]);
	});
});

/** One failing file per check across rows, and the messages it must produce. */
const failingFiles: Record<FileCheckName, [ReturnType<typeof validRow>[], string[]]> = {
	uniqueIds: [
		[validRow({ id: 'a' }), validRow({ id: 'a' })],
		['geo/data/commitments.csv:3: id: is already used on line 2 (got "a")']
	],
	partOfExists: [
		[validRow({ id: 'a', part_of: 'a' }), validRow({ id: 'b', part_of: 'nowhere' })],
		[
			'geo/data/commitments.csv:2: part_of: must name another commitment, not itself (got "a")',
			'geo/data/commitments.csv:3: part_of: must be the id of a commitment in this file (got "nowhere")'
		]
	],
	partOfNoCycle: [
		[
			validRow({ id: 'a', part_of: 'b' }),
			validRow({ id: 'b', part_of: 'c' }),
			validRow({ id: 'c', part_of: 'a' }),
			validRow({ id: 'd', part_of: 'a' })
		],
		[
			'geo/data/commitments.csv:2: part_of: makes a cycle: a → b → c → a (got "b")',
			'geo/data/commitments.csv:3: part_of: makes a cycle: b → c → a → b (got "c")',
			'geo/data/commitments.csv:4: part_of: makes a cycle: c → a → b → c (got "a")'
		]
	]
};

describe('named checks across rows', () => {
	it('has a failing file for every check', () => {
		expect(Object.keys(failingFiles).sort()).toEqual(Object.keys(fileChecks).sort());
	});

	for (const [name, [rows, messages]] of Object.entries(failingFiles)) {
		it(`${name} rejects with file:line: field`, () => {
			expect(parseCommitments(csvOf(rows), FILE, countries).problems.map(formatProblem)).toEqual(
				messages
			);
		});
	}

	it('accepts a part within a broader commitment, and a chain of them', () => {
		const rows = [
			validRow({ id: 'skills-it' }),
			validRow({ id: 'skills-it-elevate', part_of: 'skills-it' }),
			validRow({ id: 'skills-it-elevate-rome', part_of: 'skills-it-elevate' })
		];
		const { commitments, problems } = parseCommitments(csvOf(rows), FILE, countries);
		expect(problems).toEqual([]);
		expect(commitments.map((c) => c.partOf)).toEqual([null, 'skills-it', 'skills-it-elevate']);
	});
});
