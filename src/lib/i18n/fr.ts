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
	},
	lazy: {
		showAll: (n: number, count: string) =>
			isOne(n, 'fr') ? `Afficher ${count} engagement` : `Afficher les ${count} engagements`,
		noscript:
			'JavaScript est désactivé\u00a0: les autres engagements figurent sur les pages de leurs pays, liées ci-dessous.'
	},
	/** The links to the pages beyond the map, and the words every page needs about them. */
	site: {
		promises: 'Promesses',
		changes: 'Modifications',
		noscript:
			'JavaScript est désactivé\u00a0: la carte montre tous les engagements\u00a0; les filtres, les vues partagées et l’outil d’intégration ont besoin de JavaScript. Chaque pays de la carte et chaque engagement de la liste mène à sa propre page.',
		notFoundTitle: 'Page introuvable',
		notFoundText:
			'Il n’y a pas de page à cette adresse\u00a0: elle a peut-être été mal saisie, ou la page a changé d’adresse.',
		notFoundHome: 'Aller à la carte de tous les engagements'
	},
	notfound2: {
		countries: 'La page de chaque pays',
		countriesIntro: 'Vous cherchez un pays\u00a0? Chaque pays de la carte a sa propre page\u00a0:'
	}
};
