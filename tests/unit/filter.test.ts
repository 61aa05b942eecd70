import { describe, expect, it } from 'vitest';
import {
	filterCommitments,
	filterNote,
	firstEntries,
	isFiltered,
	groupByCountry,
	isMapped,
	legendCounts,
	matchesFilters
} from '../../src/lib/data/filter';
import { commitmentsOf } from '../../src/lib/data/aggregate';
import { STATUSES, TYPES, type Commitment } from '../../src/lib/data/types';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { commitment } from './helpers/commitment';

// prettier-ignore
const FIXTURE: Commitment[] = [
	commitment({ id: 'st-eu', type: 'startup', status: 'operational', name: 'Founders Hub', country: null, precision: 'europe' }),
	commitment({ id: 'sec-de', type: 'security', status: 'operational', name: 'Security programme', country: 'DE' }),
	commitment({ id: 'dc-de-b', type: 'datacenter', status: 'announced', name: 'Berlin region', country: 'DE', coordinates: [13.4, 52.52], precision: 'city' }),
	commitment({ id: 'tr-es', type: 'training', status: 'restricted', name: 'Madrid academy', country: 'ES', coordinates: [-3.7, 40.42], precision: 'city' }),
	commitment({ id: 'dc-fr', type: 'datacenter', status: 'operational', name: 'Paris region', country: 'FR', coordinates: [2.35, 48.86], precision: 'city' }),
	commitment({ id: 'tr-at', type: 'training', status: 'announced', name: 'Skills Austria', country: 'AT' }),
	commitment({ id: 'dc-de-a', type: 'datacenter', status: 'operational', name: 'Aachen site', country: 'DE', coordinates: [6.08, 50.78], precision: 'site' }),
	commitment({ id: 'tr-eu', type: 'training', status: 'announced', name: 'Alpha skills', country: null, precision: 'europe' })
];

const ids = (list: readonly Commitment[]) => list.map((c) => c.id);
const ALL = { types: [...TYPES], statuses: [...STATUSES] };

describe('filterCommitments', () => {
	it.each<[string, (typeof ALL)['types'], (typeof ALL)['statuses'], string[]]>([
		['everything', [...TYPES], [...STATUSES], ids(FIXTURE)],
		['nothing', [], [], []],
		['no types', [], [...STATUSES], []],
		['no statuses', [...TYPES], [], []],
		[
			'datacenter and training, operational and announced',
			['datacenter', 'training'],
			['operational', 'announced'],
			['dc-de-b', 'dc-fr', 'tr-at', 'dc-de-a', 'tr-eu']
		],
		['restricted only', [...TYPES], ['restricted'], ['tr-es']],
		['startups only', ['startup'], [...STATUSES], ['st-eu']],
		['operational datacenters', ['datacenter'], ['operational'], ['dc-fr', 'dc-de-a']]
	])('%s', (_name, types, statuses, expected) => {
		expect(ids(filterCommitments(FIXTURE, { types, statuses }))).toEqual(expected);
		for (const c of FIXTURE) {
			expect(matchesFilters(c, { types, statuses })).toBe(expected.includes(c.id));
		}
	});
});

describe('legendCounts', () => {
	it('counts everything in the default view', () => {
		expect(legendCounts(FIXTURE, ALL)).toEqual({
			types: { datacenter: 3, security: 1, training: 3, startup: 1 },
			statuses: { operational: 4, restricted: 1, announced: 3 }
		});
	});

	it('counts each type under the status filter, and each status under the type filter', () => {
		expect(
			legendCounts(FIXTURE, { types: ['datacenter', 'training'], statuses: ['operational'] })
		).toEqual({
			// operational: st-eu, sec-de, dc-fr, dc-de-a
			types: { datacenter: 2, security: 1, training: 0, startup: 1 },
			// datacenter or training: dc-de-b, tr-es, dc-fr, tr-at, dc-de-a, tr-eu
			statuses: { operational: 2, restricted: 1, announced: 3 }
		});
	});

	it('still counts the types when no type is ticked (what ticking one would show)', () => {
		expect(legendCounts(FIXTURE, { types: [], statuses: ['announced'] })).toEqual({
			types: { datacenter: 1, security: 0, training: 2, startup: 0 },
			statuses: { operational: 0, restricted: 0, announced: 0 }
		});
	});

	it('gives zeros for every key of an empty list', () => {
		expect(legendCounts([], ALL)).toEqual({
			types: { datacenter: 0, security: 0, training: 0, startup: 0 },
			statuses: { operational: 0, restricted: 0, announced: 0 }
		});
	});
});

