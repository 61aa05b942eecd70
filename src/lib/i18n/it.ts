import type { Messages } from './en';
import { isOne } from './plural';

/** Countries that take "a", or an article, instead of a bare "in" (by their Intl name). */
const IN_COUNTRY: Record<string, string> = {
	'Regno Unito': 'nel Regno Unito',
	'Paesi Bassi': 'nei Paesi Bassi',
	'Città del Vaticano': 'nella Città del Vaticano',
	Liechtenstein: 'nel Liechtenstein',
	Monaco: 'nel Principato di Monaco',
	Cipro: 'a Cipro',
	Malta: 'a Malta',
	'San Marino': 'a San Marino'
};

/** "in Italia", "nei Paesi Bassi", "a Malta". */
function inCountry(country: string): string {
	return IN_COUNTRY[country] ?? `in ${country}`;
}

/** "entro il 2027", "entro il 30 aprile 2025", "entro l’8 giugno 2025", "entro dicembre 2025". */
function by(date: string): string {
	const day = /^\d+/.exec(date)?.[0];
	if (day === undefined) return `entro ${date}`;
	return day === '8' || day === '11' ? `entro l’${date}` : `entro il ${date}`;
}

/** The interface in Italian. */
export const it: Messages = {
	siteTitle: 'Gli impegni di Microsoft in Europa',
	siteNavigation: 'Sito',
	language: 'Lingua',
	map: 'Mappa',
	siteTagline:
		'Region cloud, programmi di sicurezza, impegni sulle competenze e poli di ricerca: dove sono, cosa è stato promesso e quanto ne siamo certi.',
	skipToList: 'Salta la mappa, vai all’elenco',
	mapLabel: 'Mappa degli impegni di Microsoft in Europa',
	mapInstructions:
		'Trascina o usa i tasti freccia per spostarti, più e meno per lo zoom. Ogni impegno sulla mappa è anche nell’elenco.',
	mapLoading: 'Caricamento della mappa interattiva…',
	mapFallback: 'Mappa semplificata: questo browser non riesce a visualizzare quella interattiva.',
	zoomIn: 'Ingrandisci',
	zoomOut: 'Riduci',
	resetView: 'Mostra tutta l’Europa',
	pan: {
		up: 'Sposta verso nord',
		down: 'Sposta verso sud',
		left: 'Sposta verso ovest',
		right: 'Sposta verso est'
	},
	attribution: 'Mappa di base: Natural Earth',
	filters: 'Filtri',
	typeLegend: 'Tipo',
	statusLegend: 'Stato',
	showAll: 'Mostra tutto',
	types: {
		datacenter: 'Cloud e data center',
		security: 'Sicurezza e fiducia',
		training: 'Competenze e formazione',
		startup: 'Start-up e ricerca'
	},
	statuses: {
		operational: 'Operativo',
		restricted: 'Accesso limitato',
		announced: 'Annunciato'
	},
	statusHelp: {
		operational: 'Aperto, in funzione o completato',
		restricted: 'In funzione, accesso limitato',
		announced: 'Annunciato, non ancora aperto o realizzato'
	},
	confidence: { high: 'Affidabilità alta', medium: 'Affidabilità media', low: 'Non confermato' },
	confidenceHelp: {
		high: 'Una pagina ufficiale, o più resoconti indipendenti concordanti.',
		medium: 'Una sola fonte secondaria.',
		low: 'Nessuna fonte conferma l’impegno così come è dichiarato: in dubbio è l’affermazione stessa.'
	},
	approximatePlace: 'Luogo approssimativo',
	approximatePlaceHelp:
		'L’impegno ha una fonte; solo il suo luogo sulla mappa è approssimativo o incerto.',
	precision: {
		site: 'Sito esatto',
		city: 'Città',
		country: 'Su scala nazionale',
		europe: 'Su scala europea'
	},
	listHeading: 'Impegni',
	showing: (shown: string, total: string) => `Impegni mostrati: ${shown} su ${total}`,
	listBreakdown: (n: number, shown: string) =>
		isOne(n, 'it')
			? 'È sulla mappa'
			: n === 2
				? 'Sono entrambi sulla mappa'
				: `Sono tutti e ${shown} sulla mappa`,
	emptyList: 'Nessun impegno corrisponde a questi filtri.',
	showAllInGroup: (count: string) => `Mostra tutti (${count})`,
	europeWide: 'Su scala europea',
	europeWideNote: 'Impegni senza un luogo sulla mappa.',
	countryWide: 'Su scala nazionale',
	details: 'Dettagli',
	close: 'Chiudi',
	closeDetails: 'Chiudi i dettagli',
	hereAre: (n: string) => `${n} impegni in questo luogo`,
	filtered: {
		reset: 'Azzera i filtri',
		/** The map's key and the ranking, for the commitments metric when filtered. */
		commitments: 'Impegni',
		only: (what: string) => `solo ${what}`,
		note: (parts: string) => `Filtrato: ${parts}`,
		someTypes: (ticked: number, all: number) =>
			`${ticked} ${isOne(ticked, 'it') ? 'tipo' : 'tipi'} su ${all}`,
		someStatuses: (ticked: number, all: number) =>
			`${ticked} ${isOne(ticked, 'it') ? 'stato' : 'stati'} su ${all}`,
		title: (title: string, note: string) => `${title} (${note})`,
		nearby: (n: string) => `${n} ${isOne(n, 'it') ? 'impegno' : 'impegni'} nelle vicinanze`,
		europeWide: (n: string) => `${n} ${isOne(n, 'it') ? 'impegno' : 'impegni'} su scala europea`,
		europeWideNote: 'Impegni per tutta l’Europa: sulla mappa, nel riquadro «Su scala europea».',
		panelAll: (n: string) => `Impegni su scala europea: ${n}. Mostra il loro elenco`,
		panelType: (type: string, n: string) => `${type}, su scala europea: ${n}`,
		panelNone: 'Nessuno con questi filtri',
		skillsHidden: 'Nessun impegno di formazione di questo Paese supera i filtri.'
	},
	fields: {
		locationSource: 'Fonte della posizione',
		partOf: 'Parte di',
		includes: 'Comprende',
		type: 'Tipo',
		status: 'Stato',
		place: 'Luogo',
		announced: 'Annunciato',
		opened: 'Aperto',
		deadline: 'Scadenza',
		target: 'Obiettivo',
		partners: 'Partner citati',
		claimedBy: 'Dichiarato da',
		confidence: 'Affidabilità',
		sources: 'Fonti',
		notes: 'Note'
	},
	partOfNote: '(la sua cifra vi è già inclusa; non si somma)',
	includesNote: '(le loro cifre sono già incluse in questa; non si sommano)',
	history: {
		heading: 'Cronologia',
		kinds: {
			announced: 'Annuncio',
			restated: 'Nuovo annuncio',
			construction: 'Lavori',
			opened: 'Apertura',
			delayed: 'Rinvio',
			'target-changed': 'Obiettivo modificato',
			progress: 'Avanzamento comunicato',
			withdrawn: 'Ritiro'
		},
		statusAfter: (status: string) => `Stato successivo: ${status}`,
		people: (n: string) => `${n} ${isOne(n, 'it') ? 'persona' : 'persone'}`,
		sources: (n: number) => (isOne(n, 'it') ? 'Fonte:' : 'Fonti:')
	},
	openedUnknown: 'Data di apertura non pubblicata',
	deadlinePassed: 'Scadenza superata; esito non comunicato',
	peopleToTrain: (n: string) => `${n} persone da formare`,
	unconfirmed: 'Non confermato',
	getData: 'Scarica i dati',
	footer: 'Progetto indipendente e open source; non affiliato a Microsoft.',
	backToMap: 'Torna alla mappa',
	embedButton: 'Incorpora',
	embedList: (n: number) =>
		isOne(n, 'it') ? 'Elenco dell’unico impegno mostrato' : `Elenco dei ${n} impegni mostrati`,
	openFullMap: 'Apri la mappa completa',
	embedDialog: {
		title: 'Incorpora questa mappa',
		intro:
			'Incolla il codice nel tuo articolo. La mappa si carica solo da questo sito, non invia nulla a terzi e lascia scorrere la pagina.',
		types: 'Tipi',
		status: 'Stato',
		country: 'Paese',
		wholeEurope: 'Tutta l’Europa',
		theme: 'Tema',
		themes: { auto: 'Impostazione del lettore', light: 'Chiaro', dark: 'Scuro' },
		height: 'Altezza (pixel)',
		legend: 'Mostra la legenda',
		autoHeight: 'Adatta l’altezza al contenuto (aggiunge un piccolo script)',
		preview: 'Anteprima',
		code: 'Codice da incollare',
		copy: 'Copia il codice',
		copied: 'Copiato negli appunti',
		copyFailed: 'Copia non riuscita: seleziona il codice e copialo',
		close: 'Chiudi',
		language: 'Lingua',
		iframeTitle: 'Mappa degli impegni di Microsoft in Europa',
		heightHelp: (min: string, max: string) => `Tra ${min} e ${max} pixel.`,
		heightError: (min: string, max: string) =>
			`Inserisci un numero intero di pixel, da ${min} a ${max}.`,
		showTitle: 'Mostra il titolo sopra la mappa',
		noCode: 'Nessun codice finché l’altezza non è valida.'
	},
	allEurope: 'Tutta l’Europa',
	chooseCountry: 'Scegli un Paese',
	typeCountry: 'Digita un Paese',
	noCountryMatch: 'Nessun Paese corrispondente',
	countryCount: (n: number) => `${n} ${isOne(n, 'it') ? 'Paese' : 'Paesi'}`,
	countryPageTitle: (country: string) => `Microsoft ${inCountry(country)}`,
	countryDescription: (country: string, facts: string) =>
		facts
			? `Microsoft ${inCountry(country)}: ${facts}.`
			: `Microsoft ${inCountry(country)}: nessun impegno registrato.`,
	factSites: (n: string) =>
		`${n} ${isOne(n, 'it') ? 'sito di data center' : 'siti di data center'}`,
	factCommitments: (n: string) => `${n} ${isOne(n, 'it') ? 'impegno' : 'impegni'}`,
	factTarget: (people: string, deadline: string) =>
		deadline ? `${people} persone da formare ${by(deadline)}` : `${people} persone da formare`,
	noCommitments: (country: string) =>
		`In questo dataset non risulta alcun impegno di Microsoft ${inCountry(country)}. Il confronto qui sotto mostra la posizione del Paese rispetto agli altri Paesi europei.`,
	countryCommitments: (country: string) => `Impegni ${inCountry(country)}`,
	overview: 'L’Europa in sintesi',
	overviewText: (n: string, countries: string) =>
		`${n} impegni in ${countries} Paesi, più gli impegni su scala europea. Fai clic su un Paese sulla mappa, o sceglilo dall’elenco, per vederne i grafici.`,
	colourBy: 'Colora i Paesi per',
	metrics: {
		commitments: 'Impegni di ogni tipo',
		sites: 'Region cloud e siti di data center',
		trainingPerThousand: 'Persone da formare ogni 1000 abitanti'
	},
	metricUnits: {
		commitments: 'Numero di impegni registrati per il Paese',
		sites: 'Numero di region Azure e campus di data center sulla mappa',
		trainingPerThousand: 'Persone da formare secondo gli impegni di Microsoft, ogni 1000 abitanti'
	},
	none: 'nessuno',
	othersWithNone: (n: string) =>
		isOne(n, 'it')
			? 'Un altro Paese: nessuno registrato.'
			: `Altri ${n} Paesi: nessuno registrato.`,
	charts: {
		showTable: 'Mostra come tabella',
		hideTable: 'Nascondi la tabella',
		source: (date: string) =>
			`Fonte: dataset Europe Commitments Map, fatti verificati in data ${date}.`,
		populationSource: (year: string) => `Popolazione: Banca Mondiale (SP.POP.TOTL), ${year}.`,
		keyboardHelp: 'Usa i tasti freccia per leggere ogni valore.',
		byTypeTitle: 'Impegni per tipo e stato',
		byTypeUnits: 'Numero di impegni',
		byTypeEuropeTitle: 'Impegni in Europa per tipo e stato',
		byTypeDescription: (summary: string) => `Barre in pila, una per tipo. ${summary}`,
		timelineTitle: 'Cronologia: annunci e aperture',
		timelineUnits: 'Anno; una riga per impegno',
		timelineDescription: (n: string) =>
			`${n} impegni collocati nel tempo: un segno vuoto all’annuncio, un segno pieno all’apertura, una barra alla scadenza; una linea indica la data di oggi.`,
		timelineEmpty: 'Per questi impegni non è pubblicata alcuna data.',
		undated: (names: string) => `Nessuna data pubblicata: ${names}.`,
		announced: 'Annunciato',
		opened: 'Aperto',
		deadline: 'Scadenza',
		today: 'Oggi',
		skillsTitle: 'Impegno sulle competenze',
		skillsUnits: 'Persone da formare',
		skillsEmpty: (country: string) =>
			`Non risulta ${inCountry(country)} alcun impegno sulle competenze con un numero di persone.`,
		skillsTarget: (people: string, deadline: string) =>
			deadline ? `${people} persone da formare ${by(deadline)}` : `${people} persone da formare`,
		perThousand: (value: string) => `${value} ogni 1000 abitanti`,
		population: (n: string, year: string) => `Popolazione: ${n} (${year})`,
		shareOfArticle: (share: string, target: string) =>
			`${share} delle ${target} persone che, secondo l’articolo, Microsoft formerà in Europa entro il 2027`,
		articleClaim: 'L’affermazione dell’articolo, non confermata: nessuna fonte trovata',
		thisCountry: 'L’impegno per questo Paese',
		measure: 'Misura',
		value: 'Valore',
		compareTitle: 'Il confronto',
		compareDescription: (metric: string, n: string) =>
			`Paesi ordinati per ${metric}; ${isOne(n, 'it') ? 'un solo Paese ha' : `${n} Paesi hanno`} un valore superiore a zero.`,
		rank: 'Posizione',
		country: 'Paese',
		commitment: 'Impegno',
		type: 'Tipo',
		total: 'Totale'
	},
	about: 'Fonti e metodologia',
	aboutPage: {
		title: 'Fonti e metodologia',
		intro:
			'Questa mappa raccoglie ciò che Microsoft ha annunciato per l’Europa (region cloud, programmi di sicurezza, impegni sulle competenze, poli per start-up e ricerca) e mostra, per ogni fatto, chi lo afferma, da dove proviene e quanto ne siamo certi.',
		lastUpdate: (date: string) => `Ultima verifica dei fatti: ${date}.`,
		inNumbers: 'Il dataset in cifre',
		total: (n: string) => `${n} impegni`,
		byConfidence: 'Per affidabilità',
		byType: 'Per tipo',
		words: 'Cosa significano i termini',
		typesHeading: 'Tipi',
		typeHelp: {
			datacenter:
				'Region cloud di Azure, campus e investimenti in data center, offerte di cloud sovrano.',
			security:
				'Centri e programmi per la sicurezza, la trasparenza e la risposta agli incidenti; impegni sulla protezione dei dati come l’EU Data Boundary; garanzie sull’IA.',
			training:
				'Impegni a formare persone nelle competenze digitali, di IA e di cybersicurezza, e i relativi partner.',
			startup:
				'Laboratori di ricerca, programmi per start-up e acceleratori; impegni sulla competitività.'
		},
		statusesHeading: 'Stati',
		precisionHeading: 'Precisione: dove viene disegnato un impegno',
		precisionHelp: {
			site: 'La posizione propria della struttura, secondo una fonte citata appositamente (una domanda di permesso di costruire, un acquisto di terreni, un indirizzo ufficiale): la sua «fonte della posizione».',
			city: 'Il centro della città o dell’area citata nelle fonti; il sito esatto non è pubblicato. Mostrato come luogo approssimativo.',
			country:
				'Un impegno per un intero Paese. Compare nell’elenco ed evidenzia il Paese; non viene mai disegnato come un punto sulla capitale.',
			europe:
				'Un impegno per tutta l’Europa, senza un luogo. Compare nell’elenco alla voce “Su scala europea”.'
		},
		confidenceHeading: 'Affidabilità',
		doubtsHeading: 'Due dubbi diversi',
		doubtsIntro:
			'Se un impegno esiste così come è dichiarato, e dove si trova esattamente, sono due domande diverse. Non vengono mai confuse:',
		unconfirmedHelp:
			'Un dubbio sull’affermazione stessa: nessuna fonte conferma che l’impegno esista così come è dichiarato. Nei download, la sua affidabilità (confidence) è «low», e confidence_note spiega perché.',
		approximatePlaceHelp:
			'Un dubbio solo sul luogo: l’impegno ha una fonte, ma il suo punto è il centro di una città o di un’area (precisione «city»), o un sito con una riserva. place_note spiega perché. Una regione di data center il cui sito esatto non è pubblicato ha un luogo approssimativo; non per questo è non confermata.',
		historyHeading: 'Cronologia: che cosa è successo, e quando',
		historyText: [
			'Ogni impegno ha una cronologia datata: il suo annuncio, poi ciò che è seguito. Ogni evento ha la propria fonte, e la sua data è precisa solo quanto quella fonte (un anno, un mese o un giorno). Quando l’annuncio originale non è datato in nessuna fonte, si usa il resoconto datato più antico, e la sua nota lo dice.',
			'Lo stato di un impegno, la data di annuncio e la data di apertura sono verificati rispetto alla sua cronologia: lo stato è quello successivo all’ultimo evento, la data di annuncio quella dell’evento «Annuncio», la data di apertura quella dell’evento «Apertura».'
		],
		eventsHeading: 'Che cosa significa ogni evento',
		eventHelp: {
			announced: 'Reso pubblico per la prima volta.',
			restated: 'Annunciato di nuovo, con la stessa sostanza.',
			construction: 'Inizio dei lavori, o permessi concessi.',
			opened: 'Aperto, avviato o disponibile a tutti.',
			delayed: 'Una data è stata rinviata.',
			'target-changed': 'È cambiata una cifra o una scadenza.',
			progress: 'Una cifra o una tappa comunicata, come il numero di persone formate finora.',
			withdrawn: 'Abbandonato o annullato.'
		},
		overlapHeading: 'Impegni che si sovrappongono',
		overlapText:
			'Alcuni impegni si sovrappongono: il programma di un partner all’interno dell’impegno di un paese, o due fonti che danno cifre diverse per lo stesso impegno. Sono mostrati uno accanto all’altro, ciascuno con la sua fonte, e mai sommati. Una parte indica l’impegno la cui cifra la include già, e nessun totale né grafico somma i due.',
		method: 'Come sono stati raccolti e verificati i fatti',
		methodText: [
			'Siamo partiti da un articolo francese, “Microsoft renforce ses engagements numériques en Europe”, e abbiamo verificato ciascuna delle sue affermazioni sulle pagine di Microsoft stessa (comunicati stampa, blog, l’elenco delle region di Azure) e su resoconti indipendenti.',
			'Ogni impegno cita almeno una fonte che il lettore può aprire. Non viene aggiunto nulla che una fonte non dica: nessun partner, città, numero o data è frutto di supposizioni. Quando un luogo non è pubblicato, l’impegno è registrato con la precisione disponibile (un Paese, o l’Europa nel suo insieme).',
			'Una scadenza superata senza un esito comunicato è indicata come “scadenza superata; esito non comunicato”, mai come rispettata.',
			'I valori pro capite usano un’unica tabella della popolazione: la popolazione totale della Banca Mondiale (SP.POP.TOTL) per un solo anno di riferimento. Il dato di Cipro include il nord dell’isola.'
		],
		differences: 'Dove l’articolo e le fonti divergono',
		differencesList: [
			'L’obiettivo dell’articolo di formare 2,5 milioni di persone in Europa entro il 2027 non è stato trovato in alcuna fonte; solo gli impegni dei singoli Paesi hanno una fonte. È indicato come affermazione dell’articolo, non confermata.',
			'L’articolo annuncia “nuovi centri di risposta agli incidenti” in Europa. Nessuna fonte ne nomina uno né indica una città; l’annuncio reale più vicino è lo European Security Program (Berlino, 4 giugno 2025). Indicato come non confermato, senza un luogo.',
			'Il programma “AI Assurance Program”, che l’articolo presenta come nuovo, è stato annunciato l’8 giugno 2023 come uno dei tre AI Customer Commitments globali.',
			'L’impegno a non trasferire fuori dall’Europa i dati personali degli europei corrisponde all’EU Data Boundary, completato nel febbraio 2025.',
			'All’origine dell’articolo ci sono i cinque “European digital commitments” annunciati da Brad Smith a Bruxelles il 30 aprile 2025.',
			'Dove le fonti non concordano (l’obiettivo di formazione dell’Austria: 300.000 o 200.000 persone), i dettagli riportano entrambi i valori.'
		],
		data: 'I dati',
		dataText:
			'Scarica tutti gli impegni, con fonti e grado di affidabilità, come foglio di calcolo (CSV, UTF-8) o per strumenti di mappatura (GeoJSON). Gli impegni senza un punto hanno una geometria vuota.',
		csv: 'Impegni in formato CSV',
		geojson: 'Impegni in formato GeoJSON',
		historyCsv: 'Cronologia di ogni impegno in formato CSV (eventi datati e loro fonti)',
		licence: (licence: string) => `Il dataset è pubblicato con licenza ${licence}.`,
		basemap:
			'La mappa di base è tratta da Natural Earth (pubblico dominio) ed è integrata nel sito: nessuna tessera di mappa né alcun font viene scaricato da terzi.',
		corrections: 'Segnala una correzione',
		correctionsText:
			'Hai trovato un errore, o una fonte più recente? Apri una issue nel repository del progetto con il nome dell’impegno e il link a una fonte, oppure modifica geo/data/commitments.csv (una riga per impegno, documentato in geo/README.md) e proponi la modifica. Ogni modifica richiede una fonte.'
	},
	marks: {
		key: 'Che cosa indicano i simboli',
		keyButton: 'Legenda',
		showKey: 'Mostra che cosa indicano i simboli',
		hideKey: 'Nascondi la legenda',
		countryWide: 'Tutto il Paese, non un sito',
		cluster: 'Più impegni: fare clic per vederli',
		clusterLabel: (n: number) => `${n} ${isOne(n, 'it') ? 'impegno' : 'impegni'}`
	},
	mapReading: {
		ctrlScrollToZoom: 'Usa Ctrl + rotellina per ingrandire la mappa',
		cmdScrollToZoom: 'Usa ⌘ + rotellina per ingrandire la mappa',
		twoFingersToMove: 'Usa due dita per spostare la mappa',
		countryHint: 'Fai clic per vederne gli impegni'
	},
	commitmentPage: {
		breadcrumbs: 'Dove si trova questa pagina',
		showOnMap: 'Mostra sulla mappa interattiva',
		mapLabel: (place: string) => `Mappa del luogo dell’impegno: ${place}`,
		europeWideMap: 'A livello europeo: l’impegno non ha un luogo preciso sulla mappa.',
		notFoundTitle: 'Pagina non trovata',
		notFoundText:
			'A questo indirizzo non c’è nessuna pagina: forse è stato digitato male, o la pagina è stata spostata.',
		notFoundHome: 'Vai alla mappa di tutti gli impegni',
		noscript:
			'JavaScript è disattivato: la mappa mostra tutti gli impegni; i filtri, le viste condivise e il generatore di codice da incorporare richiedono JavaScript. Ogni paese sulla mappa e ogni impegno nell’elenco porta alla propria pagina.'
	},
	promises: {
		nav: 'Promesse',
		changesNav: 'Modifiche',
		title: 'Monitoraggio delle promesse',
		intro:
			'Ogni impegno con un obiettivo o una scadenza: che cosa è stato promesso, da chi, entro quando, e che cosa hanno riferito le fonti da allora.',
		asOf: (date: string) => `Esiti al ${date}, dalla cronologia datata di ogni impegno.`,
		cardCount: (n: string) => `Promesse con un obiettivo o una scadenza: ${n}`,
		howDecided: 'Come si stabilisce un esito',
		outcomes: {
			met: 'Mantenuta',
			progress: 'Progressi comunicati',
			pending: 'Nessun esito per ora',
			delayed: 'Rinviata',
			'deadline-passed': 'Scadenza superata; esito non comunicato',
			withdrawn: 'Ritirata'
		},
		outcomeHelp: {
			met: 'Una fonte riporta una cifra pari o superiore all’obiettivo. Una promessa senza una cifra obiettivo non è mai segnata come mantenuta: il dataset non ha modo di misurarla.',
			progress:
				'Una fonte riporta progressi: con un obiettivo, il numero di persone raggiunte finora; senza, una tappa (cantiere, apertura) prima della scadenza, o una cifra riportata dopo.',
			pending: 'La scadenza non è ancora arrivata, o non c’è, e non è stato riportato nulla.',
			delayed: 'Una fonte riporta una data rinviata, e da allora non è stato riportato nulla.',
			'deadline-passed':
				'La scadenza è passata e nessuna fonte riporta un esito. Questo non dice se la promessa è stata mantenuta, solo che nessuno lo ha riferito.',
			withdrawn: 'Una fonte riporta che la promessa è stata abbandonata o annullata.'
		},
		methodText: [
			'Una promessa è un impegno con una cifra obiettivo o una scadenza. Il suo esito si stabilisce solo dalla sua cronologia datata e documentata, con la prima regola che si applica, nell’ordine qui sotto; l’evento su cui si basa è mostrato come prova, con la data e le fonti.',
			'Una scadenza è precisa quanto la sua fonte: «2025» passa alla fine del 31 dicembre 2025, «2025-06» alla fine del 30 giugno 2025. Una scadenza fissata a oggi non è superata. Un evento datato a un mese o a un anno conta dal primo giorno di quel mese o anno.'
		],
		filters: 'Filtra e ordina',
		country: 'Paese',
		outcome: 'Esito',
		sort: 'Ordina per',
		all: 'Tutti',
		sorts: { deadline: 'Scadenza, la più vicina prima', outcome: 'Esito', country: 'Paese' },
		showing: (shown: string, total: string) => `${shown} promesse su ${total}`,
		showAll: 'Mostra tutte le promesse',
		empty: 'Nessuna promessa corrisponde a questi filtri.',
		listHeading: 'Le promesse',
		promisedBy: 'Promesso da',
		byWhen: 'Entro quando',
		noDeadline: 'Nessuna scadenza',
		figure: 'Obiettivo',
		evidence: 'Prova',
		noEvidence: 'Nessun evento datato',
		summaryHeading: 'Gli esiti a colpo d’occhio',
		chartByType: 'Promesse per tipo ed esito',
		chartByCountry: 'Promesse per paese ed esito',
		chartUnits: 'Numero di promesse',
		chartDescription: (summary: string) => `Barre impilate, una per riga: ${summary}.`,
		chartSource: (date: string) =>
			`Fonte: Europe Commitments Map, commitments.csv e history.csv; esiti al ${date}.`,
		changes: {
			title: 'Che cosa è cambiato',
			intro:
				'Ogni evento datato del dataset, dal più recente: annunci, aperture, progressi, rinvii e obiettivi modificati, ciascuno con la sua fonte.',
			feed: 'Segui le modifiche: feed Atom',
			feedNote: 'Incolla l’indirizzo del feed in un lettore di feed; i titoli sono in inglese.',
			count: (n: string) => `${n} eventi`
		}
	},
	share: {
		countries: (n: string) => `Paesi con impegni: ${n}`,
		noCommitments: 'Ancora nessun impegno registrato',
		credit: (date: string) =>
			`Europe Commitments Map · dati verificati il ${date} · CC BY 4.0 · Mappa di base: Natural Earth`,
		europe: 'Europa',
		cardAlt: (place: string, figures: string) =>
			`Mappa (${place}) con gli impegni di Microsoft. ${figures}`,
		citeHeading: 'Cita',
		citeIntro:
			'Cita il dataset con la data in cui i suoi fatti sono stati verificati e un link a questa pagina.',
		plainText: 'Testo',
		copyPlain: 'Copia la citazione',
		copyBibtex: 'Copia il BibTeX',
		copied: 'Copiato.',
		copyFailed: 'Testo selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.',
		datasetKind: 'Dataset',
		checked: (date: string) => `Dati verificati il ${date}`
	},
	download: {
		image: 'Scarica l’immagine',
		mapButton: 'Scarica un’immagine della mappa',
		mapAs: (format: string) => `Scarica questa vista della mappa in ${format}`,
		chartAs: (title: string, format: string) => `Scarica il grafico «${title}» in ${format}`,
		svgHelp: 'Immagine vettoriale: nitida a ogni dimensione, modificabile',
		pngHelp: 'Immagine raster: per presentazioni e post',
		making: 'Creazione dell’immagine…',
		saved: 'Immagine salvata.',
		failed: 'Questo browser non è riuscito a creare l’immagine.',
		source: (date: string) => `Europe Commitments Map, dati verificati il ${date}, CC BY 4.0`,
		cluster: 'Più impegni vicini tra loro'
	},
	dataLang: {
		cityArea: (city: string) => `Area di ${city}`,
		colon: ': ',
		semicolon: '; ',
		reportAt: 'Segnalatelo nel repository del progetto',
		article: 'L’articolo verificato',
		articleUnknown: 'La testata e la data di pubblicazione non sono note.',
		publishedBy: 'Pubblicato da'
	},
	edges: {
		tableScrolls: (caption: string) =>
			`${caption} (più larga della colonna: scorrere in orizzontale)`
	},
	asof: {
		label: 'Mappa alla data del',
		today: 'Oggi',
		todayLabel: 'Torna ai dati di oggi',
		play: 'Riproduci, mese per mese',
		pause: 'Pausa',
		current: (date: string) => `oggi, ${date}`,
		empty: (date: string, first: string) =>
			`Al ${date} non era stato annunciato alcun impegno. Il primo dei dati risale a ${first}.`,
		dataAsOf: (date: string) => `Dati al ${date}`,
		changesSince: (n: number, count: string) =>
			`${count} ${n === 1 ? 'modifica' : 'modifiche'} da allora`,
		currentMap: 'Vedi la mappa attuale',
		data: 'Dati',
		live: 'Dati aggiornati',
		liveHelp: 'La mappa incorporata mostra sempre i dati più recenti.',
		keep: 'Mantieni i dati di oggi',
		keepHelp: (date: string) =>
			`La mappa incorporata mostra i dati al ${date} e indica quante modifiche ci sono state da allora.`
	}
};
