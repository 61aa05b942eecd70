import { describe, expect, it } from 'vitest';
import {
	ARTICLE_TARGET_ID,
	byTypeAndStatus,
	commitmentsOf,
	countedPledges,
	decimalYear,
	isDatacenterSite,
	METRIC_INFO,
	METRICS,
	metricValue,
	metricValues,
	populationYear,
	ranking,
	skillsOf,
	timelineRows,
	type Metric
} from '../../src/lib/data/aggregate';
import { countryFacts, factPhrases } from '../../src/lib/data/facts';
import { endOf } from '../../src/lib/data/progress';
import { filterCommitments, type Filters } from '../../src/lib/data/filter';
import { STATUSES, TYPES, type Commitment, type Population } from '../../src/lib/data/types';
import { commitment } from './helpers/commitment';

// prettier-ignore
const FIXTURE: Commitment[] = [
	commitment({ id: 'dc-de-a', type: 'datacenter', status: 'operational', name: 'Frankfurt campus', country: 'DE', coordinates: [8.68, 50.11], precision: 'site', announced: '2023-03', opened: '2024-06-11' }),
	commitment({ id: 'dc-de-b', type: 'datacenter', status: 'announced', name: 'Berlin region', country: 'DE', coordinates: [13.4, 52.52], precision: 'city', announced: '2024-02-15' }),
	commitment({ id: 'dc-de', type: 'datacenter', status: 'restricted', name: 'German cloud', country: 'DE', announced: '2024' }),
	commitment({ id: 'tr-de', type: 'training', status: 'announced', name: 'Skills Germany', country: 'DE', announced: '2024-06', deadline: '2025-12', targetPeople: 1_200_000 }),
	commitment({ id: 'tr-fr', type: 'training', status: 'announced', name: 'Skills France', country: 'FR', announced: '2025-02', deadline: '2027-12', targetPeople: 1_000_000 }),
	commitment({ id: 'st-fr', type: 'startup', status: 'operational', name: 'Paris hub', country: 'FR', coordinates: [2.35, 48.86], precision: 'city', opened: '2022' }),
	commitment({ id: 'tr-at', type: 'training', status: 'restricted', name: 'Skills Austria', country: 'AT', deadline: '2025', targetPeople: 300_000 }),
	commitment({ id: 'dc-ch', type: 'datacenter', status: 'operational', name: 'Zurich region', country: 'CH', coordinates: [8.54, 47.37], precision: 'city', opened: '2023-09' }),
	commitment({ id: 'sec-ch', type: 'security', status: 'announced', name: 'Swiss security', country: 'CH' }),
	commitment({ id: ARTICLE_TARGET_ID, type: 'training', status: 'announced', name: 'Article target', country: null, precision: 'europe', announced: '2024-06', deadline: '2027', targetPeople: 2_500_000 })
];

const population = (iso2: string, value: number): Population => ({
	iso2,
	population: value,
	referenceYear: 2023,
	source: 'https://example.org/population'
});

// IT has a population but no commitments; ES has neither.
const POPULATIONS: Population[] = [
	population('DE', 83_287_273),
	population('FR', 68_372_286),
	population('AT', 9_131_761),
	population('CH', 8_849_852),
	population('IT', 58_984_216)
];

const COUNTRIES = ['AT', 'CH', 'DE', 'FR', 'IT'];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const nameOf = (iso2: string) => regionNames.of(iso2) ?? iso2;

const ids = (list: readonly Commitment[]) => list.map((c) => c.id);

describe('commitmentsOf and isDatacenterSite', () => {
	it('keeps one country’s commitments, in order', () => {
		expect(ids(commitmentsOf(FIXTURE, 'DE'))).toEqual(['dc-de-a', 'dc-de-b', 'dc-de', 'tr-de']);
		expect(commitmentsOf(FIXTURE, 'IT')).toEqual([]);
	});

	it('counts only datacenters with coordinates as sites', () => {
		expect(ids(FIXTURE.filter(isDatacenterSite))).toEqual(['dc-de-a', 'dc-de-b', 'dc-ch']);
	});
});

