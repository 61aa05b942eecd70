import type { PageMessages } from './en';

export const nl: PageMessages = {
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
	promises: {
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
			'Een termijn is zo precies als zijn bron: „2025” verstrijkt aan het einde van 31 december 2025, „2025-06” aan het einde van 30 juni 2025. Een termijn van vandaag is niet verstreken. Een gebeurtenis die op een maand of een jaar gedateerd is, telt pas als die maand of dat jaar voorbij is (of vanaf de dag waarop de feiten zijn gecontroleerd, als dat eerder is), op deze pagina net als op de kaart op een datum.'
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
	commitmentPage: {
		breadcrumbs: 'Waar deze pagina staat',
		showOnMap: 'Toon op de interactieve kaart',
		mapLabel: (place: string) => `Kaart van de plaats van de toezegging: ${place}`,
		europeWideMap: 'Europabreed: de toezegging heeft geen vaste plaats op de kaart.'
	},
	scale: {
		changesPages: 'Pagina’s met gebeurtenissen',
		newer: 'Nieuwere gebeurtenissen',
		older: 'Oudere gebeurtenissen',
		page: (n: string) => `Pagina ${n}`,
		titled: (title: string, n: string, total: string) => `${title}, pagina ${n} van ${total}`,
		eventsRange: (first: string, last: string, total: string) =>
			`Gebeurtenissen ${first} tot en met ${last} van ${total}, nieuwste eerst`,
		feedNewest: (n: string) => `De feed bevat de ${n} nieuwste.`,
		promisesPages: 'Pagina’s met beloften',
		previous: 'Vorige pagina',
		next: 'Volgende pagina',
		promisesRange: (first: string, last: string, total: string) =>
			`Beloften ${first} tot en met ${last} van ${total}, eerstvolgende deadline eerst`,
		loading: 'Alle beloften worden geladen om ze te filteren…',
		loadFailed:
			'Niet alle beloften konden worden geladen: de filters gelden alleen voor die op deze pagina.'
	}
};
