/** The interface's words in English, the default locale. Other locales mirror these keys. */
export const en = {
	siteTitle: 'Microsoft’s commitments in Europe',
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
		low: 'Not found in a source, or sources conflict.'
	},
	precision: {
		site: 'Exact site',
		city: 'City',
		country: 'Country-wide',
		europe: 'Europe-wide'
	},
	listHeading: 'Commitments',
	showing: (shown: string, total: string) => `Showing ${shown} of ${total} commitments`,
	listBreakdown: (points: string, countries: string, europe: string) =>
		`${points} on the map, ${countries} country-wide, ${europe} Europe-wide`,
	emptyList: 'No commitment matches these filters.',
	europeWide: 'Europe-wide',
	europeWideNote: 'Commitments without a place on the map.',
	countryWide: 'Country-wide',
	details: 'Details',
	close: 'Close',
	closeDetails: 'Close the details',
	hereAre: (n: string) => `${n} commitments at this place`,
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
		notes: 'Notes'
	},
	openedUnknown: 'Opening date not published',
	deadlinePassed: 'Deadline passed; outcome not reported',
	peopleToTrain: (n: string) => `${n} people to train`,
	unconfirmed: 'Unconfirmed',
	getData: 'Get the data',
	about: 'Sources and methodology',
	footer: 'Independent, open-source project; not affiliated with Microsoft.'
};

export type Messages = typeof en;
