import type { PageMessages } from './en';
import { pluralCategory } from '../plural';

/** Polish plural (Intl.PluralRules): 1 kraj; 2–4, 22–24… (not 12–14) kraje; otherwise krajów. */
function plural(n: number, one: string, few: string, many: string): string {
	const category = pluralCategory(n, 'pl');
	return category === 'one' ? one : category === 'many' ? many : few;
}

const num = (n: string) => Number(n.replace(/\D/g, ''));

export const pl: PageMessages = {
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
	promises: {
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
			'Termin jest tak dokładny jak jego źródło: „2025” mija z końcem 31 grudnia 2025 r., „2025-06” z końcem 30 czerwca 2025 r. Termin przypadający dziś jeszcze nie minął. Zdarzenie datowane na miesiąc lub rok liczy się dopiero po upływie tego miesiąca lub roku (albo od dnia sprawdzenia danych, jeśli wcześniej), na tej stronie tak samo jak na mapie na dany dzień.'
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
	commitmentPage: {
		breadcrumbs: 'Gdzie jest ta strona',
		showOnMap: 'Pokaż na mapie interaktywnej',
		mapLabel: (place: string) => `Mapa z miejscem zobowiązania: ${place}`,
		europeWideMap: 'W całej Europie: zobowiązanie nie ma jednego miejsca na mapie.'
	},
	scale: {
		changesPages: 'Strony zdarzeń',
		newer: 'Nowsze zdarzenia',
		older: 'Starsze zdarzenia',
		page: (n: string) => `Strona ${n}`,
		titled: (title: string, n: string, total: string) => `${title}, strona ${n} z ${total}`,
		eventsRange: (first: string, last: string, total: string) =>
			`Zdarzenia od ${first} do ${last} z ${total}, od najnowszego`,
		feedNewest: (n: string) => `Kanał zawiera najnowsze zdarzenia (${n}).`,
		promisesPages: 'Strony obietnic',
		previous: 'Poprzednia strona',
		next: 'Następna strona',
		promisesRange: (first: string, last: string, total: string) =>
			`Obietnice od ${first} do ${last} z ${total}, od najbliższego terminu`,
		loading: 'Wczytywanie wszystkich obietnic, aby je przefiltrować…',
		loadFailed: 'Nie udało się wczytać wszystkich obietnic: filtry obejmują tylko te z tej strony.'
	}
};