describe('byTypeAndStatus', () => {
	it('gives one row per type, in legend order, zeros included', () => {
		// datacenter: operational dc-de-a, dc-ch; restricted dc-de; announced dc-de-b → 4
		// security: announced sec-ch → 1
		// training: restricted tr-at; announced tr-de, tr-fr, article → 4
		// startup: operational st-fr → 1
		expect(byTypeAndStatus(FIXTURE)).toEqual([
			{ type: 'datacenter', counts: { operational: 2, restricted: 1, announced: 1 }, total: 4 },
			{ type: 'security', counts: { operational: 0, restricted: 0, announced: 1 }, total: 1 },
			{ type: 'training', counts: { operational: 0, restricted: 1, announced: 3 }, total: 4 },
			{ type: 'startup', counts: { operational: 1, restricted: 0, announced: 0 }, total: 1 }
		]);
	});

	it('totals add up to the number of commitments', () => {
		const rows = byTypeAndStatus(FIXTURE);
		expect(rows.map((r) => r.type)).toEqual([...TYPES]);
		expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(FIXTURE.length);
	});

	it('gives four rows of zeros for no commitments', () => {
		expect(byTypeAndStatus([])).toEqual(
			TYPES.map((type) => ({
				type,
				counts: { operational: 0, restricted: 0, announced: 0 },
				total: 0
			}))
		);
	});
});

describe('decimalYear', () => {
	it.each<[string, number]>([
		// a year: its middle
		['2024', 2024.5],
		// a month: its middle, (6 − 0.5) / 12 = 0.458333…
		['2024-06', 2024 + 5.5 / 12],
		// January 1st: the start of the year
		['2024-01-01', 2024],
		// 2023 is not a leap year: Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 = 181 days
		// before July 1st, so July 2nd is 182 days after January 1st → 2023 + 182/365 = 2023.49863…
		['2023-07-02', 2023 + 182 / 365],
		// 2024 is a leap year: Feb 15th is 31 + 14 = 45 days after Jan 1st → 2024 + 45/366
		['2024-02-15', 2024 + 45 / 366]
	])('%s → %d', (date, expected) => {
		expect(decimalYear(date)).toBeCloseTo(expected, 10);
	});

	it('matches a few values computed by hand', () => {
		expect(decimalYear('2023-07-02')).toBeCloseTo(2023.49863, 5);
		expect(decimalYear('2024-06')).toBeCloseTo(2024.45833, 5);
	});
});

