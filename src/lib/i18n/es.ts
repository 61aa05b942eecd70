import type { Messages } from './en';
import { isOne } from './plural';

/** “en Francia”, but “en los Países Bajos”, “en el Reino Unido”. */
const IN_COUNTRY: Record<string, string> = {
	'Países Bajos': 'en los Países Bajos',
	'Reino Unido': 'en el Reino Unido',
	'Ciudad del Vaticano': 'en la Ciudad del Vaticano'
};
const inCountry = (country: string): string => IN_COUNTRY[country] ?? `en ${country}`;

/** “para 2027”, “para diciembre de 2025”, “para el 31 de diciembre de 2025”. */
const by = (date: string): string => (/^\d{1,2}\s/.test(date) ? `para el ${date}` : `para ${date}`);

/** The interface in Spanish. */
export const es: Messages = {
	siteTitle: 'Los compromisos de Microsoft en Europa',
	siteNavigation: 'Sitio',
	language: 'Idioma',
	map: 'Mapa',
	siteTagline:
		'Regiones de nube, programas de seguridad, compromisos de formación y centros de investigación: dónde están, qué se prometió y con qué grado de certeza lo sabemos.',
	skipToList: 'Saltar el mapa e ir a la lista',
	mapLabel: 'Mapa de los compromisos de Microsoft en Europa',
	mapInstructions:
		'Arrastre o use las flechas del teclado para desplazarse, y las teclas más y menos para acercar o alejar. Todos los compromisos del mapa figuran también en la lista.',
	mapLoading: 'Cargando el mapa interactivo…',
	mapFallback: 'Mapa simplificado: este navegador no puede mostrar el mapa interactivo.',
	zoomIn: 'Acercar',
	zoomOut: 'Alejar',
	resetView: 'Ver toda Europa',
	pan: {
		up: 'Desplazar hacia el norte',
		down: 'Desplazar hacia el sur',
		left: 'Desplazar hacia el oeste',
		right: 'Desplazar hacia el este'
	},
	attribution: 'Mapa base: Natural Earth',
	filters: 'Filtros',
	typeLegend: 'Tipo',
	statusLegend: 'Estado',
	showAll: 'Mostrar todo',
	types: {
		datacenter: 'Nube y centros de datos',
		security: 'Seguridad y confianza',
		training: 'Competencias y formación',
		startup: 'Startups e investigación'
	},
	statuses: {
		operational: 'Operativo',
		restricted: 'Acceso restringido',
		announced: 'Anunciado'
	},
	statusHelp: {
		operational: 'Abierto, en funcionamiento o completado',
		restricted: 'En funcionamiento, con acceso restringido',
		announced: 'Anunciado, aún no abierto ni cumplido'
	},
	confidence: { high: 'Fiabilidad alta', medium: 'Fiabilidad media', low: 'No confirmado' },
	confidenceHelp: {
		high: 'Una página oficial, o varias informaciones independientes coinciden.',
		medium: 'Una sola fuente secundaria.',
		low: 'Ninguna fuente respalda el compromiso tal como se enuncia: lo dudoso es la afirmación misma.'
	},
	approximatePlace: 'Lugar aproximado',
	approximatePlaceHelp:
		'El compromiso tiene fuente; solo su lugar en el mapa es aproximado o incierto.',
	precision: {
		site: 'Ubicación exacta',
		city: 'Ciudad',
		country: 'Ámbito nacional',
		europe: 'Ámbito europeo'
	},
	listHeading: 'Compromisos',
	showing: (shown: string, total: string) =>
		`${isOne(shown, 'es') ? 'Se muestra' : 'Se muestran'} ${shown} de ${total} ${isOne(total, 'es') ? 'compromiso' : 'compromisos'}`,
	listBreakdown: (n: number, shown: string) =>
		isOne(n, 'es')
			? 'Está en el mapa'
			: n === 2
				? 'Los dos están en el mapa'
				: `Los ${shown} están en el mapa`,
	emptyList: 'Ningún compromiso coincide con estos filtros.',
	showAllInGroup: (count: string) => `Mostrar todos (${count})`,
	europeWide: 'Ámbito europeo',
	europeWideNote: 'Compromisos sin ubicación en el mapa.',
	countryWide: 'Ámbito nacional',
	details: 'Detalles',
	close: 'Cerrar',
	closeDetails: 'Cerrar los detalles',
	hereAre: (n: string) => `${n} ${isOne(n, 'es') ? 'compromiso' : 'compromisos'} en este lugar`,
	filtered: {
		reset: 'Restablecer los filtros',
		/** The map's key and the ranking, for the commitments metric when filtered. */
		commitments: 'Compromisos',
		only: (what: string) => `solo ${what}`,
		note: (parts: string) => `Filtrado: ${parts}`,
		someTypes: (ticked: number, all: number) => `${ticked} de ${all} tipos`,
		someStatuses: (ticked: number, all: number) => `${ticked} de ${all} estados`,
		title: (title: string, note: string) => `${title} (${note})`,
		nearby: (n: string) => `${n} ${isOne(n, 'es') ? 'compromiso cercano' : 'compromisos cercanos'}`,
		europeWide: (n: string) =>
			`${n} ${isOne(n, 'es') ? 'compromiso' : 'compromisos'} de ámbito europeo`,
		europeWideNote: 'Compromisos para toda Europa: en el mapa, en el recuadro «Ámbito europeo».',
		panelAll: (n: string) => `Compromisos de ámbito europeo: ${n}. Ver su lista`,
		panelType: (type: string, n: string) => `${type}, ámbito europeo: ${n}`,
		panelNone: 'Ninguno con estos filtros',
		skillsHidden: 'Ningún compromiso de formación de este país pasa los filtros.'
	},
	fields: {
		locationSource: 'Fuente de la ubicación',
		partOf: 'Forma parte de',
		includes: 'Incluye',
		type: 'Tipo',
		status: 'Estado',
		place: 'Lugar',
		announced: 'Anuncio',
		opened: 'Apertura',
		deadline: 'Plazo',
		target: 'Objetivo',
		partners: 'Socios citados',
		claimedBy: 'Afirmado por',
		confidence: 'Fiabilidad',
		sources: 'Fuentes',
		notes: 'Notas'
	},
	partOfNote: '(su cifra ya está incluida allí; no se suma)',
	includesNote: '(sus cifras ya están incluidas en esta; no se suman)',
	history: {
		heading: 'Historial',
		kinds: {
			announced: 'Anuncio',
			restated: 'Nuevo anuncio',
			construction: 'Obras',
			opened: 'Apertura',
			delayed: 'Retraso',
			'target-changed': 'Cambio de objetivo',
			progress: 'Avance comunicado',
			withdrawn: 'Retirada'
		},
		statusAfter: (status: string) => `Estado después: ${status}`,
		people: (n: string) => `${n} ${isOne(n, 'es') ? 'persona' : 'personas'}`,
		sources: (n: number) => (isOne(n, 'es') ? 'Fuente:' : 'Fuentes:')
	},
	openedUnknown: 'Fecha de apertura no publicada',
	deadlinePassed: 'Plazo vencido; resultado no comunicado',
	peopleToTrain: (n: string) => `${n} ${isOne(n, 'es') ? 'persona' : 'personas'} por formar`,
	unconfirmed: 'No confirmado',
	getData: 'Descargar los datos',
	footer: 'Proyecto independiente y de código abierto; sin vínculo con Microsoft.',
	backToMap: 'Volver al mapa',
	embedButton: 'Insertar',
	embedList: (n: number) =>
		isOne(n, 'es') ? 'Lista del compromiso mostrado' : `Lista de los ${n} compromisos mostrados`,
	openFullMap: 'Abrir el mapa completo',
	embedDialog: {
		title: 'Insertar este mapa',
		intro:
			'Pegue el código en su artículo. El mapa se carga solo desde este sitio, no envía nada a terceros y permite desplazar la página.',
		types: 'Tipos',
		status: 'Estado',
		country: 'País',
		wholeEurope: 'Toda Europa',
		theme: 'Tema',
		themes: { auto: 'Preferencia del lector', light: 'Claro', dark: 'Oscuro' },
		height: 'Altura (píxeles)',
		legend: 'Mostrar la leyenda',
		autoHeight: 'Ajustar la altura al contenido (añade un pequeño script)',
		preview: 'Vista previa',
		code: 'Código para pegar',
		copy: 'Copiar el código',
		copied: 'Copiado en el portapapeles',
		copyFailed: 'No se pudo copiar: seleccione el código y cópielo',
		close: 'Cerrar',
		language: 'Idioma',
		iframeTitle: 'Mapa de los compromisos de Microsoft en Europa',
		heightHelp: (min: string, max: string) => `Entre ${min} y ${max} píxeles.`,
		heightError: (min: string, max: string) =>
			`Escriba un número entero de píxeles, de ${min} a ${max}.`,
		showTitle: 'Mostrar el título sobre el mapa',
		noCode: 'No hay código mientras la altura no sea válida.'
	},
	allEurope: 'Toda Europa',
	chooseCountry: 'Elegir un país',
	typeCountry: 'Escriba un país',
	noCountryMatch: 'Ningún país coincide',
	countryCount: (n: number) => `${n} ${isOne(n, 'es') ? 'país' : 'países'}`,
	countryPageTitle: (country: string) => `Microsoft ${inCountry(country)}`,
	countryDescription: (country: string, facts: string) =>
		facts
			? `Microsoft ${inCountry(country)}: ${facts}.`
			: `Microsoft ${inCountry(country)}: ningún compromiso registrado.`,
	factSites: (n: string) =>
		`${n} ${isOne(n, 'es') ? 'emplazamiento' : 'emplazamientos'} de centros de datos`,
	factCommitments: (n: string) => `${n} ${isOne(n, 'es') ? 'compromiso' : 'compromisos'}`,
	factTarget: (people: string, deadline: string) =>
		deadline ? `${people} personas por formar ${by(deadline)}` : `${people} personas por formar`,
	noCommitments: (country: string) =>
		`Este conjunto de datos no registra ningún compromiso de Microsoft ${inCountry(country)}. La comparación de abajo muestra la posición del país entre los países europeos.`,
	countryCommitments: (country: string) => `Compromisos ${inCountry(country)}`,
	overview: 'Europa de un vistazo',
	overviewText: (n: string, countries: string) =>
		`${n} ${isOne(n, 'es') ? 'compromiso' : 'compromisos'} en ${countries} ${isOne(countries, 'es') ? 'país' : 'países'}, además de compromisos de ámbito europeo. Haga clic en un país del mapa, o elija uno, para ver sus gráficos.`,
	colourBy: 'Colorear los países según',
	metrics: {
		commitments: 'Compromisos de todo tipo',
		sites: 'Regiones de nube y emplazamientos de centros de datos',
		trainingPerThousand: 'Personas que se formarán por cada 1000 habitantes'
	},
	metricUnits: {
		commitments: 'Número de compromisos registrados para el país',
		sites: 'Número de regiones de Azure y campus de centros de datos en el mapa',
		trainingPerThousand:
			'Personas que se formarán según los compromisos de Microsoft, por cada 1000 habitantes'
	},
	none: 'ninguno',
	othersWithNone: (n: string) =>
		isOne(n, 'es') ? 'Otro país: sin registros.' : `Otros ${n} países: sin registros.`,
	charts: {
		showTable: 'Ver como tabla',
		hideTable: 'Ocultar la tabla',
		source: (date: string) =>
			`Fuente: conjunto de datos de Europe Commitments Map, datos verificados el ${date}.`,
		populationSource: (year: string) => `Población: Banco Mundial (SP.POP.TOTL), ${year}.`,
		keyboardHelp: 'Use las flechas del teclado para leer cada valor.',
		byTypeTitle: 'Compromisos por tipo y estado',
		byTypeUnits: 'Número de compromisos',
		byTypeEuropeTitle: 'Compromisos en Europa por tipo y estado',
		byTypeDescription: (summary: string) => `Barras apiladas, una por tipo. ${summary}`,
		timelineTitle: 'Cronología: anuncios y aperturas',
		timelineUnits: 'Año; una fila por compromiso',
		timelineDescription: (n: string) =>
			`${n} ${isOne(n, 'es') ? 'compromiso situado' : 'compromisos situados'} en el tiempo: una marca hueca en el anuncio, una marca rellena en la apertura, una barra en el plazo; una línea señala el día de hoy.`,
		timelineEmpty: 'No hay ninguna fecha publicada para estos compromisos.',
		undated: (names: string) => `Sin fecha publicada: ${names}.`,
		announced: 'Anuncio',
		opened: 'Apertura',
		deadline: 'Plazo',
		today: 'Hoy',
		skillsTitle: 'Compromiso de formación',
		skillsUnits: 'Personas por formar',
		skillsEmpty: (country: string) =>
			`No consta ningún compromiso de formación cifrado en número de personas ${inCountry(country)}.`,
		skillsTarget: (people: string, deadline: string) =>
			deadline ? `${people} personas por formar ${by(deadline)}` : `${people} personas por formar`,
		perThousand: (value: string) => `${value} por cada 1000 habitantes`,
		population: (n: string, year: string) => `Población: ${n} (${year})`,
		shareOfArticle: (share: string, target: string) =>
			`${share} de las ${target} personas que, según el artículo, Microsoft formará en Europa para 2027`,
		articleClaim: 'Cifra del artículo, no confirmada: no se encontró ninguna fuente',
		thisCountry: 'Compromiso de este país',
		measure: 'Indicador',
		value: 'Valor',
		compareTitle: 'Comparación',
		compareDescription: (metric: string, n: string) =>
			`Países ordenados por ${metric}; ${n} ${isOne(n, 'es') ? 'país tiene' : 'países tienen'} un valor superior a cero.`,
		rank: 'Puesto',
		country: 'País',
		commitment: 'Compromiso',
		type: 'Tipo',
		total: 'Total'
	},
	about: 'Fuentes y metodología',
	aboutPage: {
		title: 'Fuentes y metodología',
		intro:
			'Este mapa reúne lo que Microsoft ha anunciado para Europa (regiones de nube, programas de seguridad, compromisos de formación, centros para startups e investigación) y muestra, para cada dato, quién lo afirma, de dónde procede y con qué grado de certeza lo sabemos.',
		lastUpdate: (date: string) => `Datos verificados por última vez el ${date}.`,
		inNumbers: 'El conjunto de datos en cifras',
		total: (n: string) => `${n} ${isOne(n, 'es') ? 'compromiso' : 'compromisos'}`,
		byConfidence: 'Por fiabilidad',
		byType: 'Por tipo',
		words: 'Qué significan los términos',
		typesHeading: 'Tipos',
		typeHelp: {
			datacenter:
				'Regiones de nube de Azure, campus e inversiones en centros de datos, ofertas de nube soberana.',
			security:
				'Centros y programas de seguridad, transparencia y respuesta a incidentes; compromisos de protección de datos como la EU Data Boundary; garantías sobre la IA.',
			training:
				'Compromisos para formar a personas en competencias digitales, de IA y de ciberseguridad, y sus socios.',
			startup:
				'Laboratorios de investigación, programas para startups y aceleradoras; compromisos sobre competitividad.'
		},
		statusesHeading: 'Estados',
		precisionHeading: 'Precisión: dónde se sitúa un compromiso',
		precisionHelp: {
			site: 'La ubicación propia de la instalación, según una fuente citada para ello (una solicitud de licencia de obras, una compra de terrenos, una dirección oficial): su «fuente de la ubicación».',
			city: 'El centro de la ciudad o zona citada en las fuentes; la ubicación exacta no se ha publicado. Se muestra como lugar aproximado.',
			country:
				'Un compromiso para todo un país. Figura en la lista y resalta el país; nunca se dibuja como un punto en la capital.',
			europe:
				'Un compromiso para toda Europa, sin ubicación. Figura en la lista en el apartado «Ámbito europeo».'
		},
		confidenceHeading: 'Fiabilidad',
		doubtsHeading: 'Dos dudas distintas',
		doubtsIntro:
			'Que un compromiso exista tal como se enuncia y dónde se encuentra exactamente son dos preguntas distintas. Nunca se mezclan:',
		unconfirmedHelp:
			'Una duda sobre la afirmación misma: ninguna fuente respalda que el compromiso exista tal como se enuncia. En las descargas, su fiabilidad (confidence) es «low», y confidence_note explica por qué.',
		approximatePlaceHelp:
			'Una duda solo sobre el lugar: el compromiso tiene fuente, pero su punto es el centro de una ciudad o zona (precisión «city»), o un sitio con una reserva. place_note explica por qué. Una región de centros de datos cuyo sitio exacto no se ha publicado tiene un lugar aproximado; no por ello está sin confirmar.',
		historyHeading: 'Historial: qué pasó y cuándo',
		historyText: [
			'Cada compromiso tiene un historial fechado: su anuncio y lo que vino después. Cada hecho tiene su propia fuente, y su fecha es tan precisa como esa fuente (un año, un mes o un día). Cuando el anuncio original no está fechado en ninguna fuente, se toma la noticia fechada más antigua, y su nota lo indica.',
			'El estado de un compromiso, su fecha de anuncio y su fecha de apertura se comprueban con su historial: el estado es el que sigue a su último hecho, la fecha de anuncio la de su hecho «Anuncio» y la fecha de apertura la de su hecho «Apertura».'
		],
		eventsHeading: 'Qué significa cada hecho',
		eventHelp: {
			announced: 'Hecho público por primera vez.',
			restated: 'Anunciado de nuevo, con el mismo contenido.',
			construction: 'Comienzo de las obras, o licencias concedidas.',
			opened: 'Abierto, lanzado o disponible para todos.',
			delayed: 'Se aplazó una fecha.',
			'target-changed': 'Cambió una cifra o un plazo.',
			progress:
				'Una cifra o un hito comunicados, como el número de personas formadas hasta la fecha.',
			withdrawn: 'Abandonado o cancelado.'
		},
		overlapHeading: 'Compromisos que se solapan',
		overlapText:
			'Algunos compromisos se solapan: el programa de un socio dentro del compromiso de un país, o dos fuentes que dan cifras distintas para el mismo compromiso. Se muestran uno al lado del otro, cada uno con su fuente, y nunca se suman. Una parte indica el compromiso cuya cifra ya la incluye, y ningún total ni gráfico suma ambos.',
		method: 'Cómo se recopilaron y verificaron los datos',
		methodText: [
			'Partimos de un artículo francés, «Microsoft renforce ses engagements numériques en Europe», y contrastamos cada una de sus afirmaciones con las propias páginas de Microsoft (notas de prensa, blogs, la lista de regiones de Azure) y con informaciones independientes.',
			'Cada compromiso cita al menos una fuente que el lector puede abrir. No se añade nada que no diga una fuente: no se da por supuesto ningún socio, ciudad, cifra ni fecha. Cuando un lugar no se ha publicado, el compromiso se registra con la precisión que sí se ha publicado (un país, o Europa en su conjunto).',
			'Un plazo vencido sin resultado comunicado se muestra como «plazo vencido; resultado no comunicado», nunca como cumplido.',
			'Las cifras per cápita usan una única tabla de población: la población total según el Banco Mundial (SP.POP.TOTL) para un año de referencia. La cifra de Chipre incluye el norte.'
		],
		differences: 'En qué difieren el artículo y las fuentes',
		differencesList: [
			'El objetivo del artículo de formar a 2,5 millones de personas en Europa para 2027 no aparece en ninguna fuente; solo están documentados los compromisos por país. Se muestra como una afirmación del artículo, no confirmada.',
			'El artículo anuncia «nuevos centros de respuesta a incidentes» en Europa. Ninguna fuente nombra ninguno ni indica una ciudad; el anuncio real más cercano es el European Security Program (Berlín, 4 de junio de 2025). Se muestra como no confirmado, sin ubicación.',
			'El «AI Assurance Program» que el artículo presenta como nuevo se anunció el 8 de junio de 2023 como uno de los tres AI Customer Commitments globales.',
			'El compromiso de no sacar de Europa los datos personales de los europeos corresponde a la EU Data Boundary, completada en febrero de 2025.',
			'El artículo se basa en los cinco «compromisos digitales europeos» que Brad Smith presentó en Bruselas el 30 de abril de 2025.',
			'Cuando las fuentes discrepan (objetivo de formación de Austria: 300.000 o 200.000 personas), los detalles muestran ambas cifras.'
		],
		data: 'Los datos',
		dataText:
			'Descargue todos los compromisos, con sus fuentes y su fiabilidad, como hoja de cálculo (CSV, UTF-8) o para herramientas cartográficas (GeoJSON). Los compromisos sin punto tienen una geometría vacía.',
		csv: 'Compromisos en CSV',
		geojson: 'Compromisos en GeoJSON',
		historyCsv: 'Historial de cada compromiso en CSV (hechos fechados y sus fuentes)',
		licence: (licence: string) => `El conjunto de datos se publica con la licencia ${licence}.`,
		basemap:
			'El mapa base procede de Natural Earth (dominio público) y está integrado en el sitio: no se descargan teselas ni tipografías de terceros.',
		corrections: 'Comunicar una corrección',
		correctionsText:
			'¿Ha encontrado un error o una fuente más reciente? Abra una incidencia (issue) en el repositorio del proyecto con el nombre del compromiso y un enlace a una fuente, o edite geo/data/commitments.csv (una fila por compromiso, documentado en geo/README.md) y proponga el cambio. Todo cambio necesita una fuente.'
	},
	marks: {
		key: 'Qué significan los símbolos',
		keyButton: 'Leyenda',
		showKey: 'Mostrar qué significan los símbolos',
		hideKey: 'Ocultar la leyenda',
		countryWide: 'Todo el país, no un sitio',
		cluster: 'Varios compromisos: haga clic para verlos',
		clusterLabel: (n: number) => `${n} ${isOne(n, 'es') ? 'compromiso' : 'compromisos'}`
	},
	mapReading: {
		ctrlScrollToZoom: 'Use Ctrl + rueda para ampliar el mapa',
		cmdScrollToZoom: 'Use ⌘ + rueda para ampliar el mapa',
		twoFingersToMove: 'Use dos dedos para mover el mapa',
		countryHint: 'Haga clic para ver sus compromisos'
	},
	commitmentPage: {
		breadcrumbs: 'Dónde está esta página',
		showOnMap: 'Verlo en el mapa interactivo',
		mapLabel: (place: string) => `Mapa de dónde está el compromiso: ${place}`,
		europeWideMap: 'En toda Europa: el compromiso no tiene un lugar concreto en el mapa.',
		notFoundTitle: 'Página no encontrada',
		notFoundText:
			'No hay ninguna página en esta dirección: puede que se haya escrito mal o que la página haya cambiado de dirección.',
		notFoundHome: 'Ir al mapa de todos los compromisos',
		noscript:
			'JavaScript está desactivado: el mapa muestra todos los compromisos; los filtros, las vistas compartidas y el generador de código para insertar necesitan JavaScript. Cada país del mapa y cada compromiso de la lista enlaza con su propia página.'
	},
	promises: {
		nav: 'Promesas',
		changesNav: 'Cambios',
		title: 'Seguimiento de promesas',
		intro:
			'Cada compromiso con un objetivo o un plazo: qué se prometió, quién, para cuándo, y qué han informado las fuentes desde entonces.',
		asOf: (date: string) => `Resultados a ${date}, según el historial fechado de cada compromiso.`,
		cardCount: (n: string) => `Promesas con un objetivo o un plazo: ${n}`,
		howDecided: 'Cómo se decide un resultado',
		outcomes: {
			met: 'Cumplida',
			progress: 'Avance comunicado',
			pending: 'Aún sin resultado',
			delayed: 'Retrasada',
			'deadline-passed': 'Plazo vencido; resultado no comunicado',
			withdrawn: 'Retirada'
		},
		outcomeHelp: {
			met: 'Una fuente informa de una cifra igual o superior al objetivo. Una promesa sin cifra objetivo nunca se marca como cumplida: el conjunto de datos no tiene cómo medirla.',
			progress:
				'Una fuente informa de un avance: con un objetivo, la cifra de personas alcanzadas hasta ahora; sin él, un hito (obras, una apertura) antes del plazo, o una cifra comunicada después.',
			pending: 'El plazo no ha llegado, o no lo hay, y aún no se ha informado de nada.',
			delayed:
				'Una fuente informa de una fecha aplazada, y no se ha informado de nada desde entonces.',
			'deadline-passed':
				'El plazo ha vencido y ninguna fuente informa de un resultado. Esto no dice si se cumplió, solo que nadie lo ha comunicado.',
			withdrawn: 'Una fuente informa de que la promesa se abandonó o se canceló.'
		},
		methodText: [
			'Una promesa es un compromiso con una cifra objetivo o un plazo. Su resultado se decide solo a partir de su historial fechado y con fuentes, por la primera regla que se cumple, en el orden siguiente; el evento en que se basa se muestra como prueba, con su fecha y sus fuentes.',
			'Un plazo es tan preciso como su fuente: «2025» vence al final del 31 de diciembre de 2025, «2025-06» al final del 30 de junio de 2025. Un plazo que es hoy no ha vencido. Un evento fechado en un mes o un año cuenta desde el primer día de ese mes o año.'
		],
		filters: 'Filtrar y ordenar',
		country: 'País',
		outcome: 'Resultado',
		sort: 'Ordenar por',
		all: 'Todos',
		sorts: { deadline: 'Plazo, el más próximo primero', outcome: 'Resultado', country: 'País' },
		showing: (shown: string, total: string) => `Se muestran ${shown} de ${total} promesas`,
		showAll: 'Mostrar todas las promesas',
		empty: 'Ninguna promesa coincide con estos filtros.',
		listHeading: 'Las promesas',
		promisedBy: 'Prometido por',
		byWhen: 'Para cuándo',
		noDeadline: 'Sin plazo',
		figure: 'Objetivo',
		evidence: 'Prueba',
		noEvidence: 'Ningún evento fechado',
		summaryHeading: 'Los resultados de un vistazo',
		chartByType: 'Promesas por tipo y resultado',
		chartByCountry: 'Promesas por país y resultado',
		chartUnits: 'Número de promesas',
		chartDescription: (summary: string) => `Barras apiladas, una por fila: ${summary}.`,
		chartSource: (date: string) =>
			`Fuente: Europe Commitments Map, commitments.csv e history.csv; resultados a ${date}.`,
		changes: {
			title: 'Qué ha cambiado',
			intro:
				'Cada evento fechado del conjunto de datos, del más reciente al más antiguo: anuncios, aperturas, avances, retrasos y objetivos cambiados, cada uno con su fuente.',
			feed: 'Seguir los cambios: canal Atom',
			feedNote:
				'Pegue la dirección del canal en un lector de canales; sus títulos están en inglés.',
			count: (n: string) => `${n} eventos`
		}
	},
	share: {
		countries: (n: string) => `Países con compromisos: ${n}`,
		noCommitments: 'Aún no hay ningún compromiso registrado',
		credit: (date: string) =>
			`Europe Commitments Map · datos verificados el ${date} · CC BY 4.0 · Mapa base: Natural Earth`,
		europe: 'Europa',
		cardAlt: (place: string, figures: string) =>
			`Mapa (${place}) con los compromisos de Microsoft. ${figures}`,
		citeHeading: 'Citar',
		citeIntro:
			'Cite el conjunto de datos con la fecha en que se verificaron sus datos y un enlace a esta página.',
		plainText: 'Texto',
		copyPlain: 'Copiar la cita',
		copyBibtex: 'Copiar el BibTeX',
		copied: 'Copiado.',
		copyFailed: 'Texto seleccionado: pulse Ctrl+C (⌘C en Mac) para copiarlo.',
		datasetKind: 'Conjunto de datos',
		checked: (date: string) => `Datos verificados el ${date}`
	},
	download: {
		image: 'Descargar imagen',
		mapButton: 'Descargar una imagen del mapa',
		mapAs: (format: string) => `Descargar esta vista del mapa en ${format}`,
		chartAs: (title: string, format: string) => `Descargar el gráfico «${title}» en ${format}`,
		svgHelp: 'Imagen vectorial: nítida a cualquier tamaño, editable',
		pngHelp: 'Imagen de mapa de bits: para presentaciones y publicaciones',
		making: 'Creando la imagen…',
		saved: 'Imagen guardada.',
		failed: 'Este navegador no pudo crear la imagen.',
		source: (date: string) => `Europe Commitments Map, datos verificados el ${date}, CC BY 4.0`,
		cluster: 'Varios compromisos cercanos entre sí'
	},
	dataLang: {
		cityArea: (city: string) => `Zona de ${city}`,
		colon: ': ',
		semicolon: '; ',
		reportAt: 'Comuníquelo en el repositorio del proyecto',
		article: 'El artículo verificado',
		articleUnknown: 'No constan el medio ni la fecha de publicación.',
		publishedBy: 'Publicado por'
	},
	edges: {
		tableScrolls: (caption: string) =>
			`${caption} (más ancha que su columna: desplácese en horizontal)`
	},
	asof: {
		label: 'Mapa a fecha de',
		today: 'Hoy',
		todayLabel: 'Volver a los datos de hoy',
		play: 'Reproducir, mes a mes',
		pause: 'Pausa',
		current: (date: string) => `hoy, ${date}`,
		empty: (date: string, first: string) =>
			`Ningún compromiso se había anunciado a ${date}. El primero de los datos es de ${first}.`,
		dataAsOf: (date: string) => `Datos a ${date}`,
		changesSince: (n: number, count: string) =>
			`${count} ${n === 1 ? 'cambio' : 'cambios'} desde entonces`,
		currentMap: 'Ver el mapa actual',
		data: 'Datos',
		live: 'Datos actualizados',
		liveHelp: 'El mapa insertado muestra siempre los datos más recientes.',
		keep: 'Conservar los datos de hoy',
		keepHelp: (date: string) =>
			`El mapa insertado muestra los datos a ${date} e indica cuántos cambios ha habido desde entonces.`
	}
};
