import { describe, expect, it } from 'vitest';
import {
	OUTCOME_ROW,
	OUTCOME_ROW_BESIDE,
	stackedBarLayout
} from '../../src/lib/charts/stacked-bar-layout';
import { OUTCOMES } from '../../src/lib/data/outcome';
import {
	DEFAULT_QUERY,
	outcomesByCountry,
	outcomesByType,
	parsePromiseQuery,
	promiseRows,
	promiseSearch,
	queryPromises,
	type PromiseRow
} from '../../src/lib/data/promises';
import type { CommitmentEvent } from '../../src/lib/data/types';
import { commitment } from './helpers/commitment';

const announced = (date: string, figure: number | null = null): CommitmentEvent => ({
	date,
	kind: 'announced',
	status: 'announced',
	figure,
	unit: figure === null ? null : 'people',
	sources: ['https://example.org/pledge'],
	note: null
});

describe('promiseRows', () => {
	const records = [
		// a promise with a target and a passed deadline
		commitment({
			id: 'skills-dk',
			type: 'training',
			country: 'DK',
			deadline: '2024',
			targetPeople: 200_000,
			claimedBy: 'Microsoft',
			summary: {
				...commitment({ id: 'x' }).summary,
				en: 'Upskill 200,000 Danes by 2024.',
				fr: 'Former 200 000 Danois d’ici 2024.'
			},
			history: [announced('2020-12-07', 200_000)]
		}),
		// no target, no deadline: not a promise
		commitment({ id: 'azure-francecentral', history: [announced('2018')] }),
		// a deadline only, Europe-wide, ahead
		commitment({
			id: 'capacity',
			country: null,
			deadline: '2027',
			history: [announced('2025-04-30')]
		})
	];

	it('lists only the commitments with a target or a deadline, each with its outcome', () => {
		const rows = promiseRows(records, 'en', '2026-11-30');
		expect(rows.map((r) => [r.id, r.outcome, r.evidence?.date])).toEqual([
			['skills-dk', 'deadline-passed', '2020-12-07'],
			['capacity', 'pending', '2025-04-30']
		]);
		expect(rows[0]).toMatchObject({
			summary: 'Upskill 200,000 Danes by 2024.',
			summaryLang: null,
			claimedBy: 'Microsoft',
			deadline: '2024',
			targetPeople: 200_000
		});
	});

	it('takes the page’s language’s summary where the dataset has it, else English', () => {
		expect(promiseRows(records, 'fr', '2026-11-30')[0]).toMatchObject({
			summary: 'Former 200 000 Danois d’ici 2024.',
			summaryLang: null
		});
		expect(promiseRows(records, 'de', '2026-11-30')[0]).toMatchObject({
			summary: 'Upskill 200,000 Danes by 2024.',
			summaryLang: 'en'
		});
		expect(promiseRows(records, 'en', '2026-11-30')[0]?.summaryLang).toBeNull();
	});

	it('names a promise in the page’s language where translated, marking an English name', () => {
		const pledge = commitment({
			...records[0]!,
			name: 'Skills pledge: Denmark',
			nameIn: {
				fr: 'Engagement de formation\u00a0: Danemark',
				de: 'Qualifizierungszusage: Dänemark',
				es: 'Compromiso de formación: Dinamarca',
				it: 'Impegno per la formazione: Danimarca',
				nl: 'Opleidingstoezegging: Denemarken',
				pl: 'Zobowiązanie szkoleniowe: Dania'
			}
		});
		expect(promiseRows([pledge], 'de', '2026-11-30')[0]).toMatchObject({
			name: 'Qualifizierungszusage: Dänemark',
			nameLang: null
		});
		expect(promiseRows(records, 'de', '2026-11-30')[0]).toMatchObject({
			name: 'skills-dk',
			nameLang: 'en'
		});
		expect(promiseRows([pledge], 'en', '2026-11-30')[0]?.nameLang).toBeNull();
	});
});