describe('timelineRows', () => {
	it('sorts the dated commitments by their earliest date and sets the undated apart', () => {
		const { rows, undated } = timelineRows(FIXTURE);
		// Earliest dates:
		// st-fr   opened '2022'          → 2022.5
		// dc-de-a announced '2023-03'    → 2023 + 2.5/12 = 2023.2083
		// dc-ch   opened '2023-09'       → 2023 + 8.5/12 = 2023.7083
		// dc-de-b announced '2024-02-15' → 2024 + 45/366 = 2024.1230
		// article announced '2024-06'    → 2024 + 5.5/12 = 2024.4583 ('Article target')
		// tr-de   announced '2024-06'    → 2024.4583, tie, 'Skills Germany' after 'Article target'
		// dc-de   announced '2024'       → 2024.5
		// tr-fr   announced '2025-02'    → 2025 + 1.5/12 = 2025.125
		// tr-at   deadline '2025' only   → end of 2025 = 2025 + 364/365 = 2025.9973
		expect(rows.map((r) => r.commitment.id)).toEqual([
			'st-fr',
			'dc-de-a',
			'dc-ch',
			'dc-de-b',
			ARTICLE_TARGET_ID,
			'tr-de',
			'dc-de',
			'tr-fr',
			'tr-at'
		]);
		expect(ids(undated)).toEqual(['sec-ch']);
	});

	it('places each date at the middle of its period, and the deadline at the end of its own', () => {
		const { rows } = timelineRows(FIXTURE);
		const row = (id: string) => rows.find((r) => r.commitment.id === id)!;

		// dc-de-a: announced 2023 + 2.5/12; opened June 11th 2024 = 31+29+31+30+31+10 = 162 days
		// after Jan 1st of a leap year → 2024 + 162/366 = 2024.44262
		expect(row('dc-de-a').announced).toBeCloseTo(2023.20833, 5);
		expect(row('dc-de-a').opened).toBeCloseTo(2024 + 162 / 366, 10);
		expect(row('dc-de-a').deadline).toBeNull();

		// tr-at: '2025' → end of 2025 = 2025-12-31, 364 days after Jan 1st → 2025.99726
		expect(endOf('2025')).toBe('2025-12-31');
		expect(row('tr-at').deadline).toBe(decimalYear('2025-12-31'));
		expect(row('tr-at').deadline).toBeCloseTo(2025 + 364 / 365, 10);
		expect(row('tr-at').announced).toBeNull();
		expect(row('tr-at').opened).toBeNull();

		// tr-de: '2025-12' → 2025-12-31 too, not the middle of December (2025 + 11.5/12)
		expect(row('tr-de').deadline).toBeCloseTo(2025.99726, 5);

		// article: '2027' → 2027-12-31 → 2027 + 364/365
		expect(row(ARTICLE_TARGET_ID).deadline).toBeCloseTo(2027 + 364 / 365, 10);
	});

	it('returns nothing for no commitments', () => {
		expect(timelineRows([])).toEqual({ rows: [], undated: [] });
	});
});

describe('skillsOf', () => {
	it('sums a country’s pledge and compares it with its population and the article’s target', () => {
		const skills = skillsOf('DE', FIXTURE, POPULATIONS)!;
		expect(skills.target).toBe(1_200_000);
		expect(skills.deadline).toBe('2025-12');
		// 1,200,000 / 83,287,273 × 1000 = 14.40796…
		expect(skills.perThousand).toBeCloseTo(14.40796, 5);
		expect(skills.population).toEqual(population('DE', 83_287_273));
		// 1,200,000 / 2,500,000 = 0.48
		expect(skills.shareOfArticleTarget).toBeCloseTo(0.48, 10);
		expect(skills.articleTarget).toBe(2_500_000);
		expect(ids(skills.pledges)).toEqual(['tr-de']);
	});

	it('computes France and Austria', () => {
		const fr = skillsOf('FR', FIXTURE, POPULATIONS)!;
		// 1,000,000 / 68,372,286 × 1000 = 14.62581…
		expect(fr.perThousand).toBeCloseTo(14.62581, 5);
		// 1,000,000 / 2,500,000 = 0.4
		expect(fr.shareOfArticleTarget).toBeCloseTo(0.4, 10);
		expect(fr.deadline).toBe('2027-12');

		const at = skillsOf('AT', FIXTURE, POPULATIONS)!;
		// 300,000 / 9,131,761 × 1000 = 32.85237…
		expect(at.perThousand).toBeCloseTo(32.85237, 5);
		// 300,000 / 2,500,000 = 0.12
		expect(at.shareOfArticleTarget).toBeCloseTo(0.12, 10);
		expect(at.deadline).toBe('2025');
	});

	it('is null for a country without a pledge', () => {
		expect(skillsOf('CH', FIXTURE, POPULATIONS)).toBeNull();
		expect(skillsOf('IT', FIXTURE, POPULATIONS)).toBeNull();
		expect(skillsOf('ES', FIXTURE, POPULATIONS)).toBeNull();
	});

	it('has no per-thousand figure without a population', () => {
		const skills = skillsOf('DE', FIXTURE, [])!;
		expect(skills.target).toBe(1_200_000);
		expect(skills.perThousand).toBeNull();
		expect(skills.population).toBeNull();
		expect(skills.shareOfArticleTarget).toBeCloseTo(0.48, 10);
	});

	it('has no share without the article’s target', () => {
		const skills = skillsOf(
			'DE',
			FIXTURE.filter((c) => c.id !== ARTICLE_TARGET_ID),
			POPULATIONS
		)!;
		expect(skills.shareOfArticleTarget).toBeNull();
		expect(skills.articleTarget).toBeNull();
		expect(skills.perThousand).toBeCloseTo(14.40796, 5);
	});

	it('sums several pledges and keeps the latest deadline by the end of its period', () => {
		// prettier-ignore
		const more = [
			...FIXTURE,
			commitment({ id: 'tr-de-2', type: 'training', status: 'announced', country: 'DE', deadline: '2026', targetPeople: 600_000 }),
			commitment({ id: 'tr-de-3', type: 'training', status: 'announced', country: 'DE', deadline: '2026-06', targetPeople: 200_000 }),
			// no target: not a pledge
			commitment({ id: 'tr-de-4', type: 'training', status: 'announced', country: 'DE', deadline: '2030' })
		];
		const skills = skillsOf('DE', more, POPULATIONS)!;
		// 1,200,000 + 600,000 + 200,000 = 2,000,000
		expect(skills.target).toBe(2_000_000);
		expect(ids(skills.pledges)).toEqual(['tr-de', 'tr-de-2', 'tr-de-3']);
		// '2026' ends 2026-12-31, after '2026-06' (2026-06-30) and '2025-12' (2025-12-31)
		expect(skills.deadline).toBe('2026');
		// 2,000,000 / 83,287,273 × 1000 = 24.01327…
		expect(skills.perThousand).toBeCloseTo(24.01327, 5);
		// 2,000,000 / 2,500,000 = 0.8
		expect(skills.shareOfArticleTarget).toBeCloseTo(0.8, 10);
	});
});

