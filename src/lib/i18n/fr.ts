import type { Messages } from './en';
import { isOne } from './plural';

/** “en France”, “au Portugal”, “aux Pays-Bas”, “à Chypre”: the preposition each country takes. */
const IN_COUNTRY: Record<string, string> = {
	Danemark: 'au Danemark',
	Kosovo: 'au Kosovo',
	Liechtenstein: 'au Liechtenstein',
	Luxembourg: 'au Luxembourg',
	Monténégro: 'au Monténégro',
	Portugal: 'au Portugal',
	'Royaume-Uni': 'au Royaume-Uni',
	Bélarus: 'au Bélarus',
	Belarus: 'au Belarus',
	'Pays-Bas': 'aux Pays-Bas',
	Chypre: 'à Chypre',
	Malte: 'à Malte',
	Monaco: 'à Monaco',
	'Saint-Marin': 'à Saint-Marin',
	'État de la Cité du Vatican': 'dans l’État de la Cité du Vatican',
	'Cité du Vatican': 'dans la Cité du Vatican',
	Vatican: 'au Vatican'
};
const inCountry = (country: string): string => IN_COUNTRY[country] ?? `en ${country}`;

/** French treats 0 and 1 as singular. */
/** Whether `n` takes the plural in French (Intl.PluralRules: 0 and 1 are singular). */
const plural = (n: string | number): boolean => !isOne(n, 'fr');

/** “d’ici 2027”, “d’ici décembre 2025”, “d’ici le 31 décembre 2025”. */
const by = (date: string): string =>
	/^\d{1,2}(er)?\s/.test(date) ? `d’ici le ${date}` : `d’ici ${date}`;

