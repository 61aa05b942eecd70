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