describe('pledges within broader pledges (partOf)', () => {
	// Italy pledges 1,000,000; Elevate Italia's 400,000 is part of that million.
	// prettier-ignore
	const ITALY = [
		commitment({ id: 'tr-it', type: 'training', status: 'announced', country: 'IT', deadline: '2025-12', targetPeople: 1_000_000 }),
		commitment({ id: 'tr-it-elevate', type: 'training', status: 'announced', country: 'IT', deadline: '2026', targetPeople: 400_000, partOf: 'tr-it' })
	];

	it('counts a part once, inside its parent: 1,000,000 and a 400,000 part → 1,000,000', () => {
		const skills = skillsOf('IT', [...FIXTURE, ...ITALY], POPULATIONS)!;
		expect(skills.target).toBe(1_000_000);
		// both pledges are listed; only the parent's figure (and its deadline) is counted
		expect(ids(skills.pledges)).toEqual(['tr-it', 'tr-it-elevate']);
		expect(skills.deadline).toBe('2025-12');
		// 1,000,000 / 58,984,216 × 1000 = 16.95369…
		expect(skills.perThousand).toBeCloseTo(16.95369, 5);
		expect(
			metricValue('trainingPerThousand', 'IT', [...FIXTURE, ...ITALY], POPULATIONS)
		).toBeCloseTo(16.95369, 5);
		// 1,000,000 / 2,500,000 = 0.4, not 1,400,000 / 2,500,000 = 0.56
		expect(skills.shareOfArticleTarget).toBeCloseTo(0.4, 10);
	});

	it('counts a part whose parent is not summed with it', () => {
		// The part alone (its parent in another country, or filtered out): its own 400,000.
		const alone = [ITALY[1]!];
		expect(ids(countedPledges(alone, ITALY))).toEqual(['tr-it-elevate']);
		// The parent elsewhere in the data, not among the summed pledges: still counted.
		expect(ids(countedPledges(alone, [...FIXTURE, ...ITALY]))).toEqual(['tr-it-elevate']);
	});

	it('follows a chain: a part of a part of a summed pledge is left out', () => {
		// prettier-ignore
		const chain = [
			commitment({ id: 'a', type: 'training', targetPeople: 1_000_000 }),
			commitment({ id: 'b', type: 'training', targetPeople: 400_000, partOf: 'a' }),
			commitment({ id: 'c', type: 'training', targetPeople: 50_000, partOf: 'b' })
		];
		// a and c summed, b (between them) not: c is still inside a's million
		expect(ids(countedPledges([chain[0]!, chain[2]!], chain))).toEqual(['a']);
		expect(ids(countedPledges(chain, chain))).toEqual(['a']);
		// b and c: b counts (a is not summed), c is inside b
		expect(ids(countedPledges([chain[1]!, chain[2]!], chain))).toEqual(['b']);
	});

	it('does not loop on a cycle (the pipeline rejects them, the sum must still end)', () => {
		// prettier-ignore
		const cycle = [
			commitment({ id: 'x', type: 'training', targetPeople: 10, partOf: 'y' }),
			commitment({ id: 'y', type: 'training', targetPeople: 20, partOf: 'x' })
		];
		expect(ids(countedPledges([cycle[0]!], cycle))).toEqual(['x']);
	});
});