describe('parsePromiseQuery and promiseSearch', () => {
	const parse = (search: string) => parsePromiseQuery(new URLSearchParams(search));

	it.each([
		['', DEFAULT_QUERY],
		[
			'?type=training&country=de&outcome=deadline-passed&sort=outcome',
			{ type: 'training', country: 'DE', outcome: 'deadline-passed', sort: 'outcome' }
		],
		['?country=europe', { ...DEFAULT_QUERY, country: 'europe' }],
		['?country=EUROPE&sort=country', { ...DEFAULT_QUERY, country: 'europe', sort: 'country' }],
		// malformed → defaults, one parameter at a time
		['?type=rocket&country=zz&outcome=kept&sort=random', DEFAULT_QUERY],
		['?type=&country=&outcome=', DEFAULT_QUERY],
		['?country=US', DEFAULT_QUERY],
		['?type=security&outcome=MET', { ...DEFAULT_QUERY, type: 'security' }]
	])('%s', (search, expected) => expect(parse(search)).toEqual(expected));

	it('writes only what differs from the defaults, and reads back what it wrote', () => {
		expect(promiseSearch(DEFAULT_QUERY)).toBe('');
		const query = {
			type: 'training',
			country: 'DE',
			outcome: 'met',
			sort: 'country'
		} as const;
		expect(promiseSearch(query)).toBe('?type=training&country=de&outcome=met&sort=country');
		expect(parse(promiseSearch(query))).toEqual(query);
		expect(promiseSearch({ ...DEFAULT_QUERY, country: 'europe' })).toBe('?country=europe');
	});
});

function row(id: string, overrides: Partial<PromiseRow>): PromiseRow {
	return {
		id,
		name: id,
		type: 'training',
		country: 'DE',
		summary: '',
		summaryLang: null,
		nameLang: null,
		claimedBy: null,
		deadline: null,
		targetPeople: null,
		outcome: 'pending',
		evidence: null,
		...overrides
	};
}

const ROWS = [
	row('de-2025', { deadline: '2025-12', outcome: 'deadline-passed' }),
	row('fr-2027', { country: 'FR', deadline: '2027', outcome: 'progress' }),
	row('dk-2024', { country: 'DK', deadline: '2024', outcome: 'deadline-passed' }),
	row('eu-2027', { country: null, type: 'datacenter', deadline: '2027-01', outcome: 'pending' }),
	row('es-none', { country: 'ES', outcome: 'pending' }),
	row('de-2025-06', { type: 'datacenter', deadline: '2025-06', outcome: 'met' })
];
const NAMES: Record<string, string> = { DE: 'Germany', FR: 'France', DK: 'Denmark', ES: 'Spain' };
const names = (iso2: string) => NAMES[iso2]!;
const ids = (query: Partial<typeof DEFAULT_QUERY>) =>
	queryPromises(ROWS, { ...DEFAULT_QUERY, ...query }, names, 'en').map((r) => r.id);

describe('queryPromises', () => {
	it('sorts by deadline by default: soonest end first, none last', () => {
		// 2024 ends 2024-12-31; 2025-06 on 06-30; 2025-12 on 12-31; 2027-01 on 2027-01-31; 2027 on 12-31
		expect(ids({})).toEqual(['dk-2024', 'de-2025-06', 'de-2025', 'eu-2027', 'fr-2027', 'es-none']);
	});

	it('sorts by outcome (the outcomes’ order), then by deadline', () => {
		expect(ids({ sort: 'outcome' })).toEqual([
			'de-2025-06',
			'fr-2027',
			'eu-2027',
			'es-none',
			'dk-2024',
			'de-2025'
		]);
	});

	it('sorts by country name, Europe-wide last', () => {
		expect(ids({ sort: 'country' })).toEqual([
			'dk-2024',
			'fr-2027',
			'de-2025-06',
			'de-2025',
			'es-none',
			'eu-2027'
		]);
	});

	it('filters by type, country and outcome together', () => {
		expect(ids({ outcome: 'deadline-passed' })).toEqual(['dk-2024', 'de-2025']);
		expect(ids({ country: 'DE' })).toEqual(['de-2025-06', 'de-2025']);
		expect(ids({ country: 'europe' })).toEqual(['eu-2027']);
		expect(ids({ type: 'datacenter', country: 'DE' })).toEqual(['de-2025-06']);
		expect(ids({ type: 'datacenter', outcome: 'progress' })).toEqual([]);
	});
});

describe('outcomesByType and outcomesByCountry', () => {
	it('counts each row once, under its type', () => {
		const byType = outcomesByType(ROWS);
		expect(byType.map((r) => [r.key, r.total])).toEqual([
			['datacenter', 2],
			['training', 4]
		]);
		expect(byType[1]!.counts).toEqual({
			met: 0,
			progress: 1,
			pending: 1,
			delayed: 0,
			'deadline-passed': 2,
			withdrawn: 0
		});
	});

	it('orders countries by count, then code, with Europe-wide last', () => {
		expect(outcomesByCountry(ROWS).map((r) => [r.key, r.total])).toEqual([
			['DE', 2],
			['DK', 1],
			['ES', 1],
			['FR', 1],
			['europe', 1]
		]);
	});
});

