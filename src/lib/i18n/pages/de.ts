import type { PageMessages } from './en';
import { isOne } from '../plural';

export const de: PageMessages = {
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
	promises: {
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
			'Eine Frist ist so genau wie ihre Quelle: „2025“ verstreicht mit dem Ende des 31. Dezember 2025, „2025-06“ mit dem Ende des 30. Juni 2025. Eine Frist von heute ist nicht verstrichen. Ein auf einen Monat oder ein Jahr datiertes Ereignis zählt erst, wenn dieser Monat oder dieses Jahr vorüber ist (oder ab dem Tag, an dem die Fakten geprüft wurden, falls früher), auf dieser Seite wie auf der Karte zu einem Datum.'
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
	commitmentPage: {
		breadcrumbs: 'Wo diese Seite liegt',
		showOnMap: 'Auf der interaktiven Karte zeigen',
		mapLabel: (place: string) => `Karte mit dem Ort der Zusage: ${place}`,
		europeWideMap: 'Europaweit: Die Zusage hat keinen einzelnen Ort auf der Karte.'
	},
	scale: {
		changesPages: 'Seiten der Ereignisse',
		newer: 'Neuere Ereignisse',
		older: 'Ältere Ereignisse',
		page: (n: string) => `Seite ${n}`,
		titled: (title: string, n: string, total: string) => `${title}, Seite ${n} von ${total}`,
		eventsRange: (first: string, last: string, total: string) =>
			`Ereignisse ${first} bis ${last} von ${total}, die neuesten zuerst`,
		feedNewest: (n: string) => `Der Feed enthält die neuesten ${n}.`,
		promisesPages: 'Seiten der Versprechen',
		previous: 'Vorherige Seite',
		next: 'Nächste Seite',
		promisesRange: (first: string, last: string, total: string) =>
			`Versprechen ${first} bis ${last} von ${total}, die nächste Frist zuerst`,
		loading: 'Alle Versprechen werden zum Filtern geladen …',
		loadFailed:
			'Nicht alle Versprechen konnten geladen werden: Die Filter gelten nur für die dieser Seite.'
	}
};