describe('METRIC_INFO', () => {
	it('describes every metric', () => {
		expect(Object.keys(METRIC_INFO).sort()).toEqual([...METRICS].sort());
	});

	it('counts are whole numbers without the population; training per 1,000 has one decimal', () => {
		expect(METRIC_INFO.commitments).toEqual({ digits: 0, integer: true, usesPopulation: false });
		expect(METRIC_INFO.sites).toEqual({ digits: 0, integer: true, usesPopulation: false });
		expect(METRIC_INFO.trainingPerThousand).toEqual({
			digits: 1,
			integer: false,
			usesPopulation: true
		});
	});
});

describe('metricValues', () => {
	it('gives every country’s value in the order given, null where there is none', () => {
		const values = metricValues('trainingPerThousand', ['ES', 'DE', 'CH'], FIXTURE, POPULATIONS);
		expect([...values.keys()]).toEqual(['ES', 'DE', 'CH']);
		expect(values.get('ES')).toBeNull();
		expect(values.get('DE')).toBeCloseTo(14.40796, 5);
		expect(values.get('CH')).toBe(0);
		expect(metricValues('commitments', COUNTRIES, FIXTURE, POPULATIONS)).toEqual(
			new Map([
				['AT', 1],
				['CH', 2],
				['DE', 4],
				['FR', 2],
				['IT', 0]
			])
		);
	});
});

describe('populationYear', () => {
	it('is the figures’ year, or null without figures', () => {
		expect(populationYear(POPULATIONS)).toBe(2023);
		expect(populationYear([])).toBeNull();
	});
});

describe('metricValue', () => {
	it.each<[string, number]>([
		// DE: dc-de-a, dc-de-b, dc-de, tr-de
		['DE', 4],
		// FR: tr-fr, st-fr
		['FR', 2],
		// CH: dc-ch, sec-ch
		['CH', 2],
		['AT', 1],
		['IT', 0],
		['ES', 0]
	])('commitments of %s: %d', (iso2, expected) => {
		expect(metricValue('commitments', iso2, FIXTURE, POPULATIONS)).toBe(expected);
	});

	it.each<[string, number]>([
		// dc-de-a and dc-de-b; dc-de has no coordinates
		['DE', 2],
		['CH', 1],
		// st-fr has coordinates, but is a startup
		['FR', 0],
		['AT', 0],
		['IT', 0]
	])('sites of %s: %d', (iso2, expected) => {
		expect(metricValue('sites', iso2, FIXTURE, POPULATIONS)).toBe(expected);
	});

	it('gives people to train per thousand inhabitants', () => {
		// 1,200,000 / 83,287,273 × 1000 = 14.40796…
		expect(metricValue('trainingPerThousand', 'DE', FIXTURE, POPULATIONS)).toBeCloseTo(14.40796, 5);
		// 300,000 / 9,131,761 × 1000 = 32.85237…
		expect(metricValue('trainingPerThousand', 'AT', FIXTURE, POPULATIONS)).toBeCloseTo(32.85237, 5);
		// a population, no pledge: 0
		expect(metricValue('trainingPerThousand', 'CH', FIXTURE, POPULATIONS)).toBe(0);
		expect(metricValue('trainingPerThousand', 'IT', FIXTURE, POPULATIONS)).toBe(0);
		// neither a population nor a pledge: null
		expect(metricValue('trainingPerThousand', 'ES', FIXTURE, POPULATIONS)).toBeNull();
		// a pledge but no population: null
		expect(metricValue('trainingPerThousand', 'DE', FIXTURE, [])).toBeNull();
	});
});

