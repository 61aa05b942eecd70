import type { Messages } from './en';
import { isOne, pluralCategory } from './plural';

/** Polish plural (Intl.PluralRules): 1 kraj; 2–4, 22–24… (not 12–14) kraje; otherwise krajów. */
function plural(n: number, one: string, few: string, many: string): string {
	const category = pluralCategory(n, 'pl');
	return category === 'one' ? one : category === 'many' ? many : few;
}

const num = (n: string) => Number(n.replace(/\D/g, ''));

/** "1 osoba", "3 osoby", "300 000 osób". */
const persons = (n: string) => `${n} ${plural(num(n), 'osoba', 'osoby', 'osób')}`;

/** "in" + the country in the locative, by its Intl name: "w Polsce", "we Włoszech", "na Węgrzech". */
const IN_COUNTRY: Record<string, string> = {
	Albania: 'w Albanii',
	Andora: 'w Andorze',
	Austria: 'w Austrii',
	Belgia: 'w Belgii',
	Białoruś: 'na Białorusi',
	'Bośnia i Hercegowina': 'w Bośni i Hercegowinie',
	Bułgaria: 'w Bułgarii',
	Chorwacja: 'w Chorwacji',
	Cypr: 'na Cyprze',
	Czarnogóra: 'w Czarnogórze',
	Czechy: 'w Czechach',
	'Republika Czeska': 'w Republice Czeskiej',
	Dania: 'w Danii',
	Estonia: 'w Estonii',
	Finlandia: 'w Finlandii',
	Francja: 'we Francji',
	Grecja: 'w Grecji',
	Hiszpania: 'w Hiszpanii',
	Holandia: 'w Holandii',
	Niderlandy: 'w Niderlandach',
	Irlandia: 'w Irlandii',
	Islandia: 'na Islandii',
	Kosowo: 'w Kosowie',
	Liechtenstein: 'w Liechtensteinie',
	Litwa: 'na Litwie',
	Luksemburg: 'w Luksemburgu',
	Łotwa: 'na Łotwie',
	'Macedonia Północna': 'w Macedonii Północnej',
	Macedonia: 'w Macedonii',
	Malta: 'na Malcie',
	Mołdawia: 'w Mołdawii',
	Monako: 'w Monako',
	Niemcy: 'w Niemczech',
	Norwegia: 'w Norwegii',
	Polska: 'w Polsce',
	Portugalia: 'w Portugalii',
	Rumunia: 'w Rumunii',
	'San Marino': 'w San Marino',
	Serbia: 'w Serbii',
	Słowacja: 'na Słowacji',
	Słowenia: 'w Słowenii',
	Szwajcaria: 'w Szwajcarii',
	Szwecja: 'w Szwecji',
	Turcja: 'w Turcji',
	Ukraina: 'w Ukrainie',
	Watykan: 'w Watykanie',
	Węgry: 'na Węgrzech',
	'Wielka Brytania': 'w Wielkiej Brytanii',
	'Zjednoczone Królestwo': 'w Zjednoczonym Królestwie',
	Włochy: 'we Włoszech'
};

/** "w Polsce"; a name not in the table (another browser's Intl data) as "w kraju: …". */
function inCountry(country: string): string {
	return IN_COUNTRY[country] ?? `w kraju: ${country}`;
}

