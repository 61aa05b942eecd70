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
	aboutPage: {
		title: 'Quellen und Methodik',
		intro:
			'Diese Karte versammelt, was Microsoft für Europa angekündigt hat (Cloud-Regionen, Sicherheitsprogramme, Qualifizierungszusagen, Zentren für Start-ups und Forschung), und zeigt für jede Angabe, wer sie macht, woher sie stammt und wie sicher wir uns sind.',
		lastUpdate: (date: string) => `Fakten zuletzt geprüft am ${date}.`,
		inNumbers: 'Der Datensatz in Zahlen',
		total: (n: string) => `${n} ${isOne(n, 'de') ? 'Zusage' : 'Zusagen'}`,
		byConfidence: 'Nach Verlässlichkeit',
		byType: 'Nach Typ',
		words: 'Was die Begriffe bedeuten',
		typesHeading: 'Typen',
		typeHelp: {
			datacenter:
				'Azure-Cloud-Regionen, Rechenzentrumsstandorte und -investitionen, Angebote für eine souveräne Cloud.',
			security:
				'Zentren und Programme für Sicherheit, Transparenz und die Reaktion auf Sicherheitsvorfälle; Datenschutzzusagen wie die EU Data Boundary; Absicherung von KI.',
			training:
				'Zusagen, Menschen in digitalen Kompetenzen, KI und Cybersicherheit zu schulen, sowie die beteiligten Partner.',
			startup:
				'Forschungslabore, Start-up-Programme und Acceleratoren; Zusagen zur Wettbewerbsfähigkeit.'
		},
		statusesHeading: 'Status',
		precisionHeading: 'Genauigkeit: wo eine Zusage eingezeichnet wird',
		precisionHelp: {
			site: 'Der eigene Standort der Anlage, belegt durch eine eigens dafür genannte Quelle (ein Bauantrag, ein Grundstückskauf, eine offizielle Adresse): ihre „Quelle zum Standort“.',
			city: 'Der Mittelpunkt der in den Quellen genannten Stadt oder Region; der genaue Standort ist nicht veröffentlicht. Als ungefährer Ort gekennzeichnet.',
			country:
				'Eine Zusage für ein ganzes Land. Sie steht in der Liste und hebt das Land hervor; sie wird nie als Punkt in der Hauptstadt eingezeichnet.',
			europe: 'Eine Zusage für ganz Europa, ohne Ort. Sie steht in der Liste unter „Europaweit“.'
		},
		confidenceHeading: 'Verlässlichkeit',
		doubtsHeading: 'Zwei verschiedene Zweifel',
		doubtsIntro:
			'Ob es eine Zusage so gibt, wie sie behauptet wird, und wo genau sie liegt, sind zwei verschiedene Fragen. Sie werden nie vermischt:',
		unconfirmedHelp:
			'Ein Zweifel an der Behauptung selbst: Keine Quelle belegt, dass es die Zusage so gibt, wie sie behauptet wird. In den Downloads ist ihre Verlässlichkeit (confidence) „low“, und confidence_note sagt, warum.',
		approximatePlaceHelp:
			'Ein Zweifel nur am Ort: Die Zusage ist belegt, aber ihr Punkt ist der Mittelpunkt einer Stadt oder Region (Genauigkeit „city“) oder ein Standort mit einem Vorbehalt. place_note sagt, warum. Eine Rechenzentrumsregion, deren genauer Standort nicht veröffentlicht ist, hat einen ungefähren Ort; unbestätigt ist sie deshalb nicht.',
		historyHeading: 'Verlauf: was wann geschah',
		historyText: [
			'Jede Zusage hat einen datierten Verlauf: ihre Ankündigung, dann was folgte. Jedes Ereignis hat eine eigene Quelle, und sein Datum ist nur so genau wie diese Quelle (ein Jahr, ein Monat oder ein Tag). Ist die ursprüngliche Ankündigung in keiner Quelle datiert, gilt der früheste datierte Bericht, und seine Anmerkung sagt das.',
			'Status, Ankündigungs- und Eröffnungsdatum einer Zusage werden mit ihrem Verlauf abgeglichen: Der Status ist der nach ihrem letzten Ereignis, das Ankündigungsdatum das ihres Ereignisses „Angekündigt“, das Eröffnungsdatum das ihres Ereignisses „Eröffnet“.'
		],
		eventsHeading: 'Was die Ereignisse bedeuten',
		eventHelp: {
			announced: 'Erstmals öffentlich gemacht.',
			restated: 'Erneut angekündigt, inhaltlich unverändert.',
			construction: 'Baubeginn oder erteilte Genehmigungen.',
			opened: 'Eröffnet, gestartet oder allgemein verfügbar.',
			delayed: 'Ein Termin wurde verschoben.',
			'target-changed': 'Eine Zahl oder eine Frist hat sich geändert.',
			progress:
				'Eine gemeldete Zahl oder ein Meilenstein, etwa die Zahl der bisher geschulten Menschen.',
			withdrawn: 'Aufgegeben oder abgesagt.'
		},
		overlapHeading: 'Sich überschneidende Zusagen',
		overlapText:
			'Manche Zusagen überschneiden sich: das Programm eines Partners innerhalb der Zusage eines Landes, oder zwei Quellen mit unterschiedlichen Zahlen für dieselbe Zusage. Sie stehen nebeneinander, jede mit ihrer Quelle, und werden nie addiert. Ein Teil nennt die Zusage, deren Zahl ihn bereits enthält, und keine Summe und kein Diagramm zählt beide zusammen.',
		method: 'Wie die Fakten gesammelt und geprüft wurden',
		methodText: [
			'Ausgangspunkt war ein französischer Artikel, „Microsoft renforce ses engagements numériques en Europe“. Jede seiner Aussagen haben wir mit Microsofts eigenen Seiten (Pressemitteilungen, Blogs, Liste der Azure-Regionen) und mit unabhängigen Berichten abgeglichen.',
			'Jede Zusage nennt mindestens eine Quelle, die Leserinnen und Leser öffnen können. Es wird nichts ergänzt, was nicht in einer Quelle steht: Kein Partner, keine Stadt, keine Zahl und kein Datum wird erraten. Ist ein Ort nicht veröffentlicht, wird die Zusage mit der Genauigkeit erfasst, die veröffentlicht ist (ein Land oder Europa als Ganzes).',
			'Eine verstrichene Frist ohne gemeldetes Ergebnis erscheint als „Frist verstrichen; kein Ergebnis gemeldet“, nie als erfüllt.',
			'Pro-Kopf-Werte beruhen auf einer einzigen Bevölkerungstabelle: der Gesamtbevölkerung laut Weltbank (SP.POP.TOTL) für ein Referenzjahr. Der Wert für Zypern schließt den Norden ein.'
		],
		differences: 'Wo Artikel und Quellen voneinander abweichen',
		differencesList: [
			'Das im Artikel genannte Ziel, bis 2027 in Europa 2,5 Millionen Menschen zu schulen, fand sich in keiner Quelle; belegt sind nur die Zusagen für einzelne Länder. Es wird als unbestätigte Angabe des Artikels gezeigt.',
			'Der Artikel kündigt „neue Zentren für die Reaktion auf Sicherheitsvorfälle“ in Europa an. Keine Quelle nennt ein solches Zentrum oder eine Stadt; die nächstliegende tatsächliche Ankündigung ist das European Security Program (Berlin, 4. Juni 2025). Als unbestätigt gezeigt, ohne Ort.',
			'Das „AI Assurance Program“, das der Artikel als neu darstellt, wurde am 8. Juni 2023 als eines von drei weltweiten AI Customer Commitments angekündigt.',
			'Die Zusage, personenbezogene Daten von Europäerinnen und Europäern nicht aus Europa hinauszubringen, entspricht der EU Data Boundary, die im Februar 2025 fertiggestellt wurde.',
			'Dem Artikel liegen die fünf „europäischen digitalen Zusagen“ zugrunde, die Brad Smith am 30. April 2025 in Brüssel verkündet hat.',
			'Wo Quellen voneinander abweichen (Qualifizierungsziel Österreichs: 300.000 oder 200.000 Menschen), zeigen die Details beide Angaben.'
		],
		data: 'Die Daten',
		dataText:
			'Laden Sie alle Zusagen mit ihren Quellen und ihrer Verlässlichkeit als Tabelle (CSV, UTF-8) oder für Kartenwerkzeuge (GeoJSON) herunter. Zusagen ohne Punkt haben eine leere Geometrie.',
		csv: 'Zusagen als CSV',
		geojson: 'Zusagen als GeoJSON',
		historyCsv: 'Verlauf jeder Zusage als CSV (datierte Ereignisse und ihre Quellen)',
		licence: (licence: string) => `Der Datensatz steht unter der Lizenz ${licence}.`,
		basemap:
			'Die Grundkarte beruht auf Natural Earth (gemeinfrei) und ist in die Website eingebaut: Es werden weder Kartenkacheln noch Schriften von Dritten geladen.',
		corrections: 'Korrektur melden',
		correctionsText:
			'Einen Fehler gefunden oder eine neuere Quelle? Eröffnen Sie im Repository des Projekts ein Issue mit dem Namen der Zusage und dem Link zu einer Quelle, oder bearbeiten Sie geo/data/commitments.csv (eine Zeile je Zusage, beschrieben in geo/README.md) und schlagen Sie die Änderung vor. Jede Änderung braucht eine Quelle.'
	},
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
	commitmentPage: {
		breadcrumbs: 'Wo diese Seite liegt',
		showOnMap: 'Auf der interaktiven Karte zeigen',
		mapLabel: (place: string) => `Karte mit dem Ort der Zusage: ${place}`,
		europeWideMap: 'Europaweit: Die Zusage hat keinen einzelnen Ort auf der Karte.',
		notFoundTitle: 'Seite nicht gefunden',
		notFoundText:
			'Unter dieser Adresse gibt es keine Seite: Vielleicht wurde sie falsch eingegeben, oder die Seite ist umgezogen.',
		notFoundHome: 'Zur Karte aller Zusagen',
		noscript:
			'JavaScript ist ausgeschaltet: Die Karte zeigt alle Zusagen; Filter, geteilte Ansichten und der Einbettungscode brauchen JavaScript. Jedes Land auf der Karte und jede Zusage in der Liste führt zu einer eigenen Seite.'
	},
	promises: {
		nav: 'Versprechen',
		changesNav: 'Änderungen',
		title: 'Versprechen im Blick',
		intro:
			'Jede Zusage mit einem Ziel oder einer Frist: was versprochen wurde, von wem, bis wann, und was die Quellen seither berichten.',
		asOf: (date: string) => `Ergebnisse zum ${date}, aus der datierten Geschichte jeder Zusage.`,
		cardCount: (n: string) => `Versprechen mit Ziel oder Frist: ${n}`,
		howDecided: 'Wie ein Ergebnis bestimmt wird',
		outcomes: {
			met: 'Erfüllt',
			progress: 'Fortschritt gemeldet',
			pending: 'Noch kein Ergebnis',
			delayed: 'Verzögert',
			'deadline-passed': 'Frist verstrichen; kein Ergebnis gemeldet',
			withdrawn: 'Zurückgezogen'
		},
		outcomeHelp: {
			met: 'Eine Quelle meldet eine Zahl, die das Ziel erreicht oder übertrifft. Ein Versprechen ohne Zielzahl wird nie als erfüllt markiert: Der Datensatz hat kein Maß dafür.',
			progress:
				'Eine Quelle meldet Fortschritt: bei einem Ziel die Zahl der bisher erreichten Menschen; ohne Ziel einen Meilenstein (Bau, Eröffnung) vor der Frist oder eine gemeldete Zahl danach.',
			pending: 'Die Frist liegt in der Zukunft oder es gibt keine, und noch ist nichts gemeldet.',
			delayed: 'Eine Quelle meldet einen verschobenen Termin, und seither wurde nichts gemeldet.',
			'deadline-passed':
				'Die Frist ist verstrichen, und keine Quelle meldet ein Ergebnis. Das sagt nicht, ob das Versprechen gehalten wurde, nur dass niemand darüber berichtet hat.',
			withdrawn: 'Eine Quelle meldet, dass das Versprechen aufgegeben oder abgesagt wurde.'
		},
		methodText: [
			'Ein Versprechen ist eine Zusage mit einer Zielzahl oder einer Frist. Sein Ergebnis wird allein aus seiner datierten, belegten Geschichte bestimmt, nach der ersten zutreffenden Regel in der folgenden Reihenfolge; das Ereignis, auf dem es beruht, wird als Beleg gezeigt, mit Datum und Quellen.',
			'Eine Frist ist so genau wie ihre Quelle: „2025“ verstreicht mit dem Ende des 31. Dezember 2025, „2025-06“ mit dem Ende des 30. Juni 2025. Eine Frist von heute ist nicht verstrichen. Ein auf einen Monat oder ein Jahr datiertes Ereignis zählt ab dessen erstem Tag.'
		],
		filters: 'Filtern und sortieren',
		country: 'Land',
		outcome: 'Ergebnis',
		sort: 'Sortieren nach',
		all: 'Alle',
		sorts: { deadline: 'Frist, nächste zuerst', outcome: 'Ergebnis', country: 'Land' },
		showing: (shown: string, total: string) => `${shown} von ${total} Versprechen`,
		showAll: 'Alle Versprechen zeigen',
		empty: 'Kein Versprechen passt zu diesen Filtern.',
		listHeading: 'Die Versprechen',
		promisedBy: 'Versprochen von',
		byWhen: 'Bis wann',
		noDeadline: 'Keine Frist',
		figure: 'Ziel',
		evidence: 'Beleg',
		noEvidence: 'Kein datiertes Ereignis',
		summaryHeading: 'Die Ergebnisse auf einen Blick',
		chartByType: 'Versprechen nach Art und Ergebnis',
		chartByCountry: 'Versprechen nach Land und Ergebnis',
		chartUnits: 'Anzahl der Versprechen',
		chartDescription: (summary: string) => `Gestapelte Balken, einer je Zeile: ${summary}.`,
		chartSource: (date: string) =>
			`Quelle: Europe Commitments Map, commitments.csv und history.csv; Ergebnisse zum ${date}.`,
		changes: {
			title: 'Was sich geändert hat',
			intro:
				'Jedes datierte Ereignis des Datensatzes, das neueste zuerst: Ankündigungen, Eröffnungen, Fortschrittsmeldungen, Verzögerungen und geänderte Ziele, jedes mit seiner Quelle.',
			feed: 'Änderungen verfolgen: Atom-Feed',
			feedNote:
				'Fügen Sie die Adresse des Feeds in einen Feedreader ein; seine Titel sind englisch.',
			count: (n: string) => `${n} Ereignisse`
		}
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
	}
};