describe('ranking', () => {
	const rank = (metric: Metric, countries = COUNTRIES) =>
		ranking(metricValues(metric, countries, FIXTURE, POPULATIONS), nameOf, 'en');

	it('ranks by commitments, highest first, ties sharing a rank and ordered by name', () => {
		// DE 4; FR 2 and CH 2 (France before Switzerland); AT 1; IT 0 → 1, 2, 2, 4, 5
		expect(rank('commitments')).toEqual([
			{ iso2: 'DE', value: 4, rank: 1 },
			{ iso2: 'FR', value: 2, rank: 2 },
			{ iso2: 'CH', value: 2, rank: 2 },
			{ iso2: 'AT', value: 1, rank: 4 },
			{ iso2: 'IT', value: 0, rank: 5 }
		]);
	});

	it('ranks by sites', () => {
		// DE 2; CH 1; Austria, France, Italy 0 → 1, 2, 3, 3, 3
		expect(rank('sites')).toEqual([
			{ iso2: 'DE', value: 2, rank: 1 },
			{ iso2: 'CH', value: 1, rank: 2 },
			{ iso2: 'AT', value: 0, rank: 3 },
			{ iso2: 'FR', value: 0, rank: 3 },
			{ iso2: 'IT', value: 0, rank: 3 }
		]);
	});

	it('ranks by training per thousand, leaving out the countries without a value', () => {
		// AT 32.852; FR 14.626; DE 14.408; Italy 0 and Switzerland 0 (by name); ES null, left out
		const ranked = rank('trainingPerThousand', [...COUNTRIES, 'ES']);
		expect(ranked.map((r) => [r.iso2, r.rank])).toEqual([
			['AT', 1],
			['FR', 2],
			['DE', 3],
			['IT', 4],
			['CH', 4]
		]);
		expect(ranked[0]!.value).toBeCloseTo(32.85237, 5);
		expect(ranked[1]!.value).toBeCloseTo(14.62581, 5);
		expect(ranked[2]!.value).toBeCloseTo(14.40796, 5);
	});

	it('is empty without countries', () => {
		expect(rank('commitments', [])).toEqual([]);
	});
});

describe('countryFacts', () => {
	it('sums up Germany', () => {
		const facts = countryFacts('DE', FIXTURE, POPULATIONS);
		expect(facts.sites).toBe(2);
		expect(facts.commitments).toBe(4);
		expect(facts.skills).toEqual(skillsOf('DE', FIXTURE, POPULATIONS));
		expect(facts.skills?.target).toBe(1_200_000);
	});

	it('gives zeros for a country without data', () => {
		expect(countryFacts('IT', FIXTURE, POPULATIONS)).toEqual({
			sites: 0,
			commitments: 0,
			skills: null
		});
	});
});