/** The interface in Polish. */
export const pl: Messages = {
	siteTitle: 'Zobowiązania Microsoftu w Europie',
	siteNavigation: 'Witryna',
	language: 'Język',
	map: 'Mapa',
	siteTagline:
		'Regiony chmurowe, programy bezpieczeństwa, zobowiązania szkoleniowe i ośrodki badawcze: gdzie są, co obiecano i na ile jesteśmy tego pewni.',
	skipToList: 'Pomiń mapę, przejdź do listy',
	mapLabel: 'Mapa zobowiązań Microsoftu w Europie',
	mapInstructions:
		'Przeciągnij lub użyj klawiszy strzałek, by przesuwać, a plusa i minusa, by powiększać. Każde zobowiązanie z mapy jest też na liście.',
	mapLoading: 'Wczytywanie mapy interaktywnej…',
	mapFallback: 'Uproszczona mapa: ta przeglądarka nie może wyświetlić mapy interaktywnej.',
	zoomIn: 'Powiększ',
	zoomOut: 'Pomniejsz',
	resetView: 'Pokaż całą Europę',
	pan: {
		up: 'Przesuń na północ',
		down: 'Przesuń na południe',
		left: 'Przesuń na zachód',
		right: 'Przesuń na wschód'
	},
	attribution: 'Mapa bazowa: Natural Earth',
	filters: 'Filtry',
	typeLegend: 'Rodzaj',
	statusLegend: 'Status',
	showAll: 'Pokaż wszystko',
	types: {
		datacenter: 'Chmura i centra danych',
		security: 'Bezpieczeństwo i zaufanie',
		training: 'Umiejętności i szkolenia',
		startup: 'Start-upy i badania'
	},
	statuses: {
		operational: 'Działające',
		restricted: 'Ograniczony dostęp',
		announced: 'Ogłoszone'
	},
	statusHelp: {
		operational: 'Otwarte, działające lub zrealizowane',
		restricted: 'Działa, dostęp ograniczony',
		announced: 'Ogłoszone, jeszcze nieotwarte lub niezrealizowane'
	},
	confidence: { high: 'Wysoka pewność', medium: 'Średnia pewność', low: 'Niepotwierdzone' },
	confidenceHelp: {
		high: 'Oficjalna strona lub kilka zgodnych ze sobą niezależnych doniesień.',
		medium: 'Jedno źródło wtórne.',
		low: 'Żadne źródło nie potwierdza zobowiązania w tej postaci: wątpliwe jest samo twierdzenie.'
	},
	approximatePlace: 'Miejsce przybliżone',
	approximatePlaceHelp:
		'Zobowiązanie ma źródło; tylko jego miejsce na mapie jest przybliżone lub niepewne.',
	precision: {
		site: 'Dokładna lokalizacja',
		city: 'Miasto',
		country: 'Cały kraj',
		europe: 'Cała Europa'
	},
	listHeading: 'Zobowiązania',
	showing: (shown: string, total: string) => `Widoczne zobowiązania: ${shown} z ${total}`,
	listBreakdown: (n: number, shown: string) =>
		isOne(n, 'pl')
			? 'Jest na mapie'
			: n === 2
				? 'Oba są na mapie'
				: `Wszystkie ${shown} są na mapie`,
	emptyList: 'Żadne zobowiązanie nie pasuje do tych filtrów.',
	showAllInGroup: (count: string) => `Pokaż wszystkie (${count})`,
	europeWide: 'Cała Europa',
	europeWideNote: 'Zobowiązania bez miejsca na mapie.',
	countryWide: 'Cały kraj',
	details: 'Szczegóły',
	close: 'Zamknij',
	closeDetails: 'Zamknij szczegóły',
	hereAre: (n: string) =>
		`${n} ${plural(num(n), 'zobowiązanie', 'zobowiązania', 'zobowiązań')} w tym miejscu`,
	filtered: {
		reset: 'Wyczyść filtry',
		/** The map's key and the ranking, for the commitments metric when filtered. */
		commitments: 'Zobowiązania',
		only: (what: string) => `tylko ${what}`,
		note: (parts: string) => `Filtry: ${parts}`,
		someTypes: (ticked: number, all: number) => `${ticked} z ${all} rodzajów`,
		someStatuses: (ticked: number, all: number) => `${ticked} z ${all} statusów`,
		title: (title: string, note: string) => `${title} (${note})`,
		nearby: (n: string) =>
			`${n} ${plural(num(n), 'zobowiązanie', 'zobowiązania', 'zobowiązań')} w pobliżu`,
		europeWide: (n: string) =>
			`${n} ${plural(num(n), 'zobowiązanie ogólnoeuropejskie', 'zobowiązania ogólnoeuropejskie', 'zobowiązań ogólnoeuropejskich')}`,
		europeWideNote: 'Zobowiązania dla całej Europy: na mapie, w ramce „Cała Europa”.',
		panelAll: (n: string) => `Zobowiązania dla całej Europy: ${n}. Pokaż ich listę`,
		panelType: (type: string, n: string) => `${type}, cała Europa: ${n}`,
		panelNone: 'Brak przy tych filtrach',
		skillsHidden: 'Żadne zobowiązanie szkoleniowe tego kraju nie spełnia filtrów.'
	},
	fields: {
		locationSource: 'Źródło lokalizacji',
		partOf: 'Część',
		includes: 'Obejmuje',
		type: 'Rodzaj',
		status: 'Status',
		place: 'Miejsce',
		announced: 'Ogłoszono',
		opened: 'Otwarto',
		deadline: 'Termin',
		target: 'Cel',
		partners: 'Wymienieni partnerzy',
		claimedBy: 'Deklarowane przez',
		confidence: 'Pewność',
		sources: 'Źródła',
		notes: 'Uwagi'
	},
	partOfNote: '(jego liczba jest już tam wliczona; nie dodaje się jej)',
	includesNote: '(ich liczby są już wliczone w to zobowiązanie; nie dodaje się ich)',
	history: {
		heading: 'Historia',
		kinds: {
			announced: 'Ogłoszenie',
			restated: 'Ponowne ogłoszenie',
			construction: 'Budowa',
			opened: 'Otwarcie',
			delayed: 'Opóźnienie',
			'target-changed': 'Zmiana celu',
			progress: 'Postęp',
			withdrawn: 'Wycofanie'
		},
		statusAfter: (status: string) => `Status po zdarzeniu: ${status}`,
		people: (n: string) => persons(n),
		sources: (n: number) => (isOne(n, 'pl') ? 'Źródło:' : 'Źródła:')
	},
	openedUnknown: 'Nie podano daty otwarcia',
	deadlinePassed: 'Termin minął; wyniku nie podano',
	peopleToTrain: (n: string) => `${persons(n)} do przeszkolenia`,
	unconfirmed: 'Niepotwierdzone',
	getData: 'Pobierz dane',
	footer: 'Niezależny projekt open source; niezwiązany z firmą Microsoft.',
	backToMap: 'Wróć do mapy',
	embedButton: 'Osadź',
	// After "Lista" the numeral is in the genitive: 1 zobowiązania, any other number zobowiązań.
	embedList: (n: number) =>
		isOne(n, 'pl') ? 'Lista 1 wyświetlanego zobowiązania' : `Lista ${n} wyświetlanych zobowiązań`,
	openFullMap: 'Otwórz pełną mapę',
	embedDialog: {
		title: 'Osadź tę mapę',
		intro:
			'Wklej kod do swojego artykułu. Mapa wczytuje się wyłącznie z tej witryny, niczego nikomu nie wysyła i nie blokuje przewijania strony.',
		types: 'Rodzaje',
		status: 'Status',
		country: 'Kraj',
		wholeEurope: 'Cała Europa',
		theme: 'Motyw',
		themes: { auto: 'Ustawienie czytelnika', light: 'Jasny', dark: 'Ciemny' },
		height: 'Wysokość (w pikselach)',
		legend: 'Pokaż legendę',
		autoHeight: 'Dopasuj wysokość do treści (dodaje mały skrypt)',
		preview: 'Podgląd',
		code: 'Kod do wklejenia',
		copy: 'Kopiuj kod',
		copied: 'Skopiowano do schowka',
		copyFailed: 'Nie udało się skopiować: zaznacz kod i skopiuj go',
		close: 'Zamknij',
		language: 'Język',
		iframeTitle: 'Mapa zobowiązań Microsoftu w Europie',
		heightHelp: (min: string, max: string) => `Od ${min} do ${max} pikseli.`,
		heightError: (min: string, max: string) =>
			`Wpisz liczbę całkowitą pikseli od ${min} do ${max}.`,
		showTitle: 'Pokaż tytuł nad mapą',
		noCode: 'Brak kodu, dopóki wysokość jest nieprawidłowa.'
	},
	allEurope: 'Cała Europa',
	chooseCountry: 'Wybierz kraj',
	typeCountry: 'Wpisz nazwę kraju',
	noCountryMatch: 'Brak pasujących krajów',
	countryCount: (n: number) => `${n} ${plural(n, 'kraj', 'kraje', 'krajów')}`,
	countryPageTitle: (country: string) => `Microsoft ${inCountry(country)}`,
	countryDescription: (country: string, facts: string) =>
		facts
			? `Microsoft ${inCountry(country)}: ${facts}.`
			: `Microsoft ${inCountry(country)}: brak odnotowanych zobowiązań.`,
	factSites: (n: string) =>
		`${n} ${plural(num(n), 'lokalizacja', 'lokalizacje', 'lokalizacji')} centrów danych`,
	factCommitments: (n: string) =>
		`${n} ${plural(num(n), 'zobowiązanie', 'zobowiązania', 'zobowiązań')}`,
	factTarget: (people: string, deadline: string) =>
		deadline
			? `${persons(people)} do przeszkolenia (termin: ${deadline})`
			: `${persons(people)} do przeszkolenia`,
	noCommitments: (country: string) =>
		`W tym zbiorze danych nie odnotowano żadnego zobowiązania Microsoftu ${inCountry(country)}. Poniższe porównanie pokazuje, jak ten kraj wypada na tle innych krajów europejskich.`,
	countryCommitments: (country: string) => `Zobowiązania ${inCountry(country)}`,
	overview: 'Europa w skrócie',
	overviewText: (n: string, countries: string) =>
		`${n} ${plural(num(n), 'zobowiązanie', 'zobowiązania', 'zobowiązań')} w ${countries} ${isOne(countries, 'pl') ? 'kraju' : 'krajach'} oraz zobowiązania ogólnoeuropejskie. Kliknij kraj na mapie lub wybierz go z listy, aby zobaczyć jego wykresy.`,
	colourBy: 'Koloruj kraje według',
	metrics: {
		commitments: 'Zobowiązania wszystkich rodzajów',
		sites: 'Regiony chmurowe i lokalizacje centrów danych',
		trainingPerThousand: 'Osoby do przeszkolenia na 1000 mieszkańców'
	},
	metricUnits: {
		commitments: 'Liczba zobowiązań odnotowanych dla kraju',
		sites: 'Liczba regionów Azure i kampusów centrów danych na mapie',
		trainingPerThousand:
			'Osoby do przeszkolenia w ramach zobowiązań Microsoftu, na 1000 mieszkańców'
	},
	none: 'brak',
	othersWithNone: (n: string) =>
		`${n} ${plural(num(n), 'inny kraj', 'inne kraje', 'innych krajów')}: brak odnotowanych zobowiązań.`,
	charts: {
		showTable: 'Pokaż jako tabelę',
		hideTable: 'Ukryj tabelę',
		source: (date: string) =>
			`Źródło: zbiór danych Europe Commitments Map, fakty sprawdzone ${date}.`,
		populationSource: (year: string) => `Ludność: Bank Światowy (SP.POP.TOTL), ${year}.`,
		keyboardHelp: 'Użyj klawiszy strzałek, aby odczytać kolejne wartości.',
		byTypeTitle: 'Zobowiązania według rodzaju i statusu',
		byTypeUnits: 'Liczba zobowiązań',
		byTypeEuropeTitle: 'Zobowiązania w Europie według rodzaju i statusu',
		byTypeDescription: (summary: string) =>
			`Skumulowane słupki, po jednym na każdy rodzaj. ${summary}`,
		timelineTitle: 'Oś czasu: zapowiedzi i otwarcia',
		timelineUnits: 'Rok; jeden wiersz na zobowiązanie',
		timelineDescription: (n: string) =>
			`${n} ${plural(num(n), 'zobowiązanie', 'zobowiązania', 'zobowiązań')} na osi czasu: pusty znacznik to ogłoszenie, pełny znacznik to otwarcie, kreska to termin; linia oznacza dzień dzisiejszy.`,
		timelineEmpty: 'Dla tych zobowiązań nie podano żadnej daty.',
		undated: (names: string) => `Brak podanej daty: ${names}.`,
		announced: 'Ogłoszono',
		opened: 'Otwarto',
		deadline: 'Termin',
		today: 'Dziś',
		skillsTitle: 'Zobowiązanie szkoleniowe',
		skillsUnits: 'Osoby do przeszkolenia',
		skillsEmpty: (country: string) =>
			`Nie odnotowano ${inCountry(country)} zobowiązania szkoleniowego z podaną liczbą osób.`,
		skillsTarget: (people: string, deadline: string) =>
			deadline
				? `${persons(people)} do przeszkolenia (termin: ${deadline})`
				: `${persons(people)} do przeszkolenia`,
		perThousand: (value: string) => `${value} na 1000 mieszkańców`,
		population: (n: string, year: string) => `Ludność: ${n} (${year})`,
		shareOfArticle: (share: string, target: string) =>
			`${share} z ${target} osób, które według artykułu Microsoft przeszkoli w Europie do 2027 roku`,
		articleClaim: 'Twierdzenie z artykułu, niepotwierdzone: nie znaleziono źródła',
		thisCountry: 'Zobowiązanie dla tego kraju',
		measure: 'Miara',
		value: 'Wartość',
		compareTitle: 'Porównanie',
		compareDescription: (metric: string, n: string) =>
			`Kraje uszeregowane według kryterium: ${metric}; ${n} ${plural(num(n), 'kraj ma', 'kraje mają', 'krajów ma')} wartość większą od zera.`,
		rank: 'Miejsce',
		country: 'Kraj',
		commitment: 'Zobowiązanie',
		type: 'Rodzaj',
		total: 'Razem'
	},
	about: 'Źródła i metodologia',
	marks: {
		key: 'Co oznaczają symbole',
		keyButton: 'Legenda',
		showKey: 'Pokaż, co oznaczają symbole',
		hideKey: 'Ukryj legendę',
		countryWide: 'Cały kraj, nie konkretne miejsce',
		cluster: 'Kilka zobowiązań: kliknij, aby je zobaczyć',
		clusterLabel: (n: number) => `${n} ${plural(n, 'zobowiązanie', 'zobowiązania', 'zobowiązań')}`
	},
	mapReading: {
		ctrlScrollToZoom: 'Użyj Ctrl + kółka myszy, aby powiększyć mapę',
		cmdScrollToZoom: 'Użyj ⌘ + kółka myszy, aby powiększyć mapę',
		twoFingersToMove: 'Użyj dwóch palców, aby przesunąć mapę',
		countryHint: 'Kliknij, aby zobaczyć zobowiązania tego kraju'
	},
	share: {
		countries: (n: string) => `Kraje z zobowiązaniami: ${n}`,
		noCommitments: 'Nie odnotowano jeszcze żadnego zobowiązania',
		credit: (date: string) =>
			`Europe Commitments Map · dane sprawdzone ${date} · CC BY 4.0 · Mapa bazowa: Natural Earth`,
		europe: 'Europa',
		cardAlt: (place: string, figures: string) =>
			`Mapa (${place}) z zobowiązaniami Microsoftu. ${figures}`,
		citeHeading: 'Cytowanie',
		citeIntro: 'Zacytuj zbiór danych z datą weryfikacji faktów i odnośnikiem do tej strony.',
		plainText: 'Tekst',
		copyPlain: 'Kopiuj cytowanie',
		copyBibtex: 'Kopiuj BibTeX',
		copied: 'Skopiowano.',
		copyFailed: 'Zaznaczono: naciśnij Ctrl+C (⌘C na Macu), aby skopiować.',
		datasetKind: 'Zbiór danych',
		checked: (date: string) => `Dane sprawdzone ${date}`
	},
	download: {
		image: 'Pobierz obraz',
		mapButton: 'Pobierz obraz mapy',
		mapAs: (format: string) => `Pobierz ten widok mapy jako ${format}`,
		chartAs: (title: string, format: string) => `Pobierz wykres „${title}” jako ${format}`,
		svgHelp: 'Grafika wektorowa: ostra w każdym rozmiarze, do edycji',
		pngHelp: 'Obraz rastrowy: do prezentacji i postów',
		making: 'Tworzenie obrazu…',
		saved: 'Obraz zapisany.',
		failed: 'Ta przeglądarka nie mogła utworzyć obrazu.',
		source: (date: string) => `Europe Commitments Map, dane sprawdzone ${date}, CC BY 4.0`,
		cluster: 'Kilka zobowiązań blisko siebie'
	},
	dataLang: {
		cityArea: (city: string) => `${city} i okolice`,
		colon: ': ',
		semicolon: '; ',
		reportAt: 'Zgłoś go w repozytorium projektu',
		article: 'Sprawdzany artykuł',
		articleUnknown: 'Nie wiadomo, w jakim medium ani kiedy się ukazał.',
		publishedBy: 'Opublikował'
	},
	edges: {
		tableScrolls: (caption: string) => `${caption} (szersza niż kolumna: przewiń w bok)`
	},
	asof: {
		label: 'Mapa według stanu na',
		today: 'Dziś',
		todayLabel: 'Wróć do dzisiejszych danych',
		play: 'Odtwórz, miesiąc po miesiącu',
		pause: 'Wstrzymaj',
		current: (date: string) => `dziś, ${date}`,
		empty: (date: string, first: string) =>
			`Do ${date} nie ogłoszono żadnego zobowiązania. Pierwsze w danych pochodzi z okresu: ${first}.`,
		dataAsOf: (date: string) => `Dane według stanu na ${date}`,
		changesSince: (n: number, count: string) =>
			`${count} ${plural(n, 'zmiana', 'zmiany', 'zmian')} od tego czasu`,
		currentMap: 'Zobacz aktualną mapę',
		data: 'Dane',
		live: 'Bieżące dane',
		liveHelp: 'Osadzona mapa zawsze pokazuje najnowsze dane.',
		keep: 'Zachowaj dzisiejsze dane',
		keepHelp: (date: string) =>
			`Osadzona mapa pokazuje dane według stanu na ${date} i podaje, ile zmian nastąpiło od tego czasu.`
	},
	lazy: {
		showAll: (n: number, count: string) =>
			isOne(n, 'pl') ? `Pokaż ${count} zobowiązanie` : `Pokaż wszystkie zobowiązania (${count})`,
		noscript:
			'JavaScript jest wyłączony: pozostałe zobowiązania są wymienione na stronach ich krajów, do których prowadzą linki poniżej.'
	},
	/** The links to the pages beyond the map, and the words every page needs about them. */
	site: {
		promises: 'Obietnice',
		changes: 'Zmiany',
		noscript:
			'JavaScript jest wyłączony: mapa pokazuje wszystkie zobowiązania, a filtry, udostępnione widoki i generator kodu do osadzenia wymagają JavaScriptu. Każdy kraj na mapie i każde zobowiązanie na liście prowadzi do własnej strony.',
		notFoundTitle: 'Nie znaleziono strony',
		notFoundText:
			'Pod tym adresem nie ma strony: adres mógł zostać błędnie wpisany albo strona została przeniesiona.',
		notFoundHome: 'Przejdź do mapy wszystkich zobowiązań'
	},
	notfound2: {
		countries: 'Strona każdego kraju',
		countriesIntro: 'Szukasz kraju? Każdy kraj na mapie ma własną stronę:'
	}
};
