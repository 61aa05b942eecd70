import type { PageMessages } from './en';

export const it: PageMessages = {
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
	promises: {
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
			'Una scadenza è precisa quanto la sua fonte: «2025» passa alla fine del 31 dicembre 2025, «2025-06» alla fine del 30 giugno 2025. Una scadenza fissata a oggi non è superata. Un evento datato a un mese o a un anno conta quando quel mese o anno è concluso (o dal giorno in cui i fatti sono stati verificati, se prima), in questa pagina come sulla mappa a una data.'
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
	commitmentPage: {
		breadcrumbs: 'Dove si trova questa pagina',
		showOnMap: 'Mostra sulla mappa interattiva',
		mapLabel: (place: string) => `Mappa del luogo dell’impegno: ${place}`,
		europeWideMap: 'A livello europeo: l’impegno non ha un luogo preciso sulla mappa.'
	},
	scale: {
		changesPages: 'Pagine degli eventi',
		newer: 'Eventi più recenti',
		older: 'Eventi precedenti',
		page: (n: string) => `Pagina ${n}`,
		titled: (title: string, n: string, total: string) => `${title}, pagina ${n} di ${total}`,
		eventsRange: (first: string, last: string, total: string) =>
			`Eventi da ${first} a ${last} di ${total}, dal più recente`,
		feedNewest: (n: string) => `Il feed riporta i ${n} più recenti.`,
		promisesPages: 'Pagine delle promesse',
		previous: 'Pagina precedente',
		next: 'Pagina successiva',
		promisesRange: (first: string, last: string, total: string) =>
			`Promesse da ${first} a ${last} di ${total}, prima la scadenza più vicina`,
		loading: 'Caricamento di tutte le promesse per filtrarle…',
		loadFailed:
			'Non è stato possibile caricare tutte le promesse: i filtri valgono solo per quelle di questa pagina.'
	}
};
