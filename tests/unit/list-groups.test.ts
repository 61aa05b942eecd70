import { describe, expect, it } from 'vitest';
import { groupByCountry, type CountryGroup } from '../../src/lib/data/filter';
import type { Commitment } from '../../src/lib/data/types';
import { listedGroups, listOrder } from '../../src/lib/ui/list-groups';

/** A group of n commitments, ids "<key>-1"… (only ids matter here). */
const group = (country: string | null, n: number): CountryGroup => ({
	country,
	commitments: Array.from(
		{ length: n },
		(_, i) => ({ id: `${country ?? 'eu'}-${i + 1}` }) as Commitment
	)
});
const groups = [group('AT', 3), group('BE', 4), group('CZ', 2), group(null, 5)];
const ids = (entries: Commitment[]) => entries.map((c) => c.id);
const base = { first: 5, groupLimit: 50, expanded: [], selected: null };

describe('listedGroups', () => {
	it('draws the countries’ first entries, then headings only; the Europe-wide group whole', () => {
		const listed = listedGroups(groups, base);
		expect(listed.map((g) => ids(g.entries))).toEqual([
			['AT-1', 'AT-2', 'AT-3'],
			['BE-1', 'BE-2'],
			[],
			['eu-1', 'eu-2', 'eu-3', 'eu-4', 'eu-5']
		]);
		// "Show all" once, where the first entries end (Belgium), not under Czechia's heading.
		expect(listed.map((g) => g.byList)).toEqual([false, true, false, false]);
		expect(listed.map((g) => g.byGroup)).toEqual([false, false, false, false]);
	});

	it('always draws the chosen commitment, even past the first entries', () => {
		const listed = listedGroups(groups, { ...base, selected: 'CZ-2' });
		expect(ids(listed[2]!.entries)).toEqual(['CZ-2']);
	});

	it('draws every entry once the whole list is asked for, each group up to its limit', () => {
		const listed = listedGroups(groups, { ...base, first: Infinity, groupLimit: 3 });
		expect(listed.map((g) => g.entries.length)).toEqual([3, 3, 2, 3]);
		expect(listed.map((g) => g.byGroup)).toEqual([false, true, false, true]);
		expect(listed.some((g) => g.byList)).toBe(false);
		const opened = listedGroups(groups, {
			...base,
			first: Infinity,
			groupLimit: 3,
			expanded: ['BE']
		});
		expect(opened[1]!.entries.length).toBe(4);
		expect(opened[1]!.byGroup).toBe(false);
	});

	it('has no "Show all" when the first entries hold every country’s', () => {
		const listed = listedGroups(groups, { ...base, first: 9 });
		expect(listed.map((g) => g.entries.length)).toEqual([3, 4, 2, 5]);
		expect(listed.some((g) => g.byList || g.byGroup)).toBe(false);
	});
});

describe('listOrder', () => {
	const c = (id: string, country: string | null, type: Commitment['type'], name: string) =>
		({ id, country, type, name }) as Commitment;
	// In the data's order; the list's is by country name (Austria, Belgium), Europe-wide last,
	// then by type (legend order), then by name (numbers in their order: 9 before 10).
	const all = [
		c('eu-a', null, 'training', 'Academy'),
		c('be-hub10', 'BE', 'datacenter', 'Hub 10'),
		c('at-skills', 'AT', 'training', 'Skills'),
		c('be-hub9', 'BE', 'datacenter', 'Hub 9'),
		c('at-dc', 'AT', 'datacenter', 'Vienna'),
		c('be-sec', 'BE', 'security', 'Centre')
	];
	const names: Record<string, string> = { AT: 'Austria', BE: 'Belgium' };
	const counting = () => {
		let calls = 0;
		const order = listOrder((list) => {
			calls += 1;
			return groupByCountry(list, (iso2) => names[iso2]!, 'en');
		});
		return { order, calls: () => calls };
	};
	const byGroup = (groups: CountryGroup[]) =>
		groups.map((g) => [g.country, ...g.commitments.map((x) => x.id)]);

	it('sorts the first set it is given', () => {
		const { order, calls } = counting();
		expect(byGroup(order(all))).toEqual([
			['AT', 'at-dc', 'at-skills'],
			['BE', 'be-hub9', 'be-hub10', 'be-sec'],
			[null, 'eu-a']
		]);
		expect(calls()).toBe(1);
	});

	it('keeps that order for a subset (a filter change) without sorting again', () => {
		const { order, calls } = counting();
		order(all);
		const noDatacenters = all.filter((x) => x.type !== 'datacenter');
		expect(byGroup(order(noDatacenters))).toEqual([
			['AT', 'at-skills'],
			['BE', 'be-sec'],
			[null, 'eu-a']
		]);
		expect(byGroup(order(all.filter((x) => x.country === 'BE')))).toEqual([
			['BE', 'be-hub9', 'be-hub10', 'be-sec']
		]);
		expect(order([])).toEqual([]);
		expect(calls()).toBe(1);
	});

	it('sorts anew when a commitment is new to it (another day of the time control)', () => {
		const { order, calls } = counting();
		order(all.slice(0, 3));
		// be-hub9 was not in the first set: the whole set is sorted again.
		expect(byGroup(order(all.slice(0, 4)))).toEqual([
			['AT', 'at-skills'],
			['BE', 'be-hub9', 'be-hub10'],
			[null, 'eu-a']
		]);
		expect(calls()).toBe(2);
		// Its status changed: a new object with the same id is new too.
		const changed = { ...all[1]!, status: 'operational' } as Commitment;
		expect(byGroup(order([all[0]!, changed, all[2]!, all[3]!]))[1]).toEqual([
			'BE',
			'be-hub9',
			'be-hub10'
		]);
		expect(calls()).toBe(3);
	});
});
