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
	aboutPage: {
		title: 'Bronnen en methode',
		intro:
			'Deze kaart brengt samen wat Microsoft voor Europa heeft aangekondigd (cloudregio’s, beveiligingsprogramma’s, opleidingsbeloften, centra voor start-ups en onderzoek) en toont bij elk feit wie het beweert, waar het vandaan komt en hoe zeker we dat weten.',
		lastUpdate: (date: string) => `Feiten voor het laatst gecontroleerd op ${date}.`,
		inNumbers: 'De dataset in cijfers',
		total: (n: string) => `${n} toezeggingen`,
		byConfidence: 'Naar betrouwbaarheid',
		byType: 'Naar soort',
		words: 'Wat de termen betekenen',
		typesHeading: 'Soorten',
		typeHelp: {
			datacenter:
				'Azure-cloudregio’s, datacentercampussen en investeringen daarin, aanbod van soevereine cloud.',
			security:
				'Centra en programma’s voor beveiliging, transparantie en incidentrespons; beloften over gegevensbescherming zoals de EU Data Boundary; borging van AI.',
			training:
				'Beloften om mensen op te leiden in digitale, AI- en cyberbeveiligingsvaardigheden, en hun partners.',
			startup:
				'Onderzoekslabs, programma’s voor start-ups en accelerators; beloften over concurrentievermogen.'
		},
		statusesHeading: 'Statussen',
		precisionHeading: 'Precisie: waar een toezegging wordt getekend',
		precisionHelp: {
			site: 'De eigen locatie van de faciliteit, volgens een bron die daarvoor wordt genoemd (een bouwaanvraag, een grondaankoop, een officieel adres): haar ‘bron voor de locatie’.',
			city: 'Het centrum van de stad of het gebied dat de bronnen noemen; de exacte locatie is niet gepubliceerd. Getoond als plaats bij benadering.',
			country:
				'Een toezegging voor een heel land. Ze staat in de lijst en markeert het land; ze wordt nooit als punt bij de hoofdstad getekend.',
			europe:
				'Een toezegging voor heel Europa, zonder plaats. Ze staat in de lijst onder “Europabreed”.'
		},
		confidenceHeading: 'Betrouwbaarheid',
		doubtsHeading: 'Twee verschillende twijfels',
		doubtsIntro:
			'Of een toezegging bestaat zoals die wordt gesteld, en waar die precies ligt, zijn twee verschillende vragen. Ze worden nooit door elkaar gehaald:',
		unconfirmedHelp:
			'Twijfel aan de bewering zelf: geen bron onderbouwt dat de toezegging bestaat zoals die wordt gesteld. In de downloads is de betrouwbaarheid (confidence) ‘low’, en confidence_note zegt waarom.',
		approximatePlaceHelp:
			'Twijfel alleen aan de plaats: de toezegging heeft een bron, maar haar punt is het centrum van een stad of gebied (precisie ‘city’), of een locatie met een voorbehoud. place_note zegt waarom. Een datacenterregio waarvan de exacte locatie niet is gepubliceerd, heeft een plaats bij benadering; daarmee is ze niet onbevestigd.',
		historyHeading: 'Geschiedenis: wat er gebeurde, en wanneer',
		historyText: [
			'Elke toezegging heeft een gedateerde geschiedenis: de aankondiging, en wat daarna volgde. Elke gebeurtenis heeft een eigen bron, en de datum is niet preciezer dan die bron (een jaar, een maand of een dag). Waar de oorspronkelijke aankondiging in geen enkele bron gedateerd is, geldt het vroegste gedateerde bericht, en de toelichting zegt dat.',
			'De status, aankondigingsdatum en openingsdatum van een toezegging worden gecontroleerd aan de hand van haar geschiedenis: de status is die na de laatste gebeurtenis, de aankondigingsdatum die van de gebeurtenis ‘Aangekondigd’, de openingsdatum die van de gebeurtenis ‘Geopend’.'
		],
		eventsHeading: 'Wat elke gebeurtenis betekent',
		eventHelp: {
			announced: 'Voor het eerst openbaar gemaakt.',
			restated: 'Opnieuw aangekondigd, inhoudelijk hetzelfde.',
			construction: 'De bouw is begonnen, of vergunningen zijn verleend.',
			opened: 'Geopend, gelanceerd of algemeen beschikbaar.',
			delayed: 'Een datum is uitgesteld.',
			'target-changed': 'Een aantal of een termijn is gewijzigd.',
			progress: 'Een gemeld aantal of een mijlpaal, zoals het aantal mensen dat al is opgeleid.',
			withdrawn: 'Geschrapt of geannuleerd.'
		},
		overlapHeading: 'Overlappende toezeggingen',
		overlapText:
			'Sommige toezeggingen overlappen: het programma van een partner binnen de toezegging van een land, of twee bronnen die verschillende aantallen voor dezelfde toezegging geven. Ze staan naast elkaar, elk met hun bron, en worden nooit opgeteld. Een onderdeel noemt de toezegging waarvan het aantal het al omvat, en geen totaal of grafiek telt de twee bij elkaar op.',
		method: 'Hoe de feiten zijn verzameld en gecontroleerd',
		methodText: [
			'We gingen uit van een Frans artikel, “Microsoft renforce ses engagements numériques en Europe”, en hebben elke bewering daarin getoetst aan de eigen pagina’s van Microsoft (persberichten, blogs, de lijst met Azure-regio’s) en aan onafhankelijke berichtgeving.',
			'Elke toezegging vermeldt minstens één bron die een lezer kan openen. Er wordt niets toegevoegd wat een bron niet vermeldt: geen partner, stad, aantal of datum is gegokt. Waar een plaats niet is gepubliceerd, is de toezegging vastgelegd op de precisie die wel bekend is (een land, of Europa als geheel).',
			'Een termijn die is verstreken zonder gemeld resultaat wordt weergegeven als “termijn verstreken; resultaat niet gemeld”, nooit als nagekomen.',
			'Cijfers per inwoner gebruiken één bevolkingstabel: de totale bevolking volgens de Wereldbank (SP.POP.TOTL) voor één referentiejaar. Het cijfer voor Cyprus omvat het noorden.'
		],
		differences: 'Waar het artikel en de bronnen verschillen',
		differencesList: [
			'Het doel uit het artikel om tegen 2027 in Europa 2,5 miljoen mensen op te leiden, is in geen enkele bron gevonden; alleen de beloften per land hebben een bron. Het wordt getoond als bewering van het artikel, niet bevestigd.',
			'Het artikel kondigt “nieuwe centra voor incidentrespons” in Europa aan. Geen enkele bron noemt er een of geeft een stad; de aankondiging die het dichtst in de buurt komt, is het European Security Program (Berlijn, 4 juni 2025). Getoond als niet bevestigd, zonder plaats.',
			'Het “AI Assurance Program” dat het artikel als nieuw presenteert, werd op 8 juni 2023 aangekondigd als een van de drie wereldwijde AI Customer Commitments.',
			'De belofte om persoonsgegevens van Europeanen niet buiten Europa te brengen, komt overeen met de EU Data Boundary, voltooid in februari 2025.',
			'Aan het artikel ligt de aankondiging ten grondslag van de vijf “European digital commitments” die Brad Smith op 30 april 2025 in Brussel deed.',
			'Waar bronnen elkaar tegenspreken (het opleidingsdoel van Oostenrijk: 300.000 of 200.000 mensen), tonen de details beide.'
		],
		data: 'De gegevens',
		dataText:
			'Download elke toezegging, met bronnen en betrouwbaarheid, als spreadsheet (CSV, UTF-8) of voor kaarttools (GeoJSON). Toezeggingen zonder punt hebben een lege geometrie.',
		csv: 'Toezeggingen als CSV',
		geojson: 'Toezeggingen als GeoJSON',
		historyCsv:
			'Geschiedenis van elke toezegging als CSV (gedateerde gebeurtenissen en hun bronnen)',
		licence: (licence: string) => `De dataset is gepubliceerd onder ${licence}.`,
		basemap:
			'De basiskaart is gemaakt met Natural Earth (publiek domein) en in de site ingebouwd: er worden nergens kaarttegels of lettertypen opgehaald.',
		corrections: 'Een correctie melden',
		correctionsText:
			'Een fout gevonden, of een nieuwere bron? Open een issue in de repository van het project met de naam van de toezegging en een link naar een bron, of bewerk geo/data/commitments.csv (één rij per toezegging, beschreven in geo/README.md) en stel de wijziging voor. Elke wijziging heeft een bron nodig.'
	},
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
	commitmentPage: {
		breadcrumbs: 'Waar deze pagina staat',
		showOnMap: 'Toon op de interactieve kaart',
		mapLabel: (place: string) => `Kaart van de plaats van de toezegging: ${place}`,
		europeWideMap: 'Europabreed: de toezegging heeft geen vaste plaats op de kaart.',
		notFoundTitle: 'Pagina niet gevonden',
		notFoundText:
			'Op dit adres staat geen pagina: misschien is het verkeerd getypt, of is de pagina verhuisd.',
		notFoundHome: 'Naar de kaart met alle toezeggingen',
		noscript:
			'JavaScript staat uit: de kaart toont alle toezeggingen; filters, gedeelde weergaven en de insluitcode hebben JavaScript nodig. Elk land op de kaart en elke toezegging in de lijst is een link naar een eigen pagina.'
	},
	promises: {
		nav: 'Beloften',
		changesNav: 'Wijzigingen',
		title: 'Beloftenvolger',
		intro:
			'Elke toezegging met een doel of een termijn: wat er beloofd is, door wie, tegen wanneer, en wat de bronnen sindsdien melden.',
		asOf: (date: string) =>
			`Uitkomsten per ${date}, uit de gedateerde geschiedenis van elke toezegging.`,
		cardCount: (n: string) => `Beloften met een doel of een termijn: ${n}`,
		howDecided: 'Hoe een uitkomst wordt bepaald',
		outcomes: {
			met: 'Nagekomen',
			progress: 'Voortgang gemeld',
			pending: 'Nog geen uitkomst',
			delayed: 'Vertraagd',
			'deadline-passed': 'Termijn verstreken; resultaat niet gemeld',
			withdrawn: 'Ingetrokken'
		},
		outcomeHelp: {
			met: 'Een bron meldt een aantal dat het doel haalt of overtreft. Een belofte zonder streefcijfer wordt nooit als nagekomen gemarkeerd: de dataset kan haar niet meten.',
			progress:
				'Een bron meldt voortgang: bij een doel het aantal mensen dat tot nu toe is bereikt; zonder doel een mijlpaal (bouw, opening) vóór de termijn, of een gemeld cijfer erna.',
			pending: 'De termijn ligt nog in de toekomst, of er is er geen, en er is nog niets gemeld.',
			delayed: 'Een bron meldt een uitgestelde datum, en sindsdien is er niets gemeld.',
			'deadline-passed':
				'De termijn is verstreken en geen enkele bron meldt een uitkomst. Dat zegt niet of de belofte is nagekomen, alleen dat niemand het heeft gemeld.',
			withdrawn: 'Een bron meldt dat de belofte is geschrapt of geannuleerd.'
		},
		methodText: [
			'Een belofte is een toezegging met een streefcijfer of een termijn. De uitkomst wordt alleen bepaald uit haar gedateerde geschiedenis met bronnen, volgens de eerste regel die van toepassing is, in de volgorde hieronder; de gebeurtenis waarop ze berust, staat erbij als bewijs, met datum en bronnen.',
			'Een termijn is zo precies als zijn bron: „2025” verstrijkt aan het einde van 31 december 2025, „2025-06” aan het einde van 30 juni 2025. Een termijn van vandaag is niet verstreken. Een gebeurtenis die op een maand of een jaar gedateerd is, telt vanaf de eerste dag daarvan.'
		],
		filters: 'Filteren en sorteren',
		country: 'Land',
		outcome: 'Uitkomst',
		sort: 'Sorteren op',
		all: 'Alle',
		sorts: { deadline: 'Termijn, eerstvolgende eerst', outcome: 'Uitkomst', country: 'Land' },
		showing: (shown: string, total: string) => `${shown} van ${total} beloften`,
		showAll: 'Alle beloften tonen',
		empty: 'Geen belofte voldoet aan deze filters.',
		listHeading: 'De beloften',
		promisedBy: 'Beloofd door',
		byWhen: 'Tegen wanneer',
		noDeadline: 'Geen termijn',
		figure: 'Doel',
		evidence: 'Bewijs',
		noEvidence: 'Geen gedateerde gebeurtenis',
		summaryHeading: 'De uitkomsten in één oogopslag',
		chartByType: 'Beloften per soort en uitkomst',
		chartByCountry: 'Beloften per land en uitkomst',
		chartUnits: 'Aantal beloften',
		chartDescription: (summary: string) => `Gestapelde balken, één per rij: ${summary}.`,
		chartSource: (date: string) =>
			`Bron: Europe Commitments Map, commitments.csv en history.csv; uitkomsten per ${date}.`,
		changes: {
			title: 'Wat er veranderd is',
			intro:
				'Elke gedateerde gebeurtenis in de dataset, de nieuwste eerst: aankondigingen, openingen, voortgangsmeldingen, vertragingen en gewijzigde doelen, elk met zijn bron.',
			feed: 'Volg de wijzigingen: Atom-feed',
			feedNote: 'Plak het adres van de feed in een feedlezer; de titels zijn in het Engels.',
			count: (n: string) => `${n} gebeurtenissen`
		}
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
	}
};
