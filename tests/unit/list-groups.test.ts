import { describe, expect, it } from 'vitest';
import type { CountryGroup } from '../../src/lib/data/filter';
import type { Commitment } from '../../src/lib/data/types';
import { listedGroups } from '../../src/lib/ui/list-groups';

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