/** The interface in French. */
export const fr: Messages = {
	siteTitle: 'Les engagements de Microsoft en Europe',
	siteNavigation: 'Navigation du site',
	language: 'Langue',
	map: 'Carte',
	siteTagline:
		'Régions cloud, programmes de sécurité, engagements de formation et pôles de recherche : où ils se trouvent, ce qui a été promis et avec quel degré de certitude.',
	skipToList: 'Passer la carte et aller à la liste',
	mapLabel: 'Carte des engagements de Microsoft en Europe',
	mapInstructions:
		'Faites glisser la carte ou utilisez les flèches du clavier pour vous déplacer, les touches plus et moins pour zoomer. Chaque engagement de la carte figure aussi dans la liste.',
	mapLoading: 'Chargement de la carte interactive…',
	mapFallback: 'Carte simplifiée : ce navigateur ne peut pas afficher la carte interactive.',
	zoomIn: 'Zoomer',
	zoomOut: 'Dézoomer',
	resetView: 'Afficher toute l’Europe',
	pan: {
		up: 'Voir plus au nord',
		down: 'Voir plus au sud',
		left: 'Voir plus à l’ouest',
		right: 'Voir plus à l’est'
	},
	attribution: 'Fond de carte : Natural Earth',
	filters: 'Filtres',
	typeLegend: 'Type',
	statusLegend: 'Statut',
	showAll: 'Tout afficher',
	types: {
		datacenter: 'Cloud et centres de données',
		security: 'Sécurité et confiance',
		training: 'Compétences et formation',
		startup: 'Start-up et recherche'
	},
	statuses: {
		operational: 'Opérationnel',
		restricted: 'Accès restreint',
		announced: 'Annoncé'
	},
	statusHelp: {
		operational: 'Ouvert, en service ou achevé',
		restricted: 'En service, accès restreint',
		announced: 'Annoncé, pas encore ouvert ni tenu'
	},
	confidence: { high: 'Fiabilité élevée', medium: 'Fiabilité moyenne', low: 'Non confirmé' },
	confidenceHelp: {
		high: 'Une page officielle, ou plusieurs sources indépendantes concordantes.',
		medium: 'Une seule source secondaire.',
		low: 'Aucune source n’établit l’engagement tel qu’il est énoncé\u00a0: c’est l’affirmation elle-même qui est en doute.'
	},
	approximatePlace: 'Lieu approximatif',
	approximatePlaceHelp:
		'L’engagement est sourcé\u00a0; seul son emplacement sur la carte est approximatif ou incertain.',
	precision: {
		site: 'Site exact',
		city: 'Ville',
		country: 'À l’échelle nationale',
		europe: 'À l’échelle européenne'
	},
	listHeading: 'Engagements',
	showing: (shown: string, total: string) =>
		plural(shown)
			? `${shown} engagements affichés sur ${total}`
			: `${shown} engagement affiché sur ${total}`,
	listBreakdown: (n: number, shown: string) =>
		isOne(n, 'fr')
			? 'Il figure sur la carte'
			: n === 2
				? 'Les deux figurent sur la carte'
				: `Les ${shown} figurent tous sur la carte`,
	emptyList: 'Aucun engagement ne correspond à ces filtres.',
	showAllInGroup: (count: string) => `Tout afficher (${count})`,
	europeWide: 'À l’échelle européenne',
	europeWideNote: 'Engagements sans emplacement sur la carte.',
	countryWide: 'À l’échelle nationale',
	details: 'Détails',
	close: 'Fermer',
	closeDetails: 'Fermer les détails',
	hereAre: (n: string) =>
		plural(n) ? `${n} engagements à cet endroit` : `${n} engagement à cet endroit`,
	filtered: {
		reset: 'Réinitialiser les filtres',
		/** The map's key and the ranking, for the commitments metric when filtered. */
		commitments: 'Engagements',
		only: (what: string) => `${what} uniquement`,
		note: (parts: string) => `Filtré\u00a0: ${parts}`,
		someTypes: (ticked: number, all: number) =>
			`${ticked} ${plural(ticked) ? 'types' : 'type'} sur ${all}`,
		someStatuses: (ticked: number, all: number) =>
			`${ticked} ${plural(ticked) ? 'statuts' : 'statut'} sur ${all}`,
		title: (title: string, note: string) => `${title} (${note})`,
		nearby: (n: string) => `${n} ${plural(n) ? 'engagements' : 'engagement'} à proximité`,
		europeWide: (n: string) =>
			`${n} ${plural(n) ? 'engagements' : 'engagement'} à l’échelle européenne`,
		europeWideNote:
			'Engagements pour toute l’Europe\u00a0: sur la carte, dans l’encadré «\u202fÀ l’échelle européenne\u202f».',
		panelAll: (n: string) => `Engagements à l’échelle européenne\u00a0: ${n}. Afficher leur liste`,
		panelType: (type: string, n: string) => `${type}, à l’échelle européenne\u00a0: ${n}`,
		panelNone: 'Aucun avec ces filtres',
		skillsHidden: 'Aucun engagement de formation de ce pays ne passe les filtres.'
	},
	fields: {
		locationSource: 'Source de l’emplacement',
		partOf: 'Fait partie de',
		includes: 'Comprend',
		type: 'Type',
		status: 'Statut',
		place: 'Lieu',
		announced: 'Annonce',
		opened: 'Ouverture',
		deadline: 'Échéance',
		target: 'Objectif',
		partners: 'Partenaires cités',
		claimedBy: 'Affirmé par',
		confidence: 'Fiabilité',
		sources: 'Sources',
		notes: 'Remarques'
	},
	partOfNote: '(son chiffre y est déjà compté\u00a0; il ne s’y ajoute pas)',
	includesNote: '(leurs chiffres sont déjà comptés dans celui-ci\u00a0; ils ne s’y ajoutent pas)',
	history: {
		heading: 'Historique',
		kinds: {
			announced: 'Annonce',
			restated: 'Nouvelle annonce',
			construction: 'Travaux',
			opened: 'Ouverture',
			delayed: 'Report',
			'target-changed': 'Objectif modifié',
			progress: 'Point d’étape',
			withdrawn: 'Abandon'
		},
		statusAfter: (status: string) => `Statut à l’issue\u00a0: ${status}`,
		people: (n: string) => (plural(n) ? `${n} personnes` : `${n} personne`),
		sources: (n: number) => (isOne(n, 'fr') ? 'Source\u00a0:' : 'Sources\u00a0:')
	},
	openedUnknown: 'Date d’ouverture non publiée',
	deadlinePassed: 'Échéance dépassée ; résultat non communiqué',
	peopleToTrain: (n: string) => (plural(n) ? `${n} personnes à former` : `${n} personne à former`),
	unconfirmed: 'Non confirmé',
	getData: 'Télécharger les données',
	footer: 'Projet indépendant et open source, sans lien avec Microsoft.',
	backToMap: 'Retour à la carte',
	embedButton: 'Intégrer',
	embedList: (n: number) =>
		isOne(n, 'fr') ? 'Liste de l’engagement affiché' : `Liste des ${n} engagements affichés`,
	openFullMap: 'Ouvrir la carte complète',
	embedDialog: {
		title: 'Intégrer cette carte',
		intro:
			'Collez ce code dans votre article. La carte se charge uniquement depuis ce site, n’envoie rien à des tiers et laisse la page défiler.',
		types: 'Types',
		status: 'Statut',
		country: 'Pays',
		wholeEurope: 'Toute l’Europe',
		theme: 'Thème',
		themes: { auto: 'Préférence du lecteur', light: 'Clair', dark: 'Sombre' },
		height: 'Hauteur (pixels)',
		legend: 'Afficher la légende',
		autoHeight: 'Ajuster la hauteur au contenu (ajoute un petit script)',
		preview: 'Aperçu',
		code: 'Code à coller',
		copy: 'Copier le code',
		copied: 'Copié dans le presse-papiers',
		copyFailed: 'Échec de la copie : sélectionnez le code et copiez-le',
		close: 'Fermer',
		language: 'Langue',
		iframeTitle: 'Carte des engagements de Microsoft en Europe',
		heightHelp: (min: string, max: string) => `Entre ${min} et ${max} pixels.`,
		heightError: (min: string, max: string) =>
			`Saisissez un nombre entier de pixels, de ${min} à ${max}.`,
		showTitle: 'Afficher le titre au-dessus de la carte',
		noCode: 'Pas de code tant que la hauteur n’est pas valide.'
	},
	allEurope: 'Toute l’Europe',
	chooseCountry: 'Choisir un pays',
	typeCountry: 'Saisissez un pays',
	noCountryMatch: 'Aucun pays ne correspond',
	countryCount: (n: number) => `${n} pays`,
	countryPageTitle: (country: string) => `Microsoft ${inCountry(country)}`,
	countryDescription: (country: string, facts: string) =>
		facts
			? `Microsoft ${inCountry(country)}\u00a0: ${facts}.`
			: `Microsoft ${inCountry(country)}\u00a0: aucun engagement recensé.`,
	factSites: (n: string) =>
		plural(n) ? `${n} sites de centres de données` : `${n} site de centres de données`,
	factCommitments: (n: string) => (plural(n) ? `${n} engagements` : `${n} engagement`),
	factTarget: (people: string, deadline: string) =>
		deadline ? `${people} personnes à former ${by(deadline)}` : `${people} personnes à former`,
	noCommitments: (country: string) =>
		`Ce jeu de données ne recense aucun engagement de Microsoft ${inCountry(country)}. La comparaison ci-dessous situe le pays parmi les pays européens.`,
	countryCommitments: (country: string) => `Engagements ${inCountry(country)}`,
	overview: 'L’Europe en un coup d’œil',
	overviewText: (n: string, countries: string) =>
		`${n} engagements dans ${countries} pays, ainsi que des engagements à l’échelle européenne. Cliquez sur un pays de la carte, ou choisissez-en un, pour afficher ses graphiques.`,
	colourBy: 'Colorer les pays selon',
	metrics: {
		commitments: 'Engagements de tous types',
		sites: 'Régions cloud et sites de centres de données',
		trainingPerThousand: 'Personnes à former pour 1 000 habitants'
	},
	metricUnits: {
		commitments: 'Nombre d’engagements recensés pour le pays',
		sites: 'Nombre de régions Azure et de campus de centres de données sur la carte',
		trainingPerThousand:
			'Personnes à former dans le cadre des engagements de Microsoft, pour 1 000 habitants'
	},
	none: 'aucun',
	othersWithNone: (n: string) =>
		plural(n)
			? `${n} autres pays\u00a0: rien de recensé.`
			: `${n} autre pays\u00a0: rien de recensé.`,
	charts: {
		showTable: 'Afficher sous forme de tableau',
		hideTable: 'Masquer le tableau',
		source: (date: string) =>
			`Source\u00a0: jeu de données Europe Commitments Map, faits vérifiés le ${date}.`,
		populationSource: (year: string) =>
			`Populations\u00a0: Banque mondiale (SP.POP.TOTL), ${year}.`,
		keyboardHelp: 'Utilisez les flèches du clavier pour lire chaque valeur.',
		byTypeTitle: 'Engagements par type et par statut',
		byTypeUnits: 'Nombre d’engagements',
		byTypeEuropeTitle: 'Engagements en Europe par type et par statut',
		byTypeDescription: (summary: string) => `Barres empilées, une par type. ${summary}`,
		timelineTitle: 'Chronologie : annonces et ouvertures',
		timelineUnits: 'Année ; une ligne par engagement',
		timelineDescription: (n: string) =>
			`${n} ${plural(n) ? 'engagements situés' : 'engagement situé'} dans le temps\u00a0: un repère creux à l’annonce, un repère plein à l’ouverture, une barre à l’échéance\u202f; une ligne indique la date du jour.`,
		timelineEmpty: 'Aucune date n’est publiée pour ces engagements.',
		undated: (names: string) => `Sans date publiée\u00a0: ${names}.`,
		announced: 'Annonce',
		opened: 'Ouverture',
		deadline: 'Échéance',
		today: 'Aujourd’hui',
		skillsTitle: 'Engagement de formation',
		skillsUnits: 'Personnes à former',
		skillsEmpty: (country: string) =>
			`Aucun engagement de formation chiffré en nombre de personnes n’est recensé ${inCountry(country)}.`,
		skillsTarget: (people: string, deadline: string) =>
			deadline ? `${people} personnes à former ${by(deadline)}` : `${people} personnes à former`,
		perThousand: (value: string) => `${value} pour 1\u202f000 habitants`,
		population: (n: string, year: string) => `${n} habitants (${year})`,
		shareOfArticle: (share: string, target: string) =>
			`${share} des ${target} personnes que Microsoft formera en Europe d’ici 2027, selon l’article`,
		articleClaim: 'Chiffre avancé par l’article, non confirmé : aucune source trouvée',
		thisCountry: 'Engagement pour ce pays',
		measure: 'Indicateur',
		value: 'Valeur',
		compareTitle: 'Comparaison',
		compareDescription: (metric: string, n: string) =>
			`Classement des pays (${metric})\u202f; ${n} pays ${plural(n) ? 'ont' : 'a'} une valeur supérieure à zéro.`,
		rank: 'Rang',
		country: 'Pays',
		commitment: 'Engagement',
		type: 'Type',
		total: 'Total'
	},
	about: 'Sources et méthodologie',
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
	marks: {
		key: 'Que signifient les symboles',
		keyButton: 'Légende',
		showKey: 'Afficher la signification des symboles',
		hideKey: 'Masquer la légende',
		countryWide: 'Tout le pays, pas un site',
		cluster: 'Plusieurs engagements\u00a0: cliquez pour les voir',
		clusterLabel: (n: number) => `${n} ${isOne(n, 'fr') ? 'engagement' : 'engagements'}`
	},
	mapReading: {
		ctrlScrollToZoom: 'Utilisez Ctrl + molette pour zoomer sur la carte',
		cmdScrollToZoom: 'Utilisez ⌘ + molette pour zoomer sur la carte',
		twoFingersToMove: 'Utilisez deux doigts pour déplacer la carte',
		countryHint: 'Cliquez pour voir ses engagements'
	},
	commitmentPage: {
		breadcrumbs: 'Où se trouve cette page',
		showOnMap: 'Voir sur la carte interactive',
		mapLabel: (place: string) => `Carte de l’emplacement de l’engagement\u00a0: ${place}`,
		europeWideMap:
			'À l’échelle européenne\u00a0: l’engagement n’a pas de lieu unique sur la carte.',
		notFoundTitle: 'Page introuvable',
		notFoundText:
			'Il n’y a pas de page à cette adresse\u00a0: elle a peut-être été mal saisie, ou la page a changé d’adresse.',
		notFoundHome: 'Aller à la carte de tous les engagements',
		noscript:
			'JavaScript est désactivé\u00a0: la carte montre tous les engagements\u00a0; les filtres, les vues partagées et l’outil d’intégration ont besoin de JavaScript. Chaque pays de la carte et chaque engagement de la liste mène à sa propre page.'
	},
	promises: {
		nav: 'Promesses',
		changesNav: 'Modifications',
		title: 'Suivi des promesses',
		intro:
			'Chaque engagement assorti d’un objectif chiffré ou d’une échéance : ce qui a été promis, par qui, pour quand, et ce que les sources ont rapporté depuis.',
		asOf: (date: string) => `Résultats au ${date}, d’après l’historique daté de chaque engagement.`,
		cardCount: (n: string) => `Promesses avec un objectif ou une échéance : ${n}`,
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
			'Une échéance est aussi précise que sa source : « 2025 » passe à la fin du 31 décembre 2025, « 2025-06 » à la fin du 30 juin 2025. Une échéance fixée à aujourd’hui n’est pas dépassée. Un événement daté d’un mois ou d’une année compte à partir du premier jour de ce mois ou de cette année.'
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
		chartDescription: (summary: string) => `Barres empilées, une par ligne : ${summary}.`,
		chartSource: (date: string) =>
			`Source : Europe Commitments Map, commitments.csv et history.csv ; résultats au ${date}.`,
		changes: {
			title: 'Ce qui a changé',
			intro:
				'Chaque événement daté du jeu de données, du plus récent au plus ancien : annonces, ouvertures, points d’étape, reports et objectifs modifiés, chacun avec sa source.',
			feed: 'Suivre les modifications : flux Atom',
			feedNote: 'Collez l’adresse du flux dans un lecteur de flux ; ses titres sont en anglais.',
			count: (n: string) => `${n} événements`
		}
	},
	share: {
		countries: (n: string) => `Pays avec des engagements\u00a0: ${n}`,
		noCommitments: 'Aucun engagement recensé pour l’instant',
		credit: (date: string) =>
			`Europe Commitments Map · données vérifiées le ${date} · CC BY 4.0 · Fond de carte\u00a0: Natural Earth`,
		europe: 'toute l’Europe',
		cardAlt: (place: string, figures: string) =>
			`Carte (${place}) des engagements de Microsoft. ${figures}`,
		citeHeading: 'Citer',
		citeIntro:
			'Citez le jeu de données avec la date de vérification de ses faits et un lien vers cette page.',
		plainText: 'Texte',
		copyPlain: 'Copier la citation',
		copyBibtex: 'Copier le BibTeX',
		copied: 'Copié.',
		copyFailed: 'Texte sélectionné\u00a0: appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
		datasetKind: 'Jeu de données',
		checked: (date: string) => `Données vérifiées le ${date}`
	},
	download: {
		image: 'Télécharger l’image',
		mapButton: 'Télécharger une image de la carte',
		mapAs: (format: string) => `Télécharger cette vue de la carte en ${format}`,
		chartAs: (title: string, format: string) =>
			`Télécharger le graphique «\u00a0${title}\u00a0» en ${format}`,
		svgHelp: 'Image vectorielle\u00a0: nette à toute taille, modifiable',
		pngHelp: 'Image matricielle\u00a0: pour les présentations et les publications',
		making: 'Création de l’image…',
		saved: 'Image enregistrée.',
		failed: 'Ce navigateur n’a pas pu créer l’image.',
		source: (date: string) => `Europe Commitments Map, données vérifiées le ${date}, CC BY 4.0`,
		cluster: 'Plusieurs engagements proches les uns des autres'
	},
	dataLang: {
		cityArea: (city: string) => `${city} et environs`,
		colon: '\u00a0: ',
		semicolon: '\u202f; ',
		reportAt: 'Signalez-la dans le dépôt du projet',
		article: 'L’article vérifié',
		articleUnknown: 'Son média et sa date de publication ne sont pas connus.',
		publishedBy: 'Publié par'
	},
	edges: {
		tableScrolls: (caption: string) =>
			`${caption} (plus large que sa colonne\u00a0: faites défiler horizontalement)`
	},
	asof: {
		label: 'Carte à la date du',
		today: 'Aujourd’hui',
		todayLabel: 'Revenir aux données du jour',
		play: 'Lire, mois par mois',
		pause: 'Mettre en pause',
		current: (date: string) => `aujourd’hui, ${date}`,
		empty: (date: string, first: string) =>
			`Aucun engagement n’avait été annoncé au ${date}. Le premier des données date de ${first}.`,
		dataAsOf: (date: string) => `Données au ${date}`,
		changesSince: (n: number, count: string) =>
			`${count} ${n > 1 ? 'changements' : 'changement'} depuis`,
		currentMap: 'Voir la carte actuelle',
		data: 'Données',
		live: 'Données à jour',
		liveHelp: 'La carte intégrée montre toujours les données les plus récentes.',
		keep: 'Garder les données du jour',
		keepHelp: (date: string) =>
			`La carte intégrée montre les données au ${date} et indique combien de changements ont eu lieu depuis.`
	}
};
