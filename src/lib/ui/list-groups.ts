/**
 * Which entries the list draws (CommitmentList.svelte): the countries' first entries up to a
 * budget, then none (their headings stay, links to the countries' pages); the Europe-wide ones,
 * on no map, always; each group at most `groupLimit` until opened; the chosen one always.
 */
import { firstEntries, type CountryGroup } from '$lib/data/filter';
import type { Commitment } from '$lib/data/types';

export interface ListedGroup {
	key: string;
	group: CountryGroup;
	entries: Commitment[];
	/** Cut by the group's own limit: its own "Show all". */
	byGroup: boolean;
	/** Where the list's first entries end: the list's "Show all" (one group at most). */
	byList: boolean;
}

export function listedGroups(
	groups: readonly CountryGroup[],
	options: {
		/** Countries' entries drawn before "Show all" (Infinity once the reader asked). */
		first: number;
		groupLimit: number;
		/** Groups opened whole ("europe" or an ISO code). */
		expanded: readonly string[];
		selected: string | null;
	}
): ListedGroup[] {
	let budget = options.first;
	let announced = false;
	return groups.map((group) => {
		const key = group.country ?? 'europe';
		const limit = options.expanded.includes(key) ? Infinity : options.groupLimit;
		const cap = group.country ? Math.min(limit, budget) : limit;
		const cut = cap < group.commitments.length;
		if (group.country) budget -= Math.min(cap, group.commitments.length);
		const byList = cut && cap < limit && !announced;
		announced ||= byList;
		const entries = firstEntries(group.commitments, cap, options.selected);
		return { key, group, entries, byGroup: cut && cap === limit, byList };
	});
}

/**
 * The list's grouping (`group`: groupByCountry, with its sort by the reader's collation), kept
 * between calls: when every commitment given was in the last set sorted, they keep that order
 * (a subset of a sorted list is sorted), so a filter change on thousands of commitments costs a
 * pass over them rather than a sort. Any commitment not in it (a new dataset, a day of the time
 * control that changed some) sorts the new set anew.
 */
export function listOrder(
	group: (commitments: readonly Commitment[]) => CountryGroup[]
): (commitments: readonly Commitment[]) => CountryGroup[] {
	let sorted: Commitment[] = [];
	return (commitments) => {
		const wanted = new Set(commitments);
		const kept = sorted.filter((c) => wanted.has(c));
		if (kept.length !== wanted.size) {
			const groups = group(commitments);
			sorted = groups.flatMap((g) => g.commitments);
			return groups;
		}
		const groups: CountryGroup[] = [];
		for (const c of kept) {
			const last = groups.at(-1);
			if (last && last.country === c.country) last.commitments.push(c);
			else groups.push({ country: c.country, commitments: [c] });
		}
		return groups;
	};
}
