import type { Commitment, CommitmentType, Population, Status } from '$lib/data/types';
import type { View } from '$lib/state/view';

/**
 * What the explorer shares with the header and sidebar a page gives it: the state it derives
 * from the URL, and the actions that change it. The explorer page and the embed pass different
 * sidebars, so each loads only its own components.
 */
export interface ExplorerContext {
	readonly view: View;
	/** The chosen country, upper-case ISO code. */
	readonly country: string | null;
	readonly counts: { types: Record<CommitmentType, number>; statuses: Record<Status, number> };
	/** The commitments the filters (and the country) let through. */
	readonly listed: Commitment[];
	/** How many there are before filtering (in the country, if one is chosen). */
	readonly total: number;
	/** The charts' source line. */
	readonly source: string;
	readonly glState: 'loading' | 'ready' | 'failed';
	/** This view in the full explorer (for an embed's link). */
	readonly fullMapHref: string;
	readonly commitments: Commitment[];
	readonly populations: Population[];
	readonly today: string;
	toggleType(type: CommitmentType): void;
	toggleStatus(status: Status): void;
	/** Select a commitment from a list: show it on the map and focus its details. */
	choose(id: string): void;
	hover(id: string | null): void;
	chooseCountry(iso2: string | null): void;
	update(patch: Partial<View>): void;
}
