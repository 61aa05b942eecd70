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
	},
	lazy: {
		showAll: (n: number, count: string) =>
			isOne(n, 'es') ? `Mostrar ${count} compromiso` : `Mostrar los ${count} compromisos`,
		noscript:
			'JavaScript está desactivado: los demás compromisos figuran en las páginas de sus países, enlazadas abajo.'
	},
	/** The links to the pages beyond the map, and the words every page needs about them. */
	site: {
		promises: 'Promesas',
		changes: 'Cambios',
		noscript:
			'JavaScript está desactivado: el mapa muestra todos los compromisos; los filtros, las vistas compartidas y el generador de código para insertar necesitan JavaScript. Cada país del mapa y cada compromiso de la lista enlaza con su propia página.',
		notFoundTitle: 'Página no encontrada',
		notFoundText:
			'No hay ninguna página en esta dirección: puede que se haya escrito mal o que la página haya cambiado de dirección.',
		notFoundHome: 'Ir al mapa de todos los compromisos'
	},
	notfound2: {
		countries: 'La página de cada país',
		countriesIntro: '¿Busca un país? Cada país del mapa tiene su propia página:'
	}
};
