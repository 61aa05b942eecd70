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
	},
	lazy: {
		showAll: (n: number, count: string) =>
			isOne(n, 'it') ? `Mostra ${count} impegno` : `Mostra tutti i ${count} impegni`,
		noscript:
			'JavaScript è disattivato: gli altri impegni sono elencati nelle pagine dei rispettivi paesi, collegate qui sotto.'
	},
	/** The links to the pages beyond the map, and the words every page needs about them. */
	site: {
		promises: 'Promesse',
		changes: 'Modifiche',
		noscript:
			'JavaScript è disattivato: la mappa mostra tutti gli impegni; i filtri, le viste condivise e il generatore di codice da incorporare richiedono JavaScript. Ogni paese sulla mappa e ogni impegno nell’elenco porta alla propria pagina.',
		notFoundTitle: 'Pagina non trovata',
		notFoundText:
			'A questo indirizzo non c’è nessuna pagina: forse è stato digitato male, o la pagina è stata spostata.',
		notFoundHome: 'Vai alla mappa di tutti gli impegni'
	},
	notfound2: {
		countries: 'La pagina di ogni paese',
		countriesIntro: 'Cerchi un paese? Ogni paese della mappa ha la sua pagina:'
	}
};