describe('groupByCountry', () => {
	const namesIn = (locale: string) => {
		const names = new Intl.DisplayNames([locale], { type: 'region' });
		return (iso2: string) => names.of(iso2) ?? iso2;
	};

	it('orders countries by their English names, then the Europe-wide group', () => {
		const groups = groupByCountry(FIXTURE, namesIn('en'), 'en');
		// Austria, France, Germany, Spain
		expect(groups.map((g) => g.country)).toEqual(['AT', 'FR', 'DE', 'ES', null]);
		const order = groups.map((g) => g.country);
		expect(order.indexOf('DE')).toBeGreaterThan(order.indexOf('AT'));
		expect(order.indexOf('DE')).toBeLessThan(order.indexOf('ES'));
	});

	it('orders countries by their names in the reader’s language', () => {
		const groups = groupByCountry(FIXTURE, namesIn('fr'), 'fr');
		// Allemagne, Autriche, Espagne, France
		expect(groups.map((g) => g.country)).toEqual(['DE', 'AT', 'ES', 'FR', null]);
	});

	it('sorts within a group by type (legend order), then by name', () => {
		const groups = groupByCountry(FIXTURE, namesIn('en'), 'en');
		expect(groups.map((g) => ids(g.commitments))).toEqual([
			['tr-at'],
			['dc-fr'],
			['dc-de-a', 'dc-de-b', 'sec-de'],
			['tr-es'],
			['tr-eu', 'st-eu']
		]);
	});

	it('keeps every commitment exactly once', () => {
		const groups = groupByCountry(FIXTURE, namesIn('en'), 'en');
		expect(groups.flatMap((g) => ids(g.commitments)).sort()).toEqual(ids(FIXTURE).sort());
	});

	it('has no Europe-wide group when there is no Europe-wide commitment', () => {
		const national = FIXTURE.filter((c) => c.country !== null);
		expect(groupByCountry(national, namesIn('en'), 'en').map((g) => g.country)).toEqual([
			'AT',
			'FR',
			'DE',
			'ES'
		]);
		expect(groupByCountry([], namesIn('en'), 'en')).toEqual([]);
	});

	it('does not reorder its input', () => {
		const copy = [...FIXTURE];
		groupByCountry(FIXTURE, namesIn('en'), 'en');
		expect(FIXTURE).toEqual(copy);
	});
});

describe('isMapped', () => {
	it.each([
		['st-eu', false],
		['sec-de', false],
		['dc-de-b', true],
		['tr-es', true],
		['dc-fr', true],
		['tr-at', false],
		['dc-de-a', true],
		['tr-eu', false]
	])('%s → %s', (id, expected) => {
		expect(isMapped(FIXTURE.find((c) => c.id === id)!)).toBe(expected);
	});

	it('is true exactly for the commitments with coordinates', () => {
		expect(ids(FIXTURE.filter(isMapped))).toEqual(['dc-de-b', 'tr-es', 'dc-fr', 'dc-de-a']);
	});
});

describe('groupByCountry with numbers in names', () => {
	it('orders them as numbers', () => {
		const hubs = ['Hub 10', 'Hub 9', 'Hub 1'].map((name, i) =>
			commitment({ id: `hub-${i}`, name, country: 'DE' })
		);
		const [group] = groupByCountry(hubs, (iso2) => iso2, 'en');
		expect(group!.commitments.map((c) => c.name)).toEqual(['Hub 1', 'Hub 9', 'Hub 10']);
	});
});

describe('firstEntries', () => {
	const entries = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
	const ids = (list: { id: string }[]) => list.map((e) => e.id).join('');

	it('keeps a group within the limit whole', () => {
		expect(ids(firstEntries(entries, 5, null))).toBe('abcde');
		expect(ids(firstEntries(entries, 9, 'c'))).toBe('abcde');
	});

	it('cuts a longer group at the limit', () => {
		expect(ids(firstEntries(entries, 2, null))).toBe('ab');
	});

	it('adds the selected entry when it comes after the limit, once', () => {
		expect(ids(firstEntries(entries, 2, 'd'))).toBe('abd');
		expect(ids(firstEntries(entries, 2, 'b'))).toBe('ab');
		expect(ids(firstEntries(entries, 2, 'zz'))).toBe('ab');
	});
});

describe('legendCounts in one country (a country page’s legend)', () => {
	it('counts Germany’s commitments only: types 2/1/0/0, statuses 2/0/1', () => {
		// DE: sec-de (security, operational), dc-de-b (datacenter, announced), dc-de-a (datacenter, operational)
		expect(legendCounts(commitmentsOf(FIXTURE, 'DE'), ALL)).toEqual({
			types: { datacenter: 2, security: 1, training: 0, startup: 0 },
			statuses: { operational: 2, restricted: 0, announced: 1 }
		});
	});
});

describe('isFiltered', () => {
	it.each([
		['every type and status', ALL, false],
		['one type unticked', { ...ALL, types: ['datacenter', 'security', 'training'] }, true],
		['one status unticked', { ...ALL, statuses: ['operational', 'announced'] }, true],
		['no type at all', { ...ALL, types: [] }, true]
	] as const)('%s → %s', (_, filters, expected) => {
		expect(isFiltered({ types: [...filters.types], statuses: [...filters.statuses] })).toBe(
			expected
		);
	});
});

describe('filterNote', () => {
	it.each<[string, Partial<typeof ALL>, string | null]>([
		['nothing filtered', {}, null],
		['one type', { types: ['security'] }, 'Security & trust only'],
		['one status', { statuses: ['announced'] }, 'Announced only'],
		['two of four types', { types: ['datacenter', 'training'] }, 'Filtered: 2 of 4 types'],
		[
			'two types, one status',
			{ types: ['datacenter', 'training'], statuses: ['announced'] },
			'Filtered: 2 of 4 types, Announced'
		],
		[
			'one type, two statuses',
			{ types: ['security'], statuses: ['operational', 'announced'] },
			'Filtered: Security & trust, 2 of 3 statuses'
		],
		['no type', { types: [] }, 'Filtered: 0 of 4 types']
	])('%s → %s', (_, filters, expected) => {
		expect(filterNote({ ...ALL, ...filters }, en)).toBe(expected);
	});

	it('speaks the page’s language, with French spacing', () => {
		expect(filterNote({ ...ALL, types: ['security'] }, fr)).toBe(`${fr.types.security} uniquement`);
		expect(filterNote({ ...ALL, types: ['datacenter', 'training'] }, fr)).toBe(
			'Filtré\u00a0: 2 types sur 4'
		);
	});
});
