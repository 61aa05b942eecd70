/**
 * The numbers behind the charts and the country pages. Pure: unit-tested with hand-computed
 * expectations in tests/unit/aggregate.test.ts.
 */
import { byCountry } from './filter';
import { endOf } from './progress';
import {
	STATUSES,
	TYPES,
	type Commitment,
	type CommitmentType,
	type Population,
	type Status
} from './types';

/** What the comparison chart and the choropleth can rank countries by. */
export const METRICS = ['commitments', 'sites', 'trainingPerThousand'] as const;
export type Metric = (typeof METRICS)[number];
export const DEFAULT_METRIC: Metric = 'commitments';
export const isMetric = (value: string): value is Metric =>
	(METRICS as readonly string[]).includes(value);

/** What every view of a metric (the map's key, the ranking, their source lines) must know of it. */
export interface MetricInfo {
	/** Decimal places shown. */
	digits: number;
	/** The values are counts: the map's classes are whole numbers. */
	integer: boolean;
	/** Computed from the populations, whose source is then cited too. */
	usesPopulation: boolean;
}
export const METRIC_INFO: Record<Metric, MetricInfo> = {
	commitments: { digits: 0, integer: true, usesPopulation: false },
	sites: { digits: 0, integer: true, usesPopulation: false },
	trainingPerThousand: { digits: 1, integer: false, usesPopulation: true }
};

/** The article's Europe-wide training target (2.5 million by 2027): a claim no source confirms. */
export const ARTICLE_TARGET_ID = 'skills-europe-article';

export function commitmentsOf(all: readonly Commitment[], iso2: string): Commitment[] {
	return all.filter((c) => c.country === iso2);
}

export interface TypeStatusRow {
	type: CommitmentType;
	counts: Record<Status, number>;
	total: number;
}

/** One row per type (legend order, zeros included), counted by status. */
export function byTypeAndStatus(commitments: readonly Commitment[]): TypeStatusRow[] {
	return TYPES.map((type) => {
		const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
		for (const c of commitments) if (c.type === type) counts[c.status] += 1;
		return { type, counts, total: STATUSES.reduce((sum, s) => sum + counts[s], 0) };
	});
}

/**
 * A partial date as a decimal year at the middle of the period it names:
 * "2024" → 2024.5, "2024-06" → 2024.4583 (mid-June), "2024-06-11" → 2024 + day/365.
 */
export function decimalYear(date: string): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
	if (month === undefined) return year + 0.5;
	if (day === undefined) return year + (month - 0.5) / 12;
	const start = Date.UTC(year, 0, 1);
	const length = Date.UTC(year + 1, 0, 1) - start;
	return year + (Date.UTC(year, month - 1, day) - start) / length;
}

export interface TimelineRow {
	commitment: Commitment;
	announced: number | null;
	opened: number | null;
	/** The end of the deadline's period (a pledge "by 2025" runs to the end of 2025). */
	deadline: number | null;
}

/** One row per dated commitment, earliest first; the undated ones apart. */
export function timelineRows(commitments: readonly Commitment[]): {
	rows: TimelineRow[];
	undated: Commitment[];
} {
	const rows: TimelineRow[] = [];
	const undated: Commitment[] = [];
	for (const c of commitments) {
		const row = {
			commitment: c,
			announced: c.announced ? decimalYear(c.announced) : null,
			opened: c.opened ? decimalYear(c.opened) : null,
			deadline: c.deadline ? decimalYear(endOf(c.deadline)) : null
		};
		if (row.announced === null && row.opened === null && row.deadline === null) undated.push(c);
		else rows.push(row);
	}
	const first = (r: TimelineRow) =>
		Math.min(...[r.announced, r.opened, r.deadline].filter((v) => v !== null));
	rows.sort((a, b) => first(a) - first(b) || a.commitment.name.localeCompare(b.commitment.name));
	return { rows, undated };
}

/**
 * The pledges whose figures add up: a pledge that is part of a broader one (`partOf`, Elevate
 * Italia's 400,000 within Italy's 1 million) is left out when that broader one, or one it is
 * part of, is among `pledges` too, since its figure is already counted there. `all` resolves
 * the chain.
 */
export function countedPledges(
	pledges: readonly Commitment[],
	all: readonly Commitment[]
): Commitment[] {
	const listed = new Set(pledges.map((c) => c.id));
	const byId = new Map(all.map((c) => [c.id, c]));
	return pledges.filter((c) => {
		const seen = new Set([c.id]);
		for (let up = c.partOf; up !== null && !seen.has(up); up = byId.get(up)?.partOf ?? null) {
			if (listed.has(up)) return false;
			seen.add(up);
		}
		return true;
	});
}

