import { STATUSES, TYPES, type Commitment, type CommitmentType, type Status } from './types';

/**
 * What the reader filters by: the types and statuses ticked in the legend. The URL's `View`
 * extends it; the list, both maps and the counts read only this.
 */
export interface Filters {
	types: CommitmentType[];
	statuses: Status[];
}

/** The one meaning of the filters (MapLibre's expressions are tested against it). */
export function matchesFilters(c: Commitment, filters: Filters): boolean {
	return filters.types.includes(c.type) && filters.statuses.includes(c.status);
}

export function filterCommitments(
	commitments: readonly Commitment[],
	filters: Filters
): Commitment[] {
	return commitments.filter((c) => matchesFilters(c, filters));
}

/**
 * The counts the legend shows beside each checkbox: for a type, the commitments of that type
 * that pass the status filter (what ticking it would show), and the reverse for a status.
 */
export function legendCounts(
	commitments: readonly Commitment[],
	filters: Filters
): { types: Record<CommitmentType, number>; statuses: Record<Status, number> } {
	const types = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<CommitmentType, number>;
	const statuses = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	for (const c of commitments) {
		if (filters.statuses.includes(c.status)) types[c.type] += 1;
		if (filters.types.includes(c.type)) statuses[c.status] += 1;
	}
	return { types, statuses };
}

const collators = new Map<string, Intl.Collator>();
/**
 * One collator per language, made once: the list is grouped again on every filter change and
 * slider step. Numbers in names in their numeric order: "Hub 9" before "Hub 10".
 */
function collatorFor(locale: string): Intl.Collator {
	let collator = collators.get(locale);
	if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { numeric: true })));
	return collator;
}

export interface CountryGroup {
	/** ISO alpha-2, or null for the Europe-wide commitments. */
	country: string | null;
	commitments: Commitment[];
}

/** Each country's commitments (null: the Europe-wide ones), in one pass, in the given order. */
export function byCountry(commitments: readonly Commitment[]): Map<string | null, Commitment[]> {
	const groups = new Map<string | null, Commitment[]>();
	for (const c of commitments) {
		const list = groups.get(c.country);
		if (list) list.push(c);
		else groups.set(c.country, [c]);
	}
	return groups;
}

/**
 * The list's groups: countries in the order of their names in the reader's language, then the
 * Europe-wide commitments. Within a group: by type (legend order), then by name.
 */
export function groupByCountry(
	commitments: readonly Commitment[],
	countryName: (iso2: string) => string,
	locale: string
): CountryGroup[] {
	const groups = byCountry(commitments);
	const collator = collatorFor(locale);
	const typeOrder = (c: Commitment) => TYPES.indexOf(c.type);
	const sorted = (list: Commitment[]) =>
		[...list].sort((a, b) => typeOrder(a) - typeOrder(b) || collator.compare(a.name, b.name));
	const names = new Map<string, string>();
	for (const key of groups.keys()) if (key !== null) names.set(key, countryName(key));
	const countries = [...names.keys()].sort((a, b) =>
		collator.compare(names.get(a)!, names.get(b)!)
	);
	const result: CountryGroup[] = countries.map((country) => ({
		country,
		commitments: sorted(groups.get(country) ?? [])
	}));
	const europe = groups.get(null);
	if (europe) result.push({ country: null, commitments: sorted(europe) });
	return result;
}

/** Whether a commitment is drawn as a point, or only listed (and its country highlighted). */
export const isMapped = (c: Commitment): c is Commitment & { coordinates: [number, number] } =>
	c.coordinates !== null;

/**
 * The first `limit` entries of a list group, and the selected one if it comes later: what a
 * group shows before its reader asks for all of it.
 */
export function firstEntries<T extends { id: string }>(
	entries: readonly T[],
	limit: number,
	selected: string | null
): T[] {
	if (entries.length <= limit) return [...entries];
	const first = entries.slice(0, limit);
	const chosen = entries.slice(limit).find((c) => c.id === selected);
	return chosen ? [...first, chosen] : first;
}

/** Whether the reader has narrowed the types or the statuses (what "Reset filters" undoes). */
export const isFiltered = (filters: Filters): boolean =>
	filters.types.length < TYPES.length || filters.statuses.length < STATUSES.length;

/** The filters at their defaults: every type, every status. */
export const NO_FILTERS: Readonly<Filters> = Object.freeze({
	types: [...TYPES],
	statuses: [...STATUSES]
});

/** The messages a filter note is made of, in the page's language. */
export interface FilterWords {
	types: Record<CommitmentType, string>;
	statuses: Record<Status, string>;
	filtered: {
		only: (what: string) => string;
		note: (parts: string) => string;
		someTypes: (ticked: number, all: number) => string;
		someStatuses: (ticked: number, all: number) => string;
	};
}

/**
 * What the figures describe when the filters are set, for their titles: "Security & trust
 * only", "Announced only", "Filtered: 2 of 4 types, Announced"; null when nothing is filtered.
 */
export function filterNote(filters: Filters, words: FilterWords): string | null {
	const { types, statuses } = filters;
	const parts: string[] = [];
	if (types.length < TYPES.length) {
		parts.push(
			types.length === 1
				? words.types[types[0]!]
				: words.filtered.someTypes(types.length, TYPES.length)
		);
	}
	if (statuses.length < STATUSES.length) {
		parts.push(
			statuses.length === 1
				? words.statuses[statuses[0]!]
				: words.filtered.someStatuses(statuses.length, STATUSES.length)
		);
	}
	if (parts.length === 0) return null;
	const named = types.length === 1 || statuses.length === 1;
	return parts.length === 1 && named
		? words.filtered.only(parts[0]!)
		: words.filtered.note(parts.join(', '));
}
