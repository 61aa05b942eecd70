import type { Messages } from './en';
import { isOne } from './plural';

/** A country's name as it reads after "in" or "voor": "het Verenigd Koninkrijk". */
function land(country: string): string {
	return country === 'Verenigd Koninkrijk' ? `het ${country}` : country;
}

/** The interface in Dutch. */
export const nl: Messages = {
	siteTitle: 'De toezeggingen van Microsoft in Europa',
	siteNavigation: 'Website',
	language: 'Taal',
	map: 'Kaart',
	siteTagline:
		'Cloudregio’s, beveiligingsprogramma’s, opleidingsbeloften en onderzoekscentra: waar ze zijn, wat er is beloofd en hoe zeker we dat weten.',
	skipToList: 'Sla de kaart over, ga naar de lijst',
	mapLabel: 'Kaart van de toezeggingen van Microsoft in Europa',
	mapInstructions:
		'Sleep of gebruik de pijltjestoetsen om te verschuiven, plus en min om te zoomen. Elke toezegging op de kaart staat ook in de lijst.',
	mapLoading: 'De interactieve kaart wordt geladen…',
	mapFallback: 'Vereenvoudigde kaart: deze browser kan de interactieve kaart niet weergeven.',
	zoomIn: 'Inzoomen',
	zoomOut: 'Uitzoomen',
	resetView: 'Heel Europa tonen',
	pan: {
		up: 'Naar het noorden schuiven',
		down: 'Naar het zuiden schuiven',
		left: 'Naar het westen schuiven',
		right: 'Naar het oosten schuiven'
	},
	attribution: 'Basiskaart: Natural Earth',
	filters: 'Filters',
	typeLegend: 'Soort',
	statusLegend: 'Status',
	showAll: 'Alles tonen',
	types: {
		datacenter: 'Cloud en datacenters',
		security: 'Beveiliging en vertrouwen',
		training: 'Vaardigheden en opleiding',
		startup: 'Start-ups en onderzoek'
	},
	statuses: {
		operational: 'Operationeel',
		restricted: 'Beperkte toegang',
		announced: 'Aangekondigd'
	},
	statusHelp: {
		operational: 'Open, in gebruik of afgerond',
		restricted: 'In gebruik, toegang beperkt',
		announced: 'Aangekondigd, nog niet open of nagekomen'
	},
	confidence: {
		high: 'Hoge betrouwbaarheid',
		medium: 'Gemiddelde betrouwbaarheid',
		low: 'Niet bevestigd'
	},
	confidenceHelp: {
		high: 'Een officiële pagina, of meerdere onafhankelijke berichten die overeenstemmen.',
		medium: 'Eén secundaire bron.',
		low: 'Geen bron onderbouwt de toezegging zoals die wordt gesteld: de bewering zelf staat ter discussie.'
	},
	approximatePlace: 'Plaats bij benadering',
	approximatePlaceHelp:
		'De toezegging heeft een bron; alleen haar plaats op de kaart is bij benadering of onzeker.',
	precision: {
		site: 'Exacte locatie',
		city: 'Stad',
		country: 'Landelijk',
		europe: 'Europabreed'
	},
	listHeading: 'Toezeggingen',
	showing: (shown: string, total: string) => `${shown} van ${total} toezeggingen getoond`,
	listBreakdown: (n: number, shown: string) =>
		isOne(n, 'nl')
			? 'Die staat op de kaart'
			: n === 2
				? 'Beide staan op de kaart'
				: `Alle ${shown} staan op de kaart`,
	emptyList: 'Geen enkele toezegging voldoet aan deze filters.',
	showAllInGroup: (count: string) => `Alle ${count} tonen`,
	europeWide: 'Europabreed',
	europeWideNote: 'Toezeggingen zonder plek op de kaart.',
	countryWide: 'Landelijk',
	details: 'Details',
	close: 'Sluiten',
	closeDetails: 'Details sluiten',
	hereAre: (n: string) => `${n} toezeggingen op deze plek`,
	filtered: {
		reset: 'Filters wissen',
		/** The map's key and the ranking, for the commitments metric when filtered. */
		commitments: 'Toezeggingen',
		only: (what: string) => `alleen ${what}`,
		note: (parts: string) => `Gefilterd: ${parts}`,
		someTypes: (ticked: number, all: number) => `${ticked} van ${all} soorten`,
		someStatuses: (ticked: number, all: number) => `${ticked} van ${all} statussen`,
		title: (title: string, note: string) => `${title} (${note})`,
		nearby: (n: string) => `${n} ${isOne(n, 'nl') ? 'toezegging' : 'toezeggingen'} in de buurt`,
		europeWide: (n: string) => `${n} Europabrede ${isOne(n, 'nl') ? 'toezegging' : 'toezeggingen'}`,
		europeWideNote: 'Toezeggingen voor heel Europa: op de kaart, in het vak ‘Europabreed’.',
		panelAll: (n: string) => `Europabrede toezeggingen: ${n}. Toon de lijst`,
		panelType: (type: string, n: string) => `${type}, Europabreed: ${n}`,
		panelNone: 'Geen met deze filters',
		skillsHidden: 'Geen enkele opleidingstoezegging van dit land voldoet aan de filters.'
	},
	fields: {
		locationSource: 'Bron voor de locatie',
		partOf: 'Onderdeel van',
		includes: 'Omvat',
		type: 'Soort',
		status: 'Status',
		place: 'Plaats',
		announced: 'Aangekondigd',
		opened: 'Geopend',
		deadline: 'Termijn',
		target: 'Doel',
		partners: 'Genoemde partners',
		claimedBy: 'Geclaimd door',
		confidence: 'Betrouwbaarheid',
		sources: 'Bronnen',
		notes: 'Opmerkingen'
	},
	partOfNote: '(het aantal is daar al in meegeteld; niet opgeteld)',
	includesNote: '(hun aantallen zijn hierin al meegeteld; niet opgeteld)',
	history: {
		heading: 'Geschiedenis',
		kinds: {
			announced: 'Aangekondigd',
			restated: 'Opnieuw aangekondigd',
			construction: 'Bouw',
			opened: 'Geopend',
			delayed: 'Uitgesteld',
			'target-changed': 'Doel gewijzigd',
			progress: 'Voortgang gemeld',
			withdrawn: 'Ingetrokken'
		},
		statusAfter: (status: string) => `Status daarna: ${status}`,
		people: (n: string) => `${n} ${isOne(n, 'nl') ? 'persoon' : 'mensen'}`,
		sources: (n: number) => (isOne(n, 'nl') ? 'Bron:' : 'Bronnen:')
	},
	openedUnknown: 'Openingsdatum niet gepubliceerd',
	deadlinePassed: 'Termijn verstreken; resultaat niet gemeld',
	peopleToTrain: (n: string) => `${n} mensen op te leiden`,
	unconfirmed: 'Niet bevestigd',
	getData: 'Download de gegevens',
	footer: 'Onafhankelijk opensourceproject; niet verbonden aan Microsoft.',
	backToMap: 'Terug naar de kaart',
	embedButton: 'Insluiten',
	embedList: (n: number) =>
		isOne(n, 'nl') ? 'Lijst van de getoonde toezegging' : `Lijst van de ${n} getoonde toezeggingen`,
	openFullMap: 'Open de volledige kaart',
	embedDialog: {
		title: 'Deze kaart insluiten',
		intro:
			'Plak de code in je artikel. De kaart laadt alleen vanaf deze site, stuurt niets naar anderen en laat de pagina gewoon scrollen.',
		types: 'Soorten',
		status: 'Status',
		country: 'Land',
		wholeEurope: 'Heel Europa',
		theme: 'Thema',
		themes: { auto: 'Instelling van de lezer', light: 'Licht', dark: 'Donker' },
		height: 'Hoogte (pixels)',
		legend: 'Legenda tonen',
		autoHeight: 'Hoogte aanpassen aan de inhoud (voegt een klein script toe)',
		preview: 'Voorbeeld',
		code: 'Code om te plakken',
		copy: 'Code kopiëren',
		copied: 'Gekopieerd naar het klembord',
		copyFailed: 'Kopiëren mislukt: selecteer de code en kopieer die zelf',
		close: 'Sluiten',
		language: 'Taal',
		iframeTitle: 'Kaart van de toezeggingen van Microsoft in Europa',
		heightHelp: (min: string, max: string) => `Tussen ${min} en ${max} pixels.`,
		heightError: (min: string, max: string) =>
			`Voer een geheel aantal pixels in, van ${min} tot ${max}.`,
		showTitle: 'Titel boven de kaart tonen',
		noCode: 'Geen code zolang de hoogte ongeldig is.'
	},
	allEurope: 'Heel Europa',
	chooseCountry: 'Kies een land',
	typeCountry: 'Typ een land',
	noCountryMatch: 'Geen land gevonden',
	countryCount: (n: number) => `${n} ${isOne(n, 'nl') ? 'land' : 'landen'}`,
	countryPageTitle: (country: string) => `Microsoft in ${land(country)}`,
	countryDescription: (country: string, facts: string) =>
		facts
			? `Microsoft in ${land(country)}: ${facts}.`
			: `Microsoft in ${land(country)}: geen toezegging geregistreerd.`,
	factSites: (n: string) => `${n} ${isOne(n, 'nl') ? 'datacenterlocatie' : 'datacenterlocaties'}`,
	factCommitments: (n: string) => `${n} ${isOne(n, 'nl') ? 'toezegging' : 'toezeggingen'}`,
	factTarget: (people: string, deadline: string) =>
		deadline ? `${people} mensen op te leiden tegen ${deadline}` : `${people} mensen op te leiden`,
	noCommitments: (country: string) =>
		`In deze dataset staat geen enkele toezegging van Microsoft voor ${land(country)}. De vergelijking hieronder laat zien hoe het land zich verhoudt tot de andere Europese landen.`,
	countryCommitments: (country: string) => `Toezeggingen in ${land(country)}`,
	overview: 'Europa in één oogopslag',
	overviewText: (n: string, countries: string) =>
		`${n} toezeggingen in ${countries} landen, plus beloften voor heel Europa. Klik op een land op de kaart, of kies er een, voor de grafieken.`,
	colourBy: 'Landen kleuren naar',
	metrics: {
		commitments: 'Toezeggingen van alle soorten',
		sites: 'Cloudregio’s en datacenterlocaties',
		trainingPerThousand: 'Op te leiden mensen per 1.000 inwoners'
	},
	metricUnits: {
		commitments: 'Aantal geregistreerde toezeggingen voor het land',
		sites: 'Aantal Azure-regio’s en datacentercampussen op de kaart',
		trainingPerThousand: 'Op te leiden mensen volgens de beloften van Microsoft, per 1.000 inwoners'
	},
	none: 'geen',
	othersWithNone: (n: string) =>
		isOne(n, 'nl')
			? `${n} ander land: geen geregistreerd.`
			: `${n} andere landen: geen geregistreerd.`,
	charts: {
		showTable: 'Als tabel tonen',
		hideTable: 'Tabel verbergen',
		source: (date: string) =>
			`Bron: dataset van Europe Commitments Map, feiten gecontroleerd op ${date}.`,
		populationSource: (year: string) => `Bevolking: Wereldbank (SP.POP.TOTL), ${year}.`,
		keyboardHelp: 'Gebruik de pijltjestoetsen om elke waarde te lezen.',
		byTypeTitle: 'Toezeggingen per soort en status',
		byTypeUnits: 'Aantal toezeggingen',
		byTypeEuropeTitle: 'Toezeggingen in Europa per soort en status',
		byTypeDescription: (summary: string) => `Gestapelde staven, één per soort. ${summary}`,
		timelineTitle: 'Tijdlijn: aankondigingen en openingen',
		timelineUnits: 'Jaar; één rij per toezegging',
		timelineDescription: (n: string) =>
			`${n} toezeggingen in de tijd geplaatst: een open markering bij de aankondiging, een gevulde markering bij de opening, een streep bij de termijn; een lijn markeert vandaag.`,
		timelineEmpty: 'Voor deze toezeggingen is geen datum gepubliceerd.',
		undated: (names: string) => `Geen gepubliceerde datum: ${names}.`,
		announced: 'Aangekondigd',
		opened: 'Geopend',
		deadline: 'Termijn',
		today: 'Vandaag',
		skillsTitle: 'Opleidingsbelofte',
		skillsUnits: 'Op te leiden mensen',
		skillsEmpty: (country: string) =>
			`Voor ${land(country)} is geen opleidingsbelofte met een aantal mensen geregistreerd.`,
		skillsTarget: (people: string, deadline: string) =>
			deadline
				? `${people} mensen op te leiden tegen ${deadline}`
				: `${people} mensen op te leiden`,
		perThousand: (value: string) => `${value} per 1.000 inwoners`,
		population: (n: string, year: string) => `Bevolking: ${n} (${year})`,
		shareOfArticle: (share: string, target: string) =>
			`${share} van de ${target} mensen die Microsoft volgens het artikel tegen 2027 in Europa zal opleiden`,
		articleClaim: 'Bewering van het artikel, niet bevestigd: geen bron gevonden',
		thisCountry: 'Belofte voor dit land',
		measure: 'Maatstaf',
		value: 'Waarde',
		compareTitle: 'Vergelijking',
		compareDescription: (metric: string, n: string) =>
			`Landen gerangschikt naar ${metric}; ${isOne(n, 'nl') ? `${n} land heeft` : `${n} landen hebben`} een waarde boven nul.`,
		rank: 'Positie',
		country: 'Land',
		commitment: 'Toezegging',
		type: 'Soort',
		total: 'Totaal'
	},
	about: 'Bronnen en methode',
	marks: {
		key: 'Wat de symbolen betekenen',
		keyButton: 'Legenda',
		showKey: 'Toon wat de symbolen betekenen',
		hideKey: 'Verberg de legenda',
		countryWide: 'Landelijk, geen locatie',
		cluster: 'Meerdere toezeggingen: klik om ze te zien',
		clusterLabel: (n: number) => `${n} ${isOne(n, 'nl') ? 'toezegging' : 'toezeggingen'}`
	},
	mapReading: {
		ctrlScrollToZoom: 'Gebruik Ctrl + scrollen om in te zoomen op de kaart',
		cmdScrollToZoom: 'Gebruik ⌘ + scrollen om in te zoomen op de kaart',
		twoFingersToMove: 'Gebruik twee vingers om de kaart te verplaatsen',
		countryHint: 'Klik voor de toezeggingen van dit land'
	},
	share: {
		countries: (n: string) => `Landen met toezeggingen: ${n}`,
		noCommitments: 'Nog geen toezegging vastgelegd',
		credit: (date: string) =>
			`Europe Commitments Map · gegevens gecontroleerd op ${date} · CC BY 4.0 · Basiskaart: Natural Earth`,
		europe: 'Europa',
		cardAlt: (place: string, figures: string) =>
			`Kaart (${place}) met de toezeggingen van Microsoft. ${figures}`,
		citeHeading: 'Citeren',
		citeIntro:
			'Citeer de dataset met de datum waarop de feiten zijn gecontroleerd en een link naar deze pagina.',
		plainText: 'Tekst',
		copyPlain: 'Citaat kopiëren',
		copyBibtex: 'BibTeX kopiëren',
		copied: 'Gekopieerd.',
		copyFailed: 'Geselecteerd: druk op Ctrl+C (⌘C op een Mac) om te kopiëren.',
		datasetKind: 'Dataset',
		checked: (date: string) => `Gegevens gecontroleerd op ${date}`
	},
	download: {
		image: 'Afbeelding downloaden',
		mapButton: 'Een afbeelding van de kaart downloaden',
		mapAs: (format: string) => `Deze weergave van de kaart als ${format} downloaden`,
		chartAs: (title: string, format: string) => `De grafiek ‘${title}’ als ${format} downloaden`,
		svgHelp: 'Vectorafbeelding: scherp op elk formaat, bewerkbaar',
		pngHelp: 'Rasterafbeelding: voor presentaties en berichten',
		making: 'De afbeelding wordt gemaakt…',
		saved: 'Afbeelding opgeslagen.',
		failed: 'Deze browser kon de afbeelding niet maken.',
		source: (date: string) =>
			`Europe Commitments Map, gegevens gecontroleerd op ${date}, CC BY 4.0`,
		cluster: 'Meerdere toezeggingen dicht bij elkaar'
	},
	dataLang: {
		cityArea: (city: string) => `Regio ${city}`,
		colon: ': ',
		semicolon: '; ',
		reportAt: 'Meld het in de repository van het project',
		article: 'Het gecontroleerde artikel',
		articleUnknown: 'Het medium en de publicatiedatum zijn niet bekend.',
		publishedBy: 'Verschenen bij'
	},
	edges: {
		tableScrolls: (caption: string) => `${caption} (breder dan de kolom: scroll zijwaarts)`
	},
	asof: {
		label: 'Kaart op de stand van',
		today: 'Vandaag',
		todayLabel: 'Terug naar de gegevens van vandaag',
		play: 'Afspelen, maand voor maand',
		pause: 'Pauzeren',
		current: (date: string) => `vandaag, ${date}`,
		empty: (date: string, first: string) =>
			`Op ${date} was nog geen enkele toezegging aangekondigd. De eerste in de gegevens dateert van ${first}.`,
		dataAsOf: (date: string) => `Gegevens per ${date}`,
		changesSince: (n: number, count: string) =>
			`${count} ${n === 1 ? 'wijziging' : 'wijzigingen'} sindsdien`,
		currentMap: 'Bekijk de huidige kaart',
		data: 'Gegevens',
		live: 'Actuele gegevens',
		liveHelp: 'De ingesloten kaart toont altijd de nieuwste gegevens.',
		keep: 'Gegevens van vandaag vasthouden',
		keepHelp: (date: string) =>
			`De ingesloten kaart toont de gegevens per ${date} en meldt hoeveel wijzigingen er sindsdien zijn.`
	},
	lazy: {
		showAll: (n: number, count: string) =>
			isOne(n, 'nl') ? `${count} toezegging tonen` : `Alle ${count} toezeggingen tonen`,
		noscript:
			'JavaScript staat uit: de overige toezeggingen staan op de pagina’s van hun landen, hieronder gelinkt.'
	},
	/** The links to the pages beyond the map, and the words every page needs about them. */
	site: {
		promises: 'Beloften',
		changes: 'Wijzigingen',
		noscript:
			'JavaScript staat uit: de kaart toont alle toezeggingen; filters, gedeelde weergaven en de insluitcode hebben JavaScript nodig. Elk land op de kaart en elke toezegging in de lijst is een link naar een eigen pagina.',
		notFoundTitle: 'Pagina niet gevonden',
		notFoundText:
			'Op dit adres staat geen pagina: misschien is het verkeerd getypt, of is de pagina verhuisd.',
		notFoundHome: 'Naar de kaart met alle toezeggingen'
	},
	notfound2: {
		countries: 'De pagina van elk land',
		countriesIntro: 'Op zoek naar een land? Elk land op de kaart heeft een eigen pagina:'
	}
};
