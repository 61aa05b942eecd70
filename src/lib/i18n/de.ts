import type { Messages } from './en';
import { isOne } from './plural';

/** “in Polen”, but “in der Schweiz”, “in den Niederlanden”, “im Vereinigten Königreich”. */
const IN_COUNTRY: Record<string, string> = {
	Schweiz: 'in der Schweiz',
	Slowakei: 'in der Slowakei',
	Türkei: 'in der Türkei',
	Ukraine: 'in der Ukraine',
	'Republik Moldau': 'in der Republik Moldau',
	'Tschechische Republik': 'in der Tschechischen Republik',
	Vatikanstadt: 'in der Vatikanstadt',
	Niederlande: 'in den Niederlanden',
	'Vereinigtes Königreich': 'im Vereinigten Königreich',
	Kosovo: 'im Kosovo'
};
const inCountry = (country: string): string => IN_COUNTRY[country] ?? `in ${country}`;

/** “bis 2027”, “bis Dezember 2025”, “bis zum 31. Dezember 2025”. */
const by = (date: string): string => (/^\d{1,2}\./.test(date) ? `bis zum ${date}` : `bis ${date}`);

/** The interface in German. */
export const de: Messages = {
	siteTitle: 'Microsofts Zusagen in Europa',
	siteNavigation: 'Website',
	language: 'Sprache',
	map: 'Karte',
	siteTagline:
		'Cloud-Regionen, Sicherheitsprogramme, Qualifizierungszusagen und Forschungszentren: wo sie liegen, was versprochen wurde und wie sicher wir uns sind.',
	skipToList: 'Karte überspringen, zur Liste',
	mapLabel: 'Karte der Zusagen von Microsoft in Europa',
	mapInstructions:
		'Ziehen oder mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Jede Zusage auf der Karte steht auch in der Liste.',
	mapLoading: 'Interaktive Karte wird geladen …',
	mapFallback: 'Vereinfachte Karte: Dieser Browser kann die interaktive Karte nicht darstellen.',
	zoomIn: 'Vergrößern',
	zoomOut: 'Verkleinern',
	resetView: 'Ganz Europa zeigen',
	pan: {
		up: 'Nach Norden verschieben',
		down: 'Nach Süden verschieben',
		left: 'Nach Westen verschieben',
		right: 'Nach Osten verschieben'
	},
	attribution: 'Grundkarte: Natural Earth',
	filters: 'Filter',
	typeLegend: 'Typ',
	statusLegend: 'Status',
	showAll: 'Alle zeigen',
	types: {
		datacenter: 'Cloud und Rechenzentren',
		security: 'Sicherheit und Vertrauen',
		training: 'Kompetenzen und Weiterbildung',
		startup: 'Start-ups und Forschung'
	},
	statuses: {
		operational: 'In Betrieb',
		restricted: 'Eingeschränkter Zugang',
		announced: 'Angekündigt'
	},
	statusHelp: {
		operational: 'Eröffnet, in Betrieb oder abgeschlossen',
		restricted: 'In Betrieb, Zugang eingeschränkt',
		announced: 'Angekündigt, noch nicht eröffnet oder erfüllt'
	},
	confidence: {
		high: 'Hohe Verlässlichkeit',
		medium: 'Mittlere Verlässlichkeit',
		low: 'Unbestätigt'
	},
	confidenceHelp: {
		high: 'Eine offizielle Seite oder mehrere unabhängige Berichte, die übereinstimmen.',
		medium: 'Eine einzige Sekundärquelle.',
		low: 'Keine Quelle belegt die Zusage so, wie sie behauptet wird: Die Behauptung selbst ist zweifelhaft.'
	},
	approximatePlace: 'Ungefährer Ort',
	approximatePlaceHelp:
		'Die Zusage ist belegt; nur ihr Ort auf der Karte ist ungefähr oder unsicher.',
	precision: {
		site: 'Genauer Standort',
		city: 'Stadt',
		country: 'Landesweit',
		europe: 'Europaweit'
	},
	listHeading: 'Zusagen',
	showing: (shown: string, total: string) =>
		`${shown} von ${total} ${isOne(total, 'de') ? 'Zusage' : 'Zusagen'} angezeigt`,
	listBreakdown: (n: number, shown: string) =>
		isOne(n, 'de')
			? 'Sie ist auf der Karte'
			: n === 2
				? 'Beide sind auf der Karte'
				: `Alle ${shown} sind auf der Karte`,
	emptyList: 'Keine Zusage entspricht diesen Filtern.',
	showAllInGroup: (count: string) => `Alle ${count} anzeigen`,
	europeWide: 'Europaweit',
	europeWideNote: 'Zusagen ohne Ort auf der Karte.',
	countryWide: 'Landesweit',
	details: 'Details',
	close: 'Schließen',
	closeDetails: 'Details schließen',
	hereAre: (n: string) => `${n} ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'} an diesem Ort`,
	filtered: {
		reset: 'Filter zurücksetzen',
		/** The map's key and the ranking, for the commitments metric when filtered. */
		commitments: 'Zusagen',
		only: (what: string) => `nur ${what}`,
		note: (parts: string) => `Gefiltert: ${parts}`,
		someTypes: (ticked: number, all: number) => `${ticked} von ${all} Typen`,
		someStatuses: (ticked: number, all: number) => `${ticked} von ${all} Status`,
		title: (title: string, note: string) => `${title} (${note})`,
		nearby: (n: string) => `${n} ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'} in der Nähe`,
		europeWide: (n: string) => `${n} europaweite ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'}`,
		europeWideNote: 'Zusagen für ganz Europa: auf der Karte im Kasten „Europaweit“.',
		panelAll: (n: string) => `Europaweite Zusagen: ${n}. Ihre Liste anzeigen`,
		panelType: (type: string, n: string) => `${type}, europaweit: ${n}`,
		panelNone: 'Keine bei diesen Filtern',
		skillsHidden: 'Keine Qualifizierungszusage dieses Landes entspricht den Filtern.'
	},
	fields: {
		locationSource: 'Quelle zum Standort',
		partOf: 'Teil von',
		includes: 'Umfasst',
		type: 'Typ',
		status: 'Status',
		place: 'Ort',
		announced: 'Angekündigt',
		opened: 'Eröffnet',
		deadline: 'Frist',
		target: 'Ziel',
		partners: 'Genannte Partner',
		claimedBy: 'Angegeben von',
		confidence: 'Verlässlichkeit',
		sources: 'Quellen',
		notes: 'Anmerkungen'
	},
	partOfNote: '(ihre Zahl ist dort bereits enthalten; nicht addiert)',
	includesNote: '(deren Zahlen sind in dieser bereits enthalten; nicht addiert)',
	history: {
		heading: 'Verlauf',
		kinds: {
			announced: 'Angekündigt',
			restated: 'Erneut angekündigt',
			construction: 'Bau',
			opened: 'Eröffnet',
			delayed: 'Verzögert',
			'target-changed': 'Ziel geändert',
			progress: 'Zwischenstand',
			withdrawn: 'Zurückgezogen'
		},
		statusAfter: (status: string) => `Status danach: ${status}`,
		people: (n: string) => `${n} ${isOne(n, 'de') ? 'Person' : 'Personen'}`,
		sources: (n: number) => (isOne(n, 'de') ? 'Quelle:' : 'Quellen:')
	},
	openedUnknown: 'Eröffnungsdatum nicht veröffentlicht',
	deadlinePassed: 'Frist verstrichen; kein Ergebnis gemeldet',
	peopleToTrain: (n: string) => `${n} zu schulende ${isOne(n, 'de') ? 'Person' : 'Personen'}`,
	unconfirmed: 'Unbestätigt',
	getData: 'Daten herunterladen',
	footer: 'Unabhängiges Open-Source-Projekt; nicht mit Microsoft verbunden.',
	backToMap: 'Zurück zur Karte',
	embedButton: 'Einbetten',
	embedList: (n: number) =>
		isOne(n, 'de') ? 'Liste der angezeigten Zusage' : `Liste der ${n} angezeigten Zusagen`,
	openFullMap: 'Vollständige Karte öffnen',
	embedDialog: {
		title: 'Diese Karte einbetten',
		intro:
			'Fügen Sie den Code in Ihren Artikel ein. Die Karte wird nur von dieser Website geladen, sendet nichts an Dritte, und die Seite lässt sich weiter scrollen.',
		types: 'Typen',
		status: 'Status',
		country: 'Land',
		wholeEurope: 'Ganz Europa',
		theme: 'Design',
		themes: { auto: 'Einstellung des Lesers', light: 'Hell', dark: 'Dunkel' },
		height: 'Höhe (Pixel)',
		legend: 'Legende anzeigen',
		autoHeight: 'Höhe an den Inhalt anpassen (fügt ein kleines Skript hinzu)',
		preview: 'Vorschau',
		code: 'Einzufügender Code',
		copy: 'Code kopieren',
		copied: 'In die Zwischenablage kopiert',
		copyFailed: 'Kopieren fehlgeschlagen: Code markieren und kopieren',
		close: 'Schließen',
		language: 'Sprache',
		iframeTitle: 'Karte der Zusagen von Microsoft in Europa',
		heightHelp: (min: string, max: string) => `Zwischen ${min} und ${max} Pixeln.`,
		heightError: (min: string, max: string) =>
			`Geben Sie eine ganze Zahl von ${min} bis ${max} Pixeln ein.`,
		showTitle: 'Titel über der Karte anzeigen',
		noCode: 'Kein Code, solange die Höhe ungültig ist.'
	},
	allEurope: 'Ganz Europa',
	chooseCountry: 'Land wählen',
	typeCountry: 'Land eingeben',
	noCountryMatch: 'Kein passendes Land',
	countryCount: (n: number) => (isOne(n, 'de') ? `${n} Land` : `${n} Länder`),
	countryPageTitle: (country: string) => `Microsoft ${inCountry(country)}`,
	countryDescription: (country: string, facts: string) =>
		facts
			? `Microsoft ${inCountry(country)}: ${facts}.`
			: `Microsoft ${inCountry(country)}: keine Zusage verzeichnet.`,
	factSites: (n: string) =>
		`${n} ${isOne(n, 'de') ? 'Rechenzentrumsstandort' : 'Rechenzentrumsstandorte'}`,
	factCommitments: (n: string) => `${n} ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'}`,
	factTarget: (people: string, deadline: string) =>
		deadline
			? `${people} zu schulende Personen ${by(deadline)}`
			: `${people} zu schulende Personen`,
	noCommitments: (country: string) =>
		`In diesem Datensatz ist keine Zusage von Microsoft ${inCountry(country)} verzeichnet. Der Vergleich unten zeigt, wo das Land unter den europäischen Ländern steht.`,
	countryCommitments: (country: string) => `Zusagen ${inCountry(country)}`,
	overview: 'Europa auf einen Blick',
	overviewText: (n: string, countries: string) =>
		`${n} ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'} in ${countries} ${isOne(countries, 'de') ? 'Land' : 'Ländern'} sowie europaweite Zusagen. Klicken Sie auf ein Land in der Karte oder wählen Sie eines aus, um seine Diagramme zu sehen.`,
	colourBy: 'Länder einfärben nach',
	metrics: {
		commitments: 'Zusagen aller Art',
		sites: 'Cloud-Regionen und Rechenzentrumsstandorte',
		trainingPerThousand: 'Zu schulende Personen je 1.000 Einwohner'
	},
	metricUnits: {
		commitments: 'Anzahl der für das Land verzeichneten Zusagen',
		sites: 'Anzahl der Azure-Regionen und Rechenzentrumsstandorte auf der Karte',
		trainingPerThousand:
			'Im Rahmen der Zusagen von Microsoft zu schulende Personen je 1.000 Einwohner'
	},
	none: 'keine',
	othersWithNone: (n: string) =>
		isOne(n, 'de')
			? `${n} weiteres Land: nichts verzeichnet.`
			: `${n} weitere Länder: nichts verzeichnet.`,
	charts: {
		showTable: 'Als Tabelle zeigen',
		hideTable: 'Tabelle ausblenden',
		source: (date: string) =>
			`Quelle: Datensatz Europe Commitments Map, Fakten geprüft am ${date}.`,
		populationSource: (year: string) => `Bevölkerung: Weltbank (SP.POP.TOTL), ${year}.`,
		keyboardHelp: 'Mit den Pfeiltasten lassen sich die einzelnen Werte ablesen.',
		byTypeTitle: 'Zusagen nach Typ und Status',
		byTypeUnits: 'Anzahl der Zusagen',
		byTypeEuropeTitle: 'Zusagen in Europa nach Typ und Status',
		byTypeDescription: (summary: string) => `Gestapelte Balken, einer je Typ. ${summary}`,
		timelineTitle: 'Zeitleiste: Ankündigungen und Eröffnungen',
		timelineUnits: 'Jahr; eine Zeile je Zusage',
		timelineDescription: (n: string) =>
			`${n} ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'} auf der Zeitachse: ein hohles Zeichen bei der Ankündigung, ein ausgefülltes bei der Eröffnung, ein Balken bei der Frist; eine Linie markiert den heutigen Tag.`,
		timelineEmpty: 'Für diese Zusagen ist kein Datum veröffentlicht.',
		undated: (names: string) => `Ohne veröffentlichtes Datum: ${names}.`,
		announced: 'Angekündigt',
		opened: 'Eröffnet',
		deadline: 'Fällig bis',
		today: 'Heute',
		skillsTitle: 'Qualifizierungszusage',
		skillsUnits: 'Zu schulende Personen',
		skillsEmpty: (country: string) =>
			`${inCountry(country).replace(/^i/, 'I')} ist keine Qualifizierungszusage mit einer Personenzahl verzeichnet.`,
		skillsTarget: (people: string, deadline: string) =>
			deadline
				? `${people} zu schulende Personen ${by(deadline)}`
				: `${people} zu schulende Personen`,
		perThousand: (value: string) => `${value} je 1.000 Einwohner`,
		population: (n: string, year: string) => `${n} Einwohner (${year})`,
		shareOfArticle: (share: string, target: string) =>
			`${share} der ${target} Menschen, die Microsoft laut dem Artikel bis 2027 in Europa schulen wird`,
		articleClaim: 'Angabe des Artikels, unbestätigt: keine Quelle gefunden',
		thisCountry: 'Zusage dieses Landes',
		measure: 'Kennzahl',
		value: 'Wert',
		compareTitle: 'Im Vergleich',
		// The caller lowercases the metric's name; German capitalises nouns, so it is looked up again.
		compareDescription: (metric: string, n: string) =>
			`Länder nach „${Object.values(de.metrics).find((name) => name.toLowerCase() === metric) ?? metric}“ geordnet; ${n} ${isOne(n, 'de') ? 'Land hat' : 'Länder haben'} einen Wert über null.`,
		rank: 'Rang',
		country: 'Land',
		commitment: 'Zusage',
		type: 'Typ',
		total: 'Gesamt'
	},
	about: 'Quellen und Methodik',
	marks: {
		key: 'Was die Symbole bedeuten',
		keyButton: 'Legende',
		showKey: 'Zeigen, was die Symbole bedeuten',
		hideKey: 'Legende ausblenden',
		countryWide: 'Landesweit, kein Standort',
		cluster: 'Mehrere Zusagen: zum Anzeigen klicken',
		clusterLabel: (n: number) => `${n} ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'}`
	},
	mapReading: {
		ctrlScrollToZoom: 'Strg + Mausrad zum Zoomen der Karte',
		cmdScrollToZoom: '⌘ + Mausrad zum Zoomen der Karte',
		twoFingersToMove: 'Mit zwei Fingern die Karte bewegen',
		countryHint: 'Klicken für die Zusagen in diesem Land'
	},
	share: {
		countries: (n: string) => `Länder mit Zusagen: ${n}`,
		noCommitments: 'Noch keine Zusage erfasst',
		credit: (date: string) =>
			`Europe Commitments Map · Daten geprüft am ${date} · CC BY 4.0 · Grundkarte: Natural Earth`,
		europe: 'Europa',
		cardAlt: (place: string, figures: string) =>
			`Karte (${place}) mit Microsofts Zusagen. ${figures}`,
		citeHeading: 'Zitieren',
		citeIntro:
			'Zitieren Sie den Datensatz mit dem Datum, an dem seine Fakten geprüft wurden, und einem Link zu dieser Seite.',
		plainText: 'Text',
		copyPlain: 'Zitat kopieren',
		copyBibtex: 'BibTeX kopieren',
		copied: 'Kopiert.',
		copyFailed: 'Markiert: zum Kopieren Strg+C (auf dem Mac ⌘C) drücken.',
		datasetKind: 'Datensatz',
		checked: (date: string) => `Daten geprüft am ${date}`
	},
	download: {
		image: 'Bild herunterladen',
		mapButton: 'Ein Bild der Karte herunterladen',
		mapAs: (format: string) => `Diese Kartenansicht als ${format} herunterladen`,
		chartAs: (title: string, format: string) => `Die Grafik „${title}“ als ${format} herunterladen`,
		svgHelp: 'Vektorgrafik: scharf in jeder Größe, bearbeitbar',
		pngHelp: 'Rasterbild: für Folien und Beiträge',
		making: 'Das Bild wird erstellt …',
		saved: 'Bild gespeichert.',
		failed: 'Dieser Browser konnte das Bild nicht erstellen.',
		source: (date: string) => `Europe Commitments Map, Daten geprüft am ${date}, CC BY 4.0`,
		cluster: 'Mehrere Zusagen nah beieinander'
	},
	dataLang: {
		cityArea: (city: string) => `Raum ${city}`,
		colon: ': ',
		semicolon: '; ',
		reportAt: 'Melden Sie ihn im Repository des Projekts',
		article: 'Der geprüfte Artikel',
		articleUnknown: 'Medium und Erscheinungsdatum sind nicht bekannt.',
		publishedBy: 'Erschienen bei'
	},
	edges: {
		tableScrolls: (caption: string) => `${caption} (breiter als die Spalte: seitlich scrollen)`
	},
	asof: {
		label: 'Karte mit Stand vom',
		today: 'Heute',
		todayLabel: 'Zurück zu den aktuellen Daten',
		play: 'Abspielen, Monat für Monat',
		pause: 'Anhalten',
		current: (date: string) => `heute, ${date}`,
		empty: (date: string, first: string) =>
			`Bis zum ${date} war keine Zusage angekündigt. Die erste in den Daten stammt aus ${first}.`,
		dataAsOf: (date: string) => `Daten mit Stand vom ${date}`,
		changesSince: (n: number, count: string) =>
			`${count} ${n === 1 ? 'Änderung' : 'Änderungen'} seitdem`,
		currentMap: 'Aktuelle Karte ansehen',
		data: 'Daten',
		live: 'Aktuelle Daten',
		liveHelp: 'Die eingebettete Karte zeigt immer die neuesten Daten.',
		keep: 'Daten von heute festhalten',
		keepHelp: (date: string) =>
			`Die eingebettete Karte zeigt die Daten mit Stand vom ${date} und nennt die Zahl der Änderungen seither.`
	},
	lazy: {
		showAll: (n: number, count: string) =>
			isOne(n, 'de') ? `${count} Zusage anzeigen` : `Alle ${count} Zusagen anzeigen`,
		noscript:
			'JavaScript ist ausgeschaltet: Die übrigen Zusagen stehen auf den Seiten ihrer Länder, unten verlinkt.'
	},
	/** The links to the pages beyond the map, and the words every page needs about them. */
	site: {
		promises: 'Versprechen',
		changes: 'Änderungen',
		noscript:
			'JavaScript ist ausgeschaltet: Die Karte zeigt alle Zusagen; Filter, geteilte Ansichten und der Einbettungscode brauchen JavaScript. Jedes Land auf der Karte und jede Zusage in der Liste führt zu einer eigenen Seite.',
		notFoundTitle: 'Seite nicht gefunden',
		notFoundText:
			'Unter dieser Adresse gibt es keine Seite: Vielleicht wurde sie falsch eingegeben, oder die Seite ist umgezogen.',
		notFoundHome: 'Zur Karte aller Zusagen'
	},
	notfound2: {
		countries: 'Die Seite jedes Landes',
		countriesIntro: 'Sie suchen ein Land? Jedes Land der Karte hat eine eigene Seite:'
	}
};