describe('factPhrases', () => {
	const words = {
		factSites: (n: string) => `${n} sites`,
		factCommitments: (n: string) => `${n} commitments`,
		factTarget: (people: string, deadline: string) =>
			deadline ? `${people} to train by ${deadline}` : `${people} to train`
	};
	const format = { number: (value: number) => `#${value}`, date: (value: string) => `@${value}` };
	const de = countryFacts('DE', FIXTURE, POPULATIONS);

	it('says sites, commitments and the target, in that order', () => {
		expect(factPhrases(de, words, format, 'dated')).toEqual([
			'#2 sites',
			'#4 commitments',
			'#1200000 to train by @2025-12'
		]);
		expect(factPhrases(de, words, format, 'undated')).toEqual([
			'#2 sites',
			'#4 commitments',
			'#1200000 to train'
		]);
		expect(factPhrases(de, words, format, 'none')).toEqual(['#2 sites', '#4 commitments']);
	});

	it('leaves out zeros and a missing target', () => {
		// Austria: one training pledge, no site
		expect(factPhrases(countryFacts('AT', FIXTURE, POPULATIONS), words, format, 'dated')).toEqual([
			'#1 commitments',
			'#300000 to train by @2025'
		]);
		expect(factPhrases(countryFacts('IT', FIXTURE, POPULATIONS), words, format, 'dated')).toEqual(
			[]
		);
	});
});

describe('figures over the commitments the filters let through', () => {
	const only = (types: Filters['types'], statuses: Filters['statuses'] = [...STATUSES]) =>
		filterCommitments(FIXTURE, { types, statuses });

	it('counts only the shown commitments: datacenters only → DE 3, CH 1, FR 0', () => {
		const shown = only(['datacenter']);
		expect(metricValues('commitments', COUNTRIES, shown, POPULATIONS, FIXTURE)).toEqual(
			new Map([
				['AT', 0],
				['CH', 1],
				['DE', 3],
				['FR', 0],
				['IT', 0]
			])
		);
	});

	it('counts only the shown sites: operational datacenters → DE 1 (Frankfurt), CH 1', () => {
		const shown = only(['datacenter'], ['operational']);
		expect(metricValues('sites', ['CH', 'DE'], shown, POPULATIONS, FIXTURE)).toEqual(
			new Map([
				['CH', 1],
				['DE', 1]
			])
		);
	});

	it('per 1,000 over the shown pledges: restricted only → AT 300,000 / 9,131,761 × 1000, DE 0', () => {
		const shown = only(['training'], ['restricted']);
		const values = metricValues('trainingPerThousand', ['AT', 'DE'], shown, POPULATIONS, FIXTURE);
		expect(values.get('AT')).toBeCloseTo(32.85237, 5);
		expect(values.get('DE')).toBe(0);
	});

	it('resolves a chain of parts through every commitment, not only the shown ones', () => {
		// top (announced) ⊃ middle (restricted) ⊃ leaf (announced); "announced" shows top and leaf.
		// prettier-ignore
		const chain = [
			commitment({ id: 'top', type: 'training', status: 'announced', country: 'IT', targetPeople: 1_000_000 }),
			commitment({ id: 'middle', type: 'training', status: 'restricted', country: 'IT', targetPeople: 500_000, partOf: 'top' }),
			commitment({ id: 'leaf', type: 'training', status: 'announced', country: 'IT', targetPeople: 100_000, partOf: 'middle' })
		];
		const shown = chain.filter((c) => c.status === 'announced');
		// leaf is within middle, within top: counted once, in top's 1,000,000
		expect(skillsOf('IT', shown, POPULATIONS, chain)!.target).toBe(1_000_000);
		expect(countryFacts('IT', shown, POPULATIONS, chain).commitments).toBe(2);
	});

	it('gives a country’s facts over the shown ones: DE with datacenters unticked', () => {
		const shown = only(['security', 'training', 'startup']);
		const de = countryFacts('DE', shown, POPULATIONS, FIXTURE);
		expect(de.sites).toBe(0);
		expect(de.commitments).toBe(1);
		expect(de.skills?.target).toBe(1_200_000);
	});
});