describe('stackedBarLayout: promises by outcome', () => {
	// training: progress 1, pending 1, deadline-passed 2 (4); datacenter: met 1, pending 1 (2).
	const rows = outcomesByType(ROWS).reverse();
	const outcomeLayout = (list: typeof rows, width: number, labelWidth = 0) =>
		stackedBarLayout(list, OUTCOMES, width, {
			row: labelWidth > 0 ? OUTCOME_ROW_BESIDE : OUTCOME_ROW,
			labelWidth,
			stroke: 1
		});

	it('stacks the outcomes in their order on a scale from 0 to the largest total', () => {
		// width 428: bars over [0, 400], x(v) = 100 v.
		const layout = outcomeLayout(rows, 428);
		expect(layout.height).toBe(2 * 36 + 22);
		expect(layout.left).toBe(0);
		expect(layout.ticks).toEqual([0, 1, 2, 3, 4].map((value) => ({ value, x: 100 * value })));
		expect(layout.grid).toEqual({ top: 14, bottom: 72, labelY: 86 });
		expect(layout.segments.map((s) => [s.key, s.count, s.x, s.y])).toEqual([
			['training-progress', 1, 50, 23],
			['training-pending', 1, 150, 23],
			['training-deadline-passed', 2, 300, 23],
			['datacenter-met', 1, 50, 59],
			['datacenter-pending', 1, 150, 59]
		]);
		// inset by half the 1 px stroke on each side
		expect(layout.segments[2]!.rect).toEqual({ x: 200.5, y: 16.5, width: 199, height: 13 });
		expect(layout.rows).toEqual([
			{ key: 'training', total: 4, labelY: 8, valueX: 404, valueY: 23 },
			{ key: 'datacenter', total: 2, labelY: 44, valueX: 204, valueY: 59 }
		]);
	});

	it('puts the names in a column beside the bars, given its width', () => {
		// labels 150 px, bars over [150, 400], x(v) = 150 + 62.5 v; rows 22 px high
		const layout = outcomeLayout(rows, 428, 150);
		expect(layout.left).toBe(150);
		expect(layout.height).toBe(2 * 22 + 22);
		expect(layout.ticks.map((t) => t.x)).toEqual([150, 212.5, 275, 337.5, 400]);
		expect(layout.segments.map((s) => [s.key, s.x, s.y])).toEqual([
			['training-progress', 181.25, 11],
			['training-pending', 243.75, 11],
			['training-deadline-passed', 337.5, 11],
			['datacenter-met', 181.25, 33],
			['datacenter-pending', 243.75, 33]
		]);
		// the name's middle is the bar's
		expect(layout.rows.map((r) => [r.labelY, r.valueY, r.valueX])).toEqual([
			[11, 11, 404],
			[33, 33, 279]
		]);
	});

	it('draws nothing but the axis for no rows', () => {
		const layout = outcomeLayout([], 300);
		expect(layout.segments).toEqual([]);
		expect(layout.height).toBe(22);
	});
});

describe('the tracker’s share card', () => {
	it('counts the promises and names the two most common outcomes', async () => {
		const { shareTexts, pageOfSlug, pagePath, pageOfRoute } =
			await import('../../src/lib/share/pages');
		const { loadAllMessages } = await import('../../src/lib/i18n');
		const en = await loadAllMessages('en');
		const commitments = [
			commitment({ id: 'a', deadline: '2024', outcome: 'deadline-passed' }),
			commitment({ id: 'b', deadline: '2025', outcome: 'deadline-passed' }),
			commitment({ id: 'c', deadline: '2027', outcome: 'progress' }),
			commitment({ id: 'd' })
		];
		const texts = shareTexts({ kind: 'promises' }, en, 'en-GB', {
			commitments,
			populations: [],
			updated: '2026-11-30'
		});
		expect(texts.title).toBe('Promise tracker');
		expect(texts.card.title).toBe(`${en.siteTitle}: Promise tracker`);
		expect(texts.card.figures).toEqual([
			'Promises with a target or a deadline: 3',
			'Deadline passed; outcome not reported: 2',
			'Progress reported: 1'
		]);
		expect(pageOfSlug('promises')).toEqual({ kind: 'promises' });
		expect(pagePath({ kind: 'promises' }, 'fr')).toBe('/fr/promises');
		expect(pageOfRoute('/[[lang=locale]]/promises', undefined)).toEqual({ kind: 'promises' });
	});
});
