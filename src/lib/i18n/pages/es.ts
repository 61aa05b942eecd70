import type { PageMessages } from './en';
import { isOne } from '../plural';

export const es: PageMessages = {
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
	promises: {
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
			'Un plazo es tan preciso como su fuente: «2025» vence al final del 31 de diciembre de 2025, «2025-06» al final del 30 de junio de 2025. Un plazo que es hoy no ha vencido. Un evento fechado en un mes o un año cuenta cuando ese mes o año ha terminado (o desde el día en que se comprobaron los datos, si es antes), en esta página como en el mapa a una fecha.'
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
	commitmentPage: {
		breadcrumbs: 'Dónde está esta página',
		showOnMap: 'Verlo en el mapa interactivo',
		mapLabel: (place: string) => `Mapa de dónde está el compromiso: ${place}`,
		europeWideMap: 'En toda Europa: el compromiso no tiene un lugar concreto en el mapa.'
	},
	scale: {
		changesPages: 'Páginas de eventos',
		newer: 'Eventos más recientes',
		older: 'Eventos anteriores',
		page: (n: string) => `Página ${n}`,
		titled: (title: string, n: string, total: string) => `${title}, página ${n} de ${total}`,
		eventsRange: (first: string, last: string, total: string) =>
			`Eventos ${first} a ${last} de ${total}, del más reciente al más antiguo`,
		feedNewest: (n: string) => `El canal incluye los ${n} más recientes.`,
		promisesPages: 'Páginas de promesas',
		previous: 'Página anterior',
		next: 'Página siguiente',
		promisesRange: (first: string, last: string, total: string) =>
			`Promesas ${first} a ${last} de ${total}, primero el plazo más cercano`,
		loading: 'Cargando todas las promesas para filtrarlas…',
		loadFailed:
			'No se pudieron cargar todas las promesas: los filtros solo se aplican a las de esta página.'
	}
};
