/** The interface's words in English, the default locale. Other locales mirror these keys. */
import { isOne } from './plural';

/** Country names (as Intl.DisplayNames gives them in English) that English says with "the". */
const WITH_THE = new Set([
	'United Kingdom',
	'Netherlands',
	'Czech Republic',
	'Isle of Man',
	'Faroe Islands',
	'Åland Islands',
	'Channel Islands',
	'United States'
]);
/** "the United Kingdom", "the Netherlands", "France": a country's name inside a sentence. */
export const theCountry = (country: string): string =>
	WITH_THE.has(country) ? `the ${country}` : country;

/** A metric's name inside "Countries ranked by …": lower case, "all commitments" for the total. */
const RANKED_BY: Record<string, string> = {
	'Commitments of all types': 'all commitments',
	Commitments: 'the commitments shown'
};
const rankedBy = (metric: string): string =>
	RANKED_BY[metric] ?? metric.charAt(0).toLowerCase() + metric.slice(1);

export const en = {
	siteTitle: 'Microsoft’s commitments in Europe',
	siteNavigation: 'Site',
	language: 'Language',
	map: 'Map',
	siteTagline:
		'Cloud regions, security programmes, skills pledges and research hubs: where they are, what was promised, and how sure we are.',
	skipToList: 'Skip the map, go to the list',
	mapLabel: 'Map of Microsoft’s commitments in Europe',
	mapInstructions:
		'Drag or use the arrow keys to pan, plus and minus to zoom. Every commitment on the map is also in the list.',
	mapLoading: 'Loading the interactive map…',
	mapFallback: 'Showing a simplified map: this browser cannot draw the interactive one.',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	resetView: 'Show all of Europe',
	pan: { up: 'Pan north', down: 'Pan south', left: 'Pan west', right: 'Pan east' },
	attribution: 'Base map: Natural Earth',
	filters: 'Filters',
	typeLegend: 'Type',
	statusLegend: 'Status',
	showAll: 'Show all',
	types: {
		datacenter: 'Cloud & datacenters',
		security: 'Security & trust',
		training: 'Skills & training',
		startup: 'Start-ups & research'
	},
	statuses: {
		operational: 'Operational',
		restricted: 'Restricted access',
		announced: 'Announced'
	},
	statusHelp: {
		operational: 'Open, running or completed',
		restricted: 'Operating, access restricted',
		announced: 'Announced, not yet open or met'
	},
	confidence: { high: 'High confidence', medium: 'Medium confidence', low: 'Unconfirmed' },
	confidenceHelp: {
		high: 'An official page, or several independent reports agree.',
		medium: 'One secondary source.',
		low: 'No source supports the commitment as stated: the claim itself is in doubt.'
	},
	approximatePlace: 'Approximate place',
	approximatePlaceHelp:
		'The commitment is sourced; only its place on the map is approximate or uncertain.',
	precision: {
		site: 'Exact site',
		city: 'City',
		country: 'Country-wide',
		europe: 'Europe-wide'
	},
	listHeading: 'Commitments',
	showing: (shown: string, total: string) =>
		`Showing ${shown} of ${total} ${isOne(total, 'en') ? 'commitment' : 'commitments'}`,
	listBreakdown: (n: number, shown: string) =>
		isOne(n, 'en')
			? 'It is on the map'
			: n === 2
				? 'Both are on the map'
				: `All ${shown} are on the map`,
	emptyList: 'No commitment matches these filters.',
	showAllInGroup: (count: string) => `Show all ${count}`,
	europeWide: 'Europe-wide',
	europeWideNote: 'Commitments without a place on the map.',
	countryWide: 'Country-wide',
	details: 'Details',
	close: 'Close',
	closeDetails: 'Close the details',
	hereAre: (n: string) => `${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'} at this place`,
	filtered: {
		reset: 'Reset filters',
		/** The map's key and the ranking, for the commitments metric when filtered. */
		commitments: 'Commitments',
		only: (what: string) => `${what} only`,
		note: (parts: string) => `Filtered: ${parts}`,
		someTypes: (ticked: number, all: number) => `${ticked} of ${all} types`,
		someStatuses: (ticked: number, all: number) => `${ticked} of ${all} statuses`,
		title: (title: string, note: string) => `${title} (${note})`,
		nearby: (n: string) => `${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'} nearby`,
		europeWide: (n: string) =>
			isOne(n, 'en') ? '1 Europe-wide commitment' : `${n} Europe-wide commitments`,
		europeWideNote: 'Commitments for all of Europe: on the map, in the “Europe-wide” box.',
		panelAll: (n: string) => `Europe-wide commitments: ${n}. Show their list`,
		panelType: (type: string, n: string) => `${type}, Europe-wide: ${n}`,
		panelNone: 'None with these filters',
		skillsHidden: 'None of this country’s skills pledges passes the filters.'
	},
	fields: {
		type: 'Type',
		status: 'Status',
		place: 'Place',
		announced: 'Announced',
		opened: 'Opened',
		deadline: 'Deadline',
		target: 'Target',
		partners: 'Named partners',
		claimedBy: 'Claimed by',
		confidence: 'Confidence',
		sources: 'Sources',
		notes: 'Notes',
		locationSource: 'Location source',
		partOf: 'Part of',
		includes: 'Includes'
	},
	partOfNote: '(its figure is included there; not added)',
	includesNote: '(their figures are included in this one’s; not added)',
	history: {
		heading: 'History',
		kinds: {
			announced: 'Announced',
			restated: 'Restated',
			construction: 'Construction',
			opened: 'Opened',
			delayed: 'Delayed',
			'target-changed': 'Target changed',
			progress: 'Progress reported',
			withdrawn: 'Withdrawn'
		},
		statusAfter: (status: string) => `Status afterwards: ${status}`,
		people: (n: string) => `${n} ${isOne(n, 'en') ? 'person' : 'people'}`,
		sources: (n: number): string => (isOne(n, 'en') ? 'Source:' : 'Sources:')
	},
	openedUnknown: 'Opening date not published',
	deadlinePassed: 'Deadline passed; outcome not reported',
	peopleToTrain: (n: string) => `${n} people to train`,
	unconfirmed: 'Unconfirmed',
	getData: 'Get the data',
	footer: 'Independent, open-source project; not affiliated with Microsoft.',
	backToMap: 'Back to the map',
	embedButton: 'Embed',
	embedList: (n: number) =>
		`List of the ${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'} shown`,
	openFullMap: 'Open the full map',
	embedDialog: {
		title: 'Embed this map',
		intro:
			'Paste the code into your article. The map loads only from this site, sends nothing to anyone else, and lets the page scroll.',
		types: 'Types',
		status: 'Status',
		country: 'Country',
		wholeEurope: 'All of Europe',
		theme: 'Theme',
		themes: { auto: 'Reader’s setting', light: 'Light', dark: 'Dark' },
		height: 'Height (pixels)',
		legend: 'Show the legend',
		autoHeight: 'Adjust the height to the content (adds a small script)',
		preview: 'Preview',
		code: 'Code to paste',
		copy: 'Copy the code',
		copied: 'Copied to the clipboard',
		copyFailed: 'Copy failed: select the code and copy it',
		close: 'Close',
		language: 'Language',
		iframeTitle: 'Map of Microsoft’s commitments in Europe',
		heightHelp: (min: string, max: string) => `Between ${min} and ${max} pixels.`,
		heightError: (min: string, max: string) =>
			`Enter a whole number of pixels from ${min} to ${max}.`,
		showTitle: 'Show the title above the map',
		noCode: 'No code until the height is valid.'
	},
	allEurope: 'All of Europe',
	chooseCountry: 'Choose a country',
	typeCountry: 'Type a country',
	noCountryMatch: 'No country matches',
	countryCount: (n: number) => `${n} ${isOne(n, 'en') ? 'country' : 'countries'}`,
	countryPageTitle: (country: string) => `Microsoft in ${theCountry(country)}`,
	countryDescription: (country: string, facts: string) =>
		facts
			? `Microsoft in ${theCountry(country)}: ${facts}.`
			: `Microsoft in ${theCountry(country)}: no commitment recorded.`,
	factSites: (n: string) => `${n} datacenter ${isOne(n, 'en') ? 'site' : 'sites'}`,
	factCommitments: (n: string) => `${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'}`,
	factTarget: (people: string, deadline: string) =>
		deadline ? `${people} people to train by ${deadline}` : `${people} people to train`,
	noCommitments: (country: string) =>
		`No commitment by Microsoft is recorded for ${theCountry(country)} in this dataset. The comparison below shows where it stands among European countries.`,
	countryCommitments: (country: string) => `Commitments in ${theCountry(country)}`,
	overview: 'Europe at a glance',
	overviewText: (n: string, countries: string) =>
		`${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'} across ${countries} ${isOne(countries, 'en') ? 'country' : 'countries'}, and Europe-wide pledges. Click a country on the map, or choose one, for its charts.`,
	colourBy: 'Colour countries by',
	metrics: {
		commitments: 'Commitments of all types',
		sites: 'Cloud regions and datacenter sites',
		trainingPerThousand: 'People to train per 1,000 inhabitants'
	},
	metricUnits: {
		commitments: 'Number of commitments recorded for the country',
		sites: 'Number of Azure regions and datacenter campuses on the map',
		trainingPerThousand: 'People to train under Microsoft’s pledges, per 1,000 inhabitants'
	},
	none: 'none',
	othersWithNone: (n: string) => `${n} other countries: none recorded.`,
	charts: {
		showTable: 'Show as table',
		hideTable: 'Hide the table',
		source: (date: string) => `Source: Europe Commitments Map dataset, facts checked on ${date}.`,
		populationSource: (year: string) => `Populations: World Bank (SP.POP.TOTL), ${year}.`,
		keyboardHelp: 'Use the arrow keys to read each value.',
		byTypeTitle: 'Commitments by type and status',
		byTypeUnits: 'Number of commitments',
		byTypeEuropeTitle: 'Europe’s commitments by type and status',
		byTypeDescription: (summary: string) => `Stacked bars, one per type. ${summary}`,
		timelineTitle: 'Timeline: announcements and openings',
		timelineUnits: 'Year; one row per commitment',
		timelineDescription: (n: string) =>
			`${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'} placed in time: a hollow mark when announced, a solid mark when opened, a bar at the deadline; a line marks today.`,
		timelineEmpty: 'No date is published for these commitments.',
		undated: (names: string) => `No published date: ${names}.`,
		announced: 'Announced',
		opened: 'Opened',
		deadline: 'Deadline',
		today: 'Today',
		skillsTitle: 'Skills pledge',
		skillsUnits: 'People to train',
		skillsEmpty: (country: string) =>
			`No skills pledge with a number of people is recorded for ${theCountry(country)}.`,
		skillsTarget: (people: string, deadline: string) =>
			deadline ? `${people} people to train by ${deadline}` : `${people} people to train`,
		perThousand: (value: string) => `${value} per 1,000 inhabitants`,
		population: (n: string, year: string) => `Population ${n} (${year})`,
		shareOfArticle: (share: string, target: string) =>
			`${share} of the ${target} people the article says Microsoft will train in Europe by 2027`,
		articleClaim: 'The article’s claim, unconfirmed: no source found',
		thisCountry: 'This country’s pledge',
		measure: 'Measure',
		value: 'Value',
		compareTitle: 'How it compares',
		compareDescription: (metric: string, n: string) =>
			`Countries ranked by ${rankedBy(metric)}; ${n} ${isOne(n, 'en') ? 'country has' : 'countries have'} a value above zero.`,
		rank: 'Rank',
		country: 'Country',
		commitment: 'Commitment',
		type: 'Type',
		total: 'Total'
	},
	about: 'Sources and methodology',
	marks: {
		key: 'What the marks mean',
		keyButton: 'Key',
		showKey: 'Show what the marks mean',
		hideKey: 'Hide the key',
		countryWide: 'Country-wide, not a site',
		cluster: 'Several commitments: click to see them',
		clusterLabel: (n: number) => `${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'}`
	},
	mapReading: {
		ctrlScrollToZoom: 'Use Ctrl + scroll to zoom the map',
		cmdScrollToZoom: 'Use ⌘ + scroll to zoom the map',
		twoFingersToMove: 'Use two fingers to move the map',
		countryHint: 'Click for its commitments'
	},
	share: {
		countries: (n: string) => `Countries with commitments: ${n}`,
		noCommitments: 'No commitment recorded yet',
		credit: (date: string) =>
			`Europe Commitments Map · data checked on ${date} · CC BY 4.0 · Base map: Natural Earth`,
		europe: 'Europe',
		cardAlt: (place: string, figures: string) =>
			`Map of ${place} marking Microsoft’s commitments. ${figures}`,
		citeHeading: 'Cite this',
		citeIntro: 'Cite the dataset with the date its facts were checked and a link to this page.',
		plainText: 'Plain text',
		copyPlain: 'Copy the citation',
		copyBibtex: 'Copy the BibTeX',
		copied: 'Copied.',
		copyFailed: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
		datasetKind: 'Data set',
		checked: (date: string) => `Data checked on ${date}`
	},
	download: {
		image: 'Download image',
		mapButton: 'Download an image of the map',
		mapAs: (format: string) => `Download this view of the map as ${format}`,
		chartAs: (title: string, format: string) => `Download the chart “${title}” as ${format}`,
		svgHelp: 'Vector image: sharp at any size, editable',
		pngHelp: 'Picture: for slides and posts',
		making: 'Making the image…',
		saved: 'Image saved.',
		failed: 'This browser could not make the image.',
		source: (date: string) => `Europe Commitments Map, data checked on ${date}, CC BY 4.0`,
		cluster: 'Several commitments close together'
	},
	/** The dataset in the reader's language: place names, sources, corrections. */
	dataLang: {
		cityArea: (city: string) => `${city} area`,
		/** Between a label and its value ("Langue : Français" in French, with a no-break space). */
		colon: ': ',
		/** Between the items of a list written on one line. */
		semicolon: '; ',
		/** /about: the link to where corrections are reported, and the article's credit. */
		reportAt: 'Report it in the project’s repository',
		article: 'The article checked',
		articleUnknown: 'Its outlet and date are not recorded.',
		publishedBy: 'Published by'
	},
	edges: {
		tableScrolls: (caption: string) => `${caption} (wider than its column: scroll sideways)`
	},
	asof: {
		label: 'Map as of',
		today: 'Today',
		todayLabel: 'Back to today’s data',
		play: 'Play, month by month',
		pause: 'Pause',
		current: (date: string) => `today, ${date}`,
		empty: (date: string, first: string) =>
			`No commitment had been announced by ${date}. The first in the data dates from ${first}.`,
		dataAsOf: (date: string) => `Data as of ${date}`,
		changesSince: (n: number, count: string) => `${count} ${n === 1 ? 'change' : 'changes'} since`,
		currentMap: 'See the current map',
		data: 'Data',
		live: 'Live data',
		liveHelp: 'The embed always shows the latest data.',
		keep: 'Keep today’s data',
		keepHelp: (date: string) =>
			`The embed shows the data as of ${date}, and says how many changes have come since.`
	},
	/** The list drawn in part at first (src/lib/ui/CommitmentList.svelte). */
	lazy: {
		/** The button under the first entries: n commitments (count, formatted) in the list. */
		showAll: (n: number, count: string) =>
			isOne(n, 'en') ? `Show ${count} commitment` : `Show all ${count} commitments`,
		noscript:
			'JavaScript is off: the other commitments are listed on their countries’ pages, linked below.'
	},
	/** The links to the pages beyond the map, and the words every page needs about them. */
	site: {
		promises: 'Promises',
		changes: 'Changes',
		noscript:
			'JavaScript is off: the map shows every commitment, and the filters, shared views and the embed builder need JavaScript. Each country on the map and each commitment in the list is a link to its own page.',
		notFoundTitle: 'Page not found',
		notFoundText:
			'There is no page at this address: it may have been mistyped, or the page may have moved.',
		notFoundHome: 'Go to the map of every commitment'
	},
	/** The 404 page's list of every country's page (src/lib/ui/NotFoundBody.svelte). */
	notfound2: {
		countries: 'Every country’s page',
		countriesIntro: 'Looking for a country? Each one on the map has its own page:'
	}
};

export type Messages = typeof en;
