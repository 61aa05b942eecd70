import type { PageMessages } from './en';
import { isOne } from '../plural';

/** French treats 0 and 1 as singular. */
/** Whether `n` takes the plural in French (Intl.PluralRules: 0 and 1 are singular). */
const plural = (n: string | number): boolean => !isOne(n, 'fr');

export const fr: PageMessages = {
	aboutPage: {
		title: 'Sources et méthodologie',
		intro:
			'Cette carte rassemble ce que Microsoft a annoncé pour l’Europe (régions cloud, programmes de sécurité, engagements de formation, pôles consacrés aux start-up et à la recherche) et indique, pour chaque fait, qui l’affirme, d’où il provient et avec quel degré de certitude.',
		lastUpdate: (date: string) => `Faits vérifiés pour la dernière fois le ${date}.`,
		inNumbers: 'Le jeu de données en chiffres',
		total: (n: string) => (plural(n) ? `${n} engagements` : `${n} engagement`),
		byConfidence: 'Par degré de fiabilité',
		byType: 'Par type',
		words: 'Ce que signifient les termes',
		typesHeading: 'Types d’engagement',
		typeHelp: {
			datacenter:
				'Régions cloud Azure, campus et investissements dans les centres de données, offres de cloud souverain.',
			security:
				'Centres et programmes consacrés à la sécurité, à la transparence et à la réponse aux incidents ; engagements de protection des données comme l’EU Data Boundary ; assurance de l’IA.',
			training:
				'Engagements de formation aux compétences numériques, à l’IA et à la cybersécurité, et leurs partenaires.',
			startup:
				'Laboratoires de recherche, programmes pour start-up et accélérateurs ; engagements en faveur de la compétitivité.'
		},
		statusesHeading: 'Statuts',
		precisionHeading: 'Précision : où un engagement est placé',
		precisionHelp: {
			site: 'L’emplacement propre de l’installation, donné par une source citée pour lui (demande de permis de construire, achat de terrain, adresse officielle)\u00a0: sa «\u00a0source de l’emplacement\u00a0».',
			city: 'Le centre de la ville ou de la zone citée par les sources\u00a0; l’emplacement exact n’est pas publié. Affiché comme lieu approximatif.',
			country:
				'Un engagement qui concerne tout un pays. Il figure dans la liste et met le pays en évidence ; il n’est jamais représenté par un point sur la capitale.',
			europe:
				'Un engagement qui concerne toute l’Europe, sans lieu précis. Il figure dans la liste sous « À l’échelle européenne ».'
		},
		confidenceHeading: 'Fiabilité',
		doubtsHeading: 'Deux doutes différents',
		doubtsIntro:
			'Qu’un engagement existe tel qu’il est énoncé, et où il se trouve exactement, sont deux questions différentes. Elles ne sont jamais confondues\u00a0:',
		unconfirmedHelp:
			'Un doute sur l’affirmation elle-même\u00a0: aucune source n’établit que l’engagement existe tel qu’il est énoncé. Dans les téléchargements, sa fiabilité (confidence) vaut «\u00a0low\u00a0», et confidence_note explique pourquoi.',
		approximatePlaceHelp:
			'Un doute sur le lieu seulement\u00a0: l’engagement est sourcé, mais son point est le centre d’une ville ou d’une zone (précision «\u00a0city\u00a0»), ou un site assorti d’une réserve. place_note explique pourquoi. Une région de centres de données dont le site exact n’est pas publié a un lieu approximatif\u00a0; elle n’est pas «\u00a0non confirmée\u00a0».',
		historyHeading: 'Historique\u00a0: ce qui s’est passé, et quand',
		historyText: [
			'Chaque engagement a un historique daté\u00a0: son annonce, puis ce qui a suivi. Chaque événement a sa propre source, et sa date n’est pas plus précise que cette source (une année, un mois ou un jour). Quand l’annonce d’origine n’est datée dans aucune source, le plus ancien compte rendu daté est retenu, et sa note le dit.',
			'Le statut d’un engagement, sa date d’annonce et sa date d’ouverture sont vérifiés par rapport à son historique\u00a0: le statut est celui qui suit son dernier événement, la date d’annonce celle de son événement «\u00a0Annonce\u00a0», la date d’ouverture celle de son événement «\u00a0Ouverture\u00a0».'
		],
		eventsHeading: 'Ce que signifie chaque événement',
		eventHelp: {
			announced: 'Rendu public pour la première fois.',
			restated: 'Annoncé de nouveau, sans changement sur le fond.',
			construction: 'Début des travaux, ou permis accordés.',
			opened: 'Ouvert, lancé ou disponible pour tous.',
			delayed: 'Une date a été repoussée.',
			'target-changed': 'Un chiffre ou une échéance a changé.',
			progress:
				'Un chiffre ou une étape communiqués, par exemple le nombre de personnes déjà formées.',
			withdrawn: 'Abandonné ou annulé.'
		},
		overlapHeading: 'Engagements qui se recoupent',
		overlapText:
			'Certains engagements se recoupent\u00a0: le programme d’un partenaire au sein de l’engagement d’un pays, ou deux sources qui donnent des chiffres différents pour le même engagement. Ils sont présentés côte à côte, chacun avec sa source, et jamais additionnés. Une partie indique l’engagement dont le chiffre l’inclut déjà, et aucun total ni graphique n’additionne les deux.',
		method: 'Comment les faits ont été recueillis et vérifiés',
		methodText: [
			'Nous sommes partis d’un article français, « Microsoft renforce ses engagements numériques en Europe », et avons confronté chacune de ses affirmations aux pages publiées par Microsoft (communiqués de presse, blogs, liste des régions Azure) et à des sources indépendantes.',
			'Chaque engagement cite au moins une source que le lecteur peut consulter. Rien n’est ajouté sans qu’une source l’indique : aucun partenaire, aucune ville, aucun chiffre, aucune date n’est extrapolé. Lorsqu’un lieu n’est pas publié, l’engagement est enregistré avec la précision qui, elle, l’est (un pays, ou l’Europe dans son ensemble).',
			'Une échéance dépassée sans résultat communiqué apparaît comme « échéance dépassée ; résultat non communiqué », jamais comme tenue.',
			'Les chiffres par habitant reposent sur une seule table de population : la population totale selon la Banque mondiale (SP.POP.TOTL) pour une année de référence. Le chiffre de Chypre inclut le nord de l’île.'
		],
		differences: 'Là où l’article et les sources divergent',
		differencesList: [
			'L’objectif avancé par l’article, former 2,5 millions de personnes en Europe d’ici 2027, ne figure dans aucune source ; seuls les engagements par pays sont sourcés. Il est présenté comme une affirmation de l’article, non confirmée.',
			'L’article annonce de « nouveaux centres de réponse aux incidents » en Europe. Aucune source n’en nomme un ni n’indique de ville ; l’annonce réelle la plus proche est le European Security Program (Berlin, 4 juin 2025). Présenté comme non confirmé, sans lieu.',
			'L’« AI Assurance Program », que l’article présente comme nouveau, a été annoncé le 8 juin 2023 comme l’un des trois AI Customer Commitments mondiaux.',
			'L’engagement de ne pas transférer les données personnelles des Européens hors d’Europe correspond au dispositif EU Data Boundary, achevé en février 2025.',
			'L’article repose sur les cinq « engagements numériques européens » annoncés par Brad Smith à Bruxelles le 30 avril 2025.',
			'Lorsque les sources divergent (objectif de formation de l’Autriche : 300 000 ou 200 000 personnes), les détails indiquent les deux chiffres.'
		],
		data: 'Les données',
		dataText:
			'Téléchargez l’ensemble des engagements, avec leurs sources et leur degré de fiabilité, sous forme de tableur (CSV, UTF-8) ou pour les outils de cartographie (GeoJSON). Les engagements sans point ont une géométrie vide.',
		csv: 'Engagements au format CSV',
		geojson: 'Engagements au format GeoJSON',
		historyCsv: 'Historique de chaque engagement au format CSV (événements datés et leurs sources)',
		licence: (licence: string) => `Le jeu de données est publié sous licence ${licence}.`,
		basemap:
			'Le fond de carte est tiré de Natural Earth (domaine public) et intégré au site : aucune tuile ni police de caractères n’est chargée depuis un service tiers.',
		corrections: 'Signaler une correction',
		correctionsText:
			'Vous avez repéré une erreur ou trouvé une source plus récente ? Ouvrez un ticket (issue) dans le dépôt du projet en indiquant le nom de l’engagement et un lien vers une source, ou modifiez le fichier geo/data/commitments.csv (une ligne par engagement, format décrit dans geo/README.md) et proposez la modification. Toute modification doit être sourcée.'
	},
	promises: {
		title: 'Suivi des promesses',
		intro:
			'Chaque engagement assorti d’un objectif chiffré ou d’une échéance : ce qui a été promis, par qui, pour quand, et ce que les sources ont rapporté depuis.',
		asOf: (date: string) => `Résultats au ${date}, d’après l’historique daté de chaque engagement.`,
		cardCount: (n: string) => `Promesses avec un objectif ou une échéance\u202f: ${n}`,
		howDecided: 'Comment le résultat est établi',
		outcomes: {
			met: 'Tenue',
			progress: 'Avancement rapporté',
			pending: 'Pas encore de résultat',
			delayed: 'Retardée',
			'deadline-passed': 'Échéance dépassée ; résultat non communiqué',
			withdrawn: 'Abandonnée'
		},
		outcomeHelp: {
			met: 'Une source rapporte un chiffre égal ou supérieur à l’objectif. Une promesse sans objectif chiffré n’est jamais marquée comme tenue : le jeu de données n’a aucune mesure de son résultat.',
			progress:
				'Une source rapporte un avancement : pour un objectif, le nombre de personnes atteintes à ce jour ; sans objectif, une étape (chantier, ouverture) avant l’échéance, ou un chiffre rapporté après elle.',
			pending: 'L’échéance est à venir, ou il n’y en a pas, et rien n’est encore rapporté.',
			delayed: 'Une source rapporte un report de date, et rien n’a été rapporté depuis.',
			'deadline-passed':
				'L’échéance est passée et aucune source ne rapporte de résultat. Cela ne dit pas si la promesse a été tenue, seulement que personne ne l’a rapporté.',
			withdrawn: 'Une source rapporte que la promesse a été abandonnée ou annulée.'
		},
		methodText: [
			'Une promesse est un engagement assorti d’un objectif chiffré ou d’une échéance. Son résultat est établi à partir de son seul historique daté et sourcé, par la première règle qui s’applique, dans l’ordre ci-dessous ; l’événement sur lequel il repose est montré comme preuve, avec sa date et ses sources.',
			'Une échéance est aussi précise que sa source : « 2025 » passe à la fin du 31 décembre 2025, « 2025-06 » à la fin du 30 juin 2025. Une échéance fixée à aujourd’hui n’est pas dépassée. Un événement daté d’un mois ou d’une année compte une fois ce mois ou cette année écoulés (ou dès le jour où les faits ont été vérifiés, s’il est antérieur), sur cette page comme sur la carte à une date donnée.'
		],
		filters: 'Filtrer et trier',
		country: 'Pays',
		outcome: 'Résultat',
		sort: 'Trier par',
		all: 'Tous',
		sorts: { deadline: 'Échéance, la plus proche d’abord', outcome: 'Résultat', country: 'Pays' },
		showing: (shown: string, total: string) => `${shown} promesses affichées sur ${total}`,
		showAll: 'Afficher toutes les promesses',
		empty: 'Aucune promesse ne correspond à ces filtres.',
		listHeading: 'Les promesses',
		promisedBy: 'Promis par',
		byWhen: 'Échéance',
		noDeadline: 'Sans échéance',
		figure: 'Objectif',
		evidence: 'Preuve',
		noEvidence: 'Aucun événement daté',
		summaryHeading: 'Les résultats en un coup d’œil',
		chartByType: 'Promesses par type et par résultat',
		chartByCountry: 'Promesses par pays et par résultat',
		chartUnits: 'Nombre de promesses',
		chartDescription: (summary: string) => `Barres empilées, une par ligne\u202f: ${summary}.`,
		chartSource: (date: string) =>
			`Source\u202f: Europe Commitments Map, commitments.csv et history.csv\u202f; résultats au ${date}.`,
		changes: {
			title: 'Ce qui a changé',
			intro:
				'Chaque événement daté du jeu de données, du plus récent au plus ancien : annonces, ouvertures, points d’étape, reports et objectifs modifiés, chacun avec sa source.',
			feed: 'Suivre les modifications : flux Atom',
			feedNote: 'Collez l’adresse du flux dans un lecteur de flux ; ses titres sont en anglais.',
			count: (n: string) => `${n} événements`
		}
	},
	commitmentPage: {
		breadcrumbs: 'Où se trouve cette page',
		showOnMap: 'Voir sur la carte interactive',
		mapLabel: (place: string) => `Carte de l’emplacement de l’engagement\u00a0: ${place}`,
		europeWideMap: 'À l’échelle européenne\u00a0: l’engagement n’a pas de lieu unique sur la carte.'
	},
	scale: {
		changesPages: 'Pages des événements',
		newer: 'Événements plus récents',
		older: 'Événements plus anciens',
		page: (n: string) => `Page ${n}`,
		titled: (title: string, n: string, total: string) => `${title}, page ${n} sur ${total}`,
		eventsRange: (first: string, last: string, total: string) =>
			`Événements ${first} à ${last} sur ${total}, du plus récent au plus ancien`,
		feedNewest: (n: string) => `Le flux reprend les ${n} plus récents.`,
		promisesPages: 'Pages des promesses',
		previous: 'Page précédente',
		next: 'Page suivante',
		promisesRange: (first: string, last: string, total: string) =>
			`Promesses ${first} à ${last} sur ${total}, échéance la plus proche d’abord`,
		loading: 'Chargement de toutes les promesses pour les filtrer…',
		loadFailed:
			'Toutes les promesses n’ont pas pu être chargées\u00a0: les filtres ne s’appliquent qu’à celles de cette page.'
	}
};