export interface Skills {
	/** People to train over the country's pledges, each person counted once (peopleToTrain). */
	target: number;
	/** The latest deadline among the pledges counted in `target`. */
	deadline: string | null;
	/** People to train per 1,000 inhabitants; null without a population figure. */
	perThousand: number | null;
	population: Population | null;
	/** Share of the article's 2.5 million target (0.48 for 1.2 million); null without it. */
	shareOfArticleTarget: number | null;
	articleTarget: number | null;
	/** Every pledge, parts of broader ones included. */
	pledges: Commitment[];
}

/**
 * A country's skills pledges among `shown` (the commitments the filters let through); `all`
 * (every commitment) resolves which pledges are parts of others and finds the article's target.
 */
export function skillsOf(
	iso2: string,
	shown: readonly Commitment[],
	populations: readonly Population[],
	all: readonly Commitment[] = shown
): Skills | null {
	const pledges = shown.filter(
		(c) => c.country === iso2 && c.type === 'training' && c.targetPeople !== null
	);
	if (pledges.length === 0) return null;
	const counted = countedPledges(pledges, all);
	const target = counted.reduce((sum, c) => sum + (c.targetPeople ?? 0), 0);
	// The deadline of the figure shown: a part's own deadline is within its broader pledge's.
	const deadlines = counted.map((c) => c.deadline).filter((d): d is string => d !== null);
	const deadline = deadlines.sort((a, b) => endOf(a).localeCompare(endOf(b))).at(-1) ?? null;
	const population = populations.find((p) => p.iso2 === iso2) ?? null;
	const articleTarget = all.find((c) => c.id === ARTICLE_TARGET_ID)?.targetPeople ?? null;
	return {
		target,
		deadline,
		perThousand: population ? (target / population.population) * 1000 : null,
		population,
		shareOfArticleTarget: articleTarget ? target / articleTarget : null,
		articleTarget,
		pledges
	};
}

/** Datacenter commitments with a place on the map: cloud regions and datacenter campuses. */
export const isDatacenterSite = (c: Commitment) =>
	c.type === 'datacenter' && c.coordinates !== null;

/**
 * A country's value for a metric over `shown` (the commitments the filters let through); null
 * where it cannot be computed (no population figure). `all` resolves parts of pledges.
 */
export function metricValue(
	metric: Metric,
	iso2: string,
	shown: readonly Commitment[],
	populations: readonly Population[],
	all: readonly Commitment[] = shown
): number | null {
	const mine = commitmentsOf(shown, iso2);
	switch (metric) {
		case 'commitments':
			return mine.length;
		case 'sites':
			return mine.filter(isDatacenterSite).length;
		case 'trainingPerThousand': {
			const skills = skillsOf(iso2, shown, populations, all);
			if (skills) return skills.perThousand;
			return populations.some((p) => p.iso2 === iso2) ? 0 : null;
		}
	}
}

/** Every country's value for a metric, in the order given: what the map shades and ranks. */
export function metricValues(
	metric: Metric,
	countries: readonly string[],
	shown: readonly Commitment[],
	populations: readonly Population[],
	all: readonly Commitment[] = shown
): Map<string, number | null> {
	// Each country's own commitments found in one pass, not one pass per country (10,000 × 46).
	const own = byCountry(shown);
	return new Map(
		countries.map((iso2) => [
			iso2,
			metricValue(metric, iso2, own.get(iso2) ?? [], populations, all)
		])
	);
}

export interface Ranked {
	iso2: string;
	value: number;
	/** Standard competition ranking: equal values share a rank ("1, 2, 2, 4"). */
	rank: number;
}

/**
 * Countries by their values (metricValues), highest first; ties share a rank and are ordered by
 * name. Countries without a value (null) are left out.
 */
export function ranking(
	values: ReadonlyMap<string, number | null>,
	name: (iso2: string) => string,
	locale: string
): Ranked[] {
	const collator = new Intl.Collator(locale);
	const valued = [...values]
		.map(([iso2, value]) => ({ iso2, value }))
		.filter((r): r is { iso2: string; value: number } => r.value !== null)
		.sort((a, b) => b.value - a.value || collator.compare(name(a.iso2), name(b.iso2)));
	return valued.map((r) => ({
		...r,
		rank: valued.findIndex((other) => other.value === r.value) + 1
	}));
}

/** The year of the population figures (one year for all, geo/lib/populations.ts checks it). */
export const populationYear = (populations: readonly Population[]): number | null =>
	populations[0]?.referenceYear ?? null;
