/**
 * The words of the pages beyond the map (/about, /promises, /changes, /commitment/{id}), in
 * English. Only those pages load them (`loadPageMessages`), so the map and the embed never
 * carry them. Other locales mirror these keys.
 */
import { isOne } from '../plural';

export const en = {
	aboutPage: {
		title: 'Sources and methodology',
		intro:
			'This map gathers what Microsoft has announced for Europe (cloud regions, security programmes, skills pledges, start-up and research hubs) and shows, for every fact, who claims it, where it comes from and how sure we are.',
		lastUpdate: (date: string) => `Facts last checked on ${date}.`,
		inNumbers: 'The dataset in numbers',
		total: (n: string) => `${n} ${isOne(n, 'en') ? 'commitment' : 'commitments'}`,
		byConfidence: 'By confidence',
		byType: 'By type',
		words: 'What the words mean',
		typesHeading: 'Types',
		typeHelp: {
			datacenter:
				'Azure cloud regions, datacenter campuses and investments, sovereign-cloud offerings.',
			security:
				'Security, transparency and incident-response centres and programmes; data-protection pledges such as the EU Data Boundary; AI assurance.',
			training:
				'Pledges to train people in digital, AI and cybersecurity skills, and their partners.',
			startup: 'Research labs, start-up programmes and accelerators; pledges on competitiveness.'
		},
		statusesHeading: 'Statuses',
		precisionHeading: 'Precision: where a commitment is drawn',
		precisionHelp: {
			site: 'The facility’s own location, from a source cited for it (a planning application, a land purchase, an official address): its “location source”.',
			city: 'The centre of the city or area named in the sources; the exact site is not published. Shown as an approximate place.',
			country:
				'A commitment for a whole country. It is listed and highlights the country; it is never drawn as a point at the capital.',
			europe: 'A commitment for all of Europe, without a place. It is listed under “Europe-wide”.'
		},
		confidenceHeading: 'Confidence',
		doubtsHeading: 'Two different doubts',
		doubtsIntro:
			'Whether a commitment exists as stated, and where exactly it is, are two different questions. They are never mixed up:',
		unconfirmedHelp:
			'A doubt about the claim itself: no source supports that the commitment exists as stated. In the downloads, its confidence is “low”, and confidence_note says why.',
		approximatePlaceHelp:
			'A doubt about the place only: the commitment is sourced, but its point is the centre of a city or area (precision “city”), or a site with a reservation. place_note says why. A datacenter region whose exact site is not published is an approximate place, not unconfirmed.',
		historyHeading: 'History: what happened, and when',
		historyText: [
			'Every commitment has a dated history: its announcement, then what followed. Each event has its own source, and its date is only as precise as that source (a year, a month or a day). Where the original announcement is not dated in any source, the earliest dated report is used, and its note says so.',
			'A commitment’s status, announcement date and opening date are checked against its history: the status is the one after its last event, the announcement date is that of its “announced” event, and the opening date that of its “opened” event.'
		],
		eventsHeading: 'What each event means',
		eventHelp: {
			announced: 'First made public.',
			restated: 'Announced again, with the same substance.',
			construction: 'Building started, or permits were granted.',
			opened: 'Opened, launched or generally available.',
			delayed: 'A date was pushed back.',
			'target-changed': 'A figure or a deadline changed.',
			progress: 'A reported figure or milestone, such as the number of people trained so far.',
			withdrawn: 'Dropped or cancelled.'
		},
		overlapHeading: 'Overlapping pledges',
		overlapText:
			'Some pledges overlap: a partner’s programme within a country’s pledge, or two sources giving different figures for the same pledge. They are shown side by side, each with its source, and never added together. A part names the commitment whose figure already includes it, and no total or chart adds the two.',
		method: 'How the facts were gathered and checked',
		methodText: [
			'We started from a French article, “Microsoft renforce ses engagements numériques en Europe”, and checked each of its claims against Microsoft’s own pages (news releases, blogs, the Azure regions list) and independent reports.',
			'Every commitment cites at least one source that a reader can open. Nothing is added that a source does not state: no partner, city, number or date is guessed. Where a place is not published, the commitment is recorded at the precision that is (a country, or Europe as a whole).',
			'A deadline that has passed without a reported outcome is shown as “deadline passed; outcome not reported”, never as met.',
			'Per-capita figures use one population table: the World Bank’s total population (SP.POP.TOTL) for one reference year. Cyprus’s figure includes the north.'
		],
		differences: 'Where the article and the sources differ',
		differencesList: [
			'The article’s target of training 2.5 million people in Europe by 2027 was not found in any source; only country pledges are sourced. It is shown as the article’s claim, unconfirmed.',
			'The article announces “new incident response centres” in Europe. No source names one or gives a city; the closest real announcement is the European Security Program (Berlin, 4 June 2025). Shown as unconfirmed, without a place.',
			'The “AI Assurance Program” the article presents as new was announced on 8 June 2023 as one of three global AI Customer Commitments.',
			'The pledge not to move Europeans’ personal data out of Europe corresponds to the EU Data Boundary, completed in February 2025.',
			'The announcement behind the article is Brad Smith’s five “European digital commitments”, made in Brussels on 30 April 2025.',
			'Where sources disagree (Austria’s skills target: 300,000 or 200,000 people), the details show both.'
		],
		data: 'The data',
		dataText:
			'Download every commitment, with its sources and confidence, as a spreadsheet (CSV, UTF-8) or for mapping tools (GeoJSON). Commitments without a point have an empty geometry.',
		csv: 'Commitments as CSV',
		geojson: 'Commitments as GeoJSON',
		historyCsv: 'History of every commitment as CSV (dated events and their sources)',
		licence: (licence: string) => `The dataset is published under ${licence}.`,
		basemap:
			'The base map is drawn from Natural Earth (public domain), built into the site: no map tiles or fonts are fetched from anyone.',
		corrections: 'Report a correction',
		correctionsText:
			'Found a mistake, or a newer source? Open an issue in the project’s repository with the commitment’s name and a link to a source, or edit geo/data/commitments.csv (one row per commitment, documented in geo/README.md) and propose the change. Every change needs a source.'
	},
	promises: {
		title: 'Promise tracker',
		intro:
			'Every commitment with a target or a deadline: what was promised, by whom, by when, and what the sources have reported since.',
		asOf: (date: string) => `Outcomes as of ${date}, from each commitment’s dated history.`,
		cardCount: (n: string) => `Promises with a target or a deadline: ${n}`,
		howDecided: 'How an outcome is decided',
		outcomes: {
			met: 'Met',
			progress: 'Progress reported',
			pending: 'No outcome yet',
			delayed: 'Delayed',
			'deadline-passed': 'Deadline passed; outcome not reported',
			withdrawn: 'Withdrawn'
		},
		outcomeHelp: {
			met: 'A source reports a figure at or above the target. A promise without a target figure is never marked met: the dataset has no measure of it.',
			progress:
				'A source reports progress: for a target, a figure of people reached so far; without one, a milestone (construction, an opening) before the deadline, or a reported figure after it.',
			pending: 'The deadline is ahead, or there is none, and nothing is reported yet.',
			delayed: 'A source reports a date pushed back, and nothing has been reported since.',
			'deadline-passed':
				'The deadline has passed and no source reports an outcome. This says nothing about whether it was kept: only that nobody has reported it.',
			withdrawn: 'A source reports the promise dropped or cancelled.'
		},
		methodText: [
			'A promise is a commitment with a target figure or a deadline. Its outcome is decided from its dated, sourced history alone, by the first rule that applies, in the order below; the event it rests on is shown as its evidence, with its date and sources.',
			'A deadline is as precise as its source: “2025” passes at the end of 31 December 2025, “2025-06” at the end of 30 June 2025. A deadline of today has not passed. An event dated to a month or a year counts once that month or year is over (or from the day the facts were checked, if sooner), on this page as on the map as of a date.'
		],
		filters: 'Filter and sort',
		country: 'Country',
		outcome: 'Outcome',
		sort: 'Sort by',
		all: 'All',
		sorts: { deadline: 'Deadline, soonest first', outcome: 'Outcome', country: 'Country' },
		showing: (shown: string, total: string) => `Showing ${shown} of ${total} promises`,
		showAll: 'Show every promise',
		empty: 'No promise matches these filters.',
		listHeading: 'The promises',
		promisedBy: 'Promised by',
		byWhen: 'By when',
		noDeadline: 'No deadline',
		figure: 'Figure',
		evidence: 'Evidence',
		noEvidence: 'No dated event',
		summaryHeading: 'Outcomes at a glance',
		chartByType: 'Promises by type and outcome',
		chartByCountry: 'Promises by country and outcome',
		chartUnits: 'Number of promises',
		chartDescription: (summary: string) => `Stacked bars, one per row: ${summary}.`,
		chartSource: (date: string) =>
			`Source: Europe Commitments Map, commitments.csv and history.csv; outcomes as of ${date}.`,
		changes: {
			title: 'What changed',
			intro:
				'Every dated event in the dataset, newest first: announcements, openings, progress reports, delays and changed targets, each with its source.',
			feed: 'Follow the changes: Atom feed',
			feedNote: 'Paste the address of the feed into a feed reader; its titles are in English.',
			count: (n: string) => `${n} events`
		}
	},
	commitmentPage: {
		breadcrumbs: 'Where this page is',
		showOnMap: 'Show it on the interactive map',
		mapLabel: (place: string) => `Map of where the commitment is: ${place}`,
		europeWideMap: 'Europe-wide: the commitment has no single place on the map.'
	},
	/** Lists in pages (/changes/2…): the pager, and where a page stands among them. */
	scale: {
		changesPages: 'Pages of events',
		newer: 'Newer events',
		older: 'Older events',
		page: (n: string) => `Page ${n}`,
		titled: (title: string, n: string, total: string) => `${title}, page ${n} of ${total}`,
		eventsRange: (first: string, last: string, total: string) =>
			`Events ${first} to ${last} of ${total}, newest first`,
		feedNewest: (n: string) => `The feed carries the newest ${n}.`,
		promisesPages: 'Pages of promises',
		previous: 'Previous page',
		next: 'Next page',
		promisesRange: (first: string, last: string, total: string) =>
			`Promises ${first} to ${last} of ${total}, soonest deadline first`,
		loading: 'Loading every promise to filter them…',
		loadFailed: 'Every promise could not be loaded: the filters apply to this page’s only.'
	}
};

export type PageMessages = typeof en;
