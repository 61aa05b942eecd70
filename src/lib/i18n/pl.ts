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
	aboutPage: {
		title: 'Źródła i metodologia',
		intro:
			'Ta mapa zbiera to, co Microsoft zapowiedział dla Europy (regiony chmurowe, programy bezpieczeństwa, zobowiązania szkoleniowe, ośrodki dla start-upów i ośrodki badawcze), i przy każdym fakcie pokazuje, kto go podaje, skąd pochodzi i na ile jesteśmy go pewni.',
		lastUpdate: (date: string) => `Ostatnia weryfikacja faktów: ${date}.`,
		inNumbers: 'Zbiór danych w liczbach',
		total: (n: string) => `${n} ${plural(num(n), 'zobowiązanie', 'zobowiązania', 'zobowiązań')}`,
		byConfidence: 'Według pewności',
		byType: 'Według rodzaju',
		words: 'Co oznaczają terminy',
		typesHeading: 'Rodzaje',
		typeHelp: {
			datacenter:
				'Regiony chmurowe Azure, kampusy centrów danych i inwestycje w nie, oferta chmury suwerennej.',
			security:
				'Centra i programy bezpieczeństwa, przejrzystości i reagowania na incydenty; zobowiązania dotyczące ochrony danych, takie jak EU Data Boundary; gwarancje dotyczące AI.',
			training:
				'Zobowiązania do przeszkolenia ludzi w zakresie umiejętności cyfrowych, AI i cyberbezpieczeństwa oraz partnerzy tych zobowiązań.',
			startup:
				'Laboratoria badawcze, programy dla start-upów i akceleratory; zobowiązania dotyczące konkurencyjności.'
		},
		statusesHeading: 'Statusy',
		precisionHeading: 'Dokładność: gdzie zobowiązanie jest zaznaczone',
		precisionHelp: {
			site: 'Własna lokalizacja obiektu według źródła podanego właśnie dla niej (wniosek o pozwolenie na budowę, zakup gruntu, oficjalny adres): jego „źródło lokalizacji”.',
			city: 'Środek miasta lub obszaru wymienionego w źródłach; dokładna lokalizacja nie została podana. Oznaczone jako miejsce przybliżone.',
			country:
				'Zobowiązanie dotyczące całego kraju. Jest na liście i wyróżnia kraj na mapie; nigdy nie jest rysowane jako punkt w stolicy.',
			europe:
				'Zobowiązanie dotyczące całej Europy, bez miejsca. Jest wymienione w sekcji „Cała Europa”.'
		},
		confidenceHeading: 'Pewność',
		doubtsHeading: 'Dwie różne wątpliwości',
		doubtsIntro:
			'Czy zobowiązanie istnieje w deklarowanej postaci i gdzie dokładnie się znajduje, to dwa różne pytania. Nigdy nie są mieszane:',
		unconfirmedHelp:
			'Wątpliwość co do samego twierdzenia: żadne źródło nie potwierdza, że zobowiązanie istnieje w deklarowanej postaci. W plikach do pobrania jego pewność (confidence) ma wartość „low”, a confidence_note wyjaśnia dlaczego.',
		approximatePlaceHelp:
			'Wątpliwość tylko co do miejsca: zobowiązanie ma źródło, ale jego punkt to środek miasta lub obszaru (dokładność „city”) albo lokalizacja z zastrzeżeniem. place_note wyjaśnia dlaczego. Region centrów danych, którego dokładna lokalizacja nie została podana, ma miejsce przybliżone; nie jest przez to niepotwierdzony.',
		historyHeading: 'Historia: co się wydarzyło i kiedy',
		historyText: [
			'Każde zobowiązanie ma datowaną historię: jego ogłoszenie, a potem to, co nastąpiło. Każde zdarzenie ma własne źródło, a jego data jest tak dokładna jak to źródło (rok, miesiąc lub dzień). Gdy pierwotne ogłoszenie nie jest datowane w żadnym źródle, przyjmuje się najwcześniejszą datowaną wzmiankę, o czym mówi jej uwaga.',
			'Status zobowiązania, data ogłoszenia i data otwarcia są sprawdzane z jego historią: status to ten po ostatnim zdarzeniu, data ogłoszenia to data zdarzenia „Ogłoszenie”, a data otwarcia to data zdarzenia „Otwarcie”.'
		],
		eventsHeading: 'Co oznacza każde zdarzenie',
		eventHelp: {
			announced: 'Po raz pierwszy podane do publicznej wiadomości.',
			restated: 'Ogłoszone ponownie, bez zmian w treści.',
			construction: 'Rozpoczęcie budowy lub wydanie pozwoleń.',
			opened: 'Otwarte, uruchomione lub ogólnie dostępne.',
			delayed: 'Przesunięto termin.',
			'target-changed': 'Zmieniła się liczba lub termin.',
			progress: 'Podana liczba lub etap, na przykład liczba osób przeszkolonych do tej pory.',
			withdrawn: 'Porzucone lub odwołane.'
		},
		overlapHeading: 'Nakładające się zobowiązania',
		overlapText:
			'Niektóre zobowiązania się nakładają: program partnera w ramach zobowiązania danego kraju albo dwa źródła podające różne liczby dla tego samego zobowiązania. Są pokazywane obok siebie, każde ze swoim źródłem, i nigdy nie są sumowane. Część wskazuje zobowiązanie, którego liczba już ją obejmuje, a żadna suma ani wykres nie dodaje ich do siebie.',
		method: 'Jak zebraliśmy i sprawdziliśmy fakty',
		methodText: [
			'Punktem wyjścia był francuski artykuł „Microsoft renforce ses engagements numériques en Europe”; każde z jego twierdzeń sprawdziliśmy na stronach samego Microsoftu (komunikaty prasowe, blogi, lista regionów Azure) i w niezależnych doniesieniach.',
			'Każde zobowiązanie ma co najmniej jedno źródło, które czytelnik może otworzyć. Nie dodajemy niczego, czego źródło nie podaje: żaden partner, miasto, liczba ani data nie są zgadywane. Jeśli miejsce nie zostało podane, zobowiązanie jest zapisane z taką dokładnością, jaka jest znana (kraj lub Europa jako całość).',
			'Termin, który minął bez podanego wyniku, jest oznaczany jako „termin minął; wyniku nie podano”, nigdy jako dotrzymany.',
			'Wskaźniki na mieszkańca opierają się na jednej tabeli ludności: liczbie ludności ogółem według Banku Światowego (SP.POP.TOTL) za jeden rok odniesienia. Dane dla Cypru obejmują część północną.'
		],
		differences: 'Gdzie artykuł i źródła się różnią',
		differencesList: [
			'Podanego w artykule celu przeszkolenia 2,5 mln osób w Europie do 2027 roku nie znaleziono w żadnym źródle; źródła potwierdzają jedynie zobowiązania dla poszczególnych krajów. Cel ten jest przedstawiony jako twierdzenie z artykułu, niepotwierdzone.',
			'Artykuł zapowiada „nowe centra reagowania na incydenty” w Europie. Żadne źródło nie wymienia żadnego z nich ani nie podaje miasta; najbliższą rzeczywistą zapowiedzią jest European Security Program (Berlin, 4 czerwca 2025). Przedstawione jako niepotwierdzone, bez miejsca.',
			'„AI Assurance Program”, który artykuł przedstawia jako nowość, ogłoszono 8 czerwca 2023 jako jedno z trzech globalnych zobowiązań AI Customer Commitments.',
			'Zobowiązanie, by nie przenosić danych osobowych Europejczyków poza Europę, odpowiada projektowi EU Data Boundary, ukończonemu w lutym 2025.',
			'U podstaw artykułu leży pięć „European digital commitments”, które Brad Smith ogłosił w Brukseli 30 kwietnia 2025.',
			'Tam, gdzie źródła się różnią (cel szkoleniowy Austrii: 300 000 lub 200 000 osób), szczegóły podają obie wartości.'
		],
		data: 'Dane',
		dataText:
			'Pobierz wszystkie zobowiązania wraz ze źródłami i poziomem pewności jako arkusz kalkulacyjny (CSV, UTF-8) lub dla narzędzi do tworzenia map (GeoJSON). Zobowiązania bez punktu mają pustą geometrię.',
		csv: 'Zobowiązania w formacie CSV',
		geojson: 'Zobowiązania w formacie GeoJSON',
		historyCsv: 'Historia każdego zobowiązania w formacie CSV (zdarzenia z datami i ich źródła)',
		licence: (licence: string) => `Zbiór danych jest udostępniony na licencji ${licence}.`,
		basemap:
			'Mapa bazowa powstała na podstawie danych Natural Earth (domena publiczna) i jest wbudowana w witrynę: żadne kafelki map ani czcionki nie są pobierane z zewnątrz.',
		corrections: 'Zgłoś poprawkę',
		correctionsText:
			'Widzisz błąd albo znasz nowsze źródło? Zgłoś problem (issue) w repozytorium projektu, podając nazwę zobowiązania i link do źródła, albo zmień plik geo/data/commitments.csv (jeden wiersz na zobowiązanie, opis w geo/README.md) i zaproponuj zmianę. Każda zmiana wymaga źródła.'
	},
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
	commitmentPage: {
		breadcrumbs: 'Gdzie jest ta strona',
		showOnMap: 'Pokaż na mapie interaktywnej',
		mapLabel: (place: string) => `Mapa z miejscem zobowiązania: ${place}`,
		europeWideMap: 'W całej Europie: zobowiązanie nie ma jednego miejsca na mapie.',
		notFoundTitle: 'Nie znaleziono strony',
		notFoundText:
			'Pod tym adresem nie ma strony: adres mógł zostać błędnie wpisany albo strona została przeniesiona.',
		notFoundHome: 'Przejdź do mapy wszystkich zobowiązań',
		noscript:
			'JavaScript jest wyłączony: mapa pokazuje wszystkie zobowiązania, a filtry, udostępnione widoki i generator kodu do osadzenia wymagają JavaScriptu. Każdy kraj na mapie i każde zobowiązanie na liście prowadzi do własnej strony.'
	},
	promises: {
		nav: 'Obietnice',
		changesNav: 'Zmiany',
		title: 'Rozliczanie obietnic',
		intro:
			'Każde zobowiązanie z celem liczbowym lub terminem: co obiecano, kto, na kiedy i co źródła podały od tego czasu.',
		asOf: (date: string) =>
			`Wyniki na dzień ${date}, według datowanej historii każdego zobowiązania.`,
		cardCount: (n: string) => `Obietnice z celem lub terminem: ${n}`,
		howDecided: 'Jak ustalany jest wynik',
		outcomes: {
			met: 'Dotrzymana',
			progress: 'Zgłoszono postęp',
			pending: 'Jeszcze bez wyniku',
			delayed: 'Opóźniona',
			'deadline-passed': 'Termin minął; wyniku nie podano',
			withdrawn: 'Wycofana'
		},
		outcomeHelp: {
			met: 'Źródło podaje liczbę równą celowi lub wyższą. Obietnica bez celu liczbowego nigdy nie jest oznaczana jako dotrzymana: zbiór danych nie ma czym jej zmierzyć.',
			progress:
				'Źródło podaje postęp: przy celu liczbowym liczbę osób objętych do tej pory; bez niego etap (budowa, otwarcie) przed terminem albo liczbę podaną po nim.',
			pending: 'Termin jeszcze nie minął albo go nie ma, i nic jeszcze nie podano.',
			delayed: 'Źródło podaje przesunięcie terminu i od tego czasu nic nie podano.',
			'deadline-passed':
				'Termin minął i żadne źródło nie podaje wyniku. Nie znaczy to, że obietnicy nie dotrzymano, tylko że nikt o tym nie poinformował.',
			withdrawn: 'Źródło podaje, że z obietnicy zrezygnowano lub ją odwołano.'
		},
		methodText: [
			'Obietnica to zobowiązanie z celem liczbowym lub terminem. Jej wynik ustala się wyłącznie na podstawie jej datowanej historii ze źródłami, według pierwszej pasującej reguły, w kolejności poniżej; zdarzenie, na którym się opiera, jest pokazane jako dowód, z datą i źródłami.',
			'Termin jest tak dokładny jak jego źródło: „2025” mija z końcem 31 grudnia 2025 r., „2025-06” z końcem 30 czerwca 2025 r. Termin przypadający dziś jeszcze nie minął. Zdarzenie datowane na miesiąc lub rok liczy się od pierwszego dnia tego miesiąca lub roku.'
		],
		filters: 'Filtruj i sortuj',
		country: 'Kraj',
		outcome: 'Wynik',
		sort: 'Sortuj według',
		all: 'Wszystkie',
		sorts: { deadline: 'Termin, najbliższy najpierw', outcome: 'Wynik', country: 'Kraj' },
		showing: (shown: string, total: string) => `Obietnice: ${shown} z ${total}`,
		showAll: 'Pokaż wszystkie obietnice',
		empty: 'Żadna obietnica nie pasuje do tych filtrów.',
		listHeading: 'Obietnice',
		promisedBy: 'Kto obiecał',
		byWhen: 'Do kiedy',
		noDeadline: 'Bez terminu',
		figure: 'Cel',
		evidence: 'Dowód',
		noEvidence: 'Brak datowanego zdarzenia',
		summaryHeading: 'Wyniki w skrócie',
		chartByType: 'Obietnice według rodzaju i wyniku',
		chartByCountry: 'Obietnice według kraju i wyniku',
		chartUnits: 'Liczba obietnic',
		chartDescription: (summary: string) => `Słupki skumulowane, jeden na wiersz: ${summary}.`,
		chartSource: (date: string) =>
			`Źródło: Europe Commitments Map, commitments.csv i history.csv; wyniki na dzień ${date}.`,
		changes: {
			title: 'Co się zmieniło',
			intro:
				'Każde datowane zdarzenie w zbiorze danych, od najnowszego: zapowiedzi, otwarcia, postępy, opóźnienia i zmienione cele, każde ze swoim źródłem.',
			feed: 'Śledź zmiany: kanał Atom',
			feedNote: 'Wklej adres kanału do czytnika kanałów; tytuły są po angielsku.',
			count: (n: string) => `Zdarzenia: ${n}`
		}
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
	}
};
