/**
 * The reader's view: from the URL, the one home of everything the reader sets (./url.ts), and
 * the actions that change it. Every change is a navigation; what the reader has just set shows at
 * once and the URL follows after the next paint (`#pending`), since a navigation lays out the
 * whole page and goes over every link, which a filter's click need not wait for. Likewise the
 * time control's day while it moves (`asofMoving`), which the URL takes once it rests.
 */
import { NO_FILTERS } from '$lib/data/filter';
import { STATUSES, TYPES, type CommitmentType, type Status } from '$lib/data/types';
import { afterNextPaint, currentView, navigateToView } from './url';
import { searchOf, toggle, type View } from './view';

export class ViewState {
	/**
	 * The time control's day while it moves (null for today's data; undefined when it rests):
	 * each step shows at once, and the URL follows once the control rests, since a navigation
	 * costs more than the step itself (SvelteKit goes over every link of the page after one).
	 */
	asofMoving = $state<string | null | undefined>(undefined);
	/** A view the reader has set whose navigation has not happened yet (see `update`). */
	#pending = $state.raw<View | undefined>(undefined);
	/** The last view given out: kept when the URL catches up with it, so nothing derives twice. */
	#lastView: View | undefined;
	/** Everything the reader has set, from the URL (the default view until hydrated). */
	readonly view: View = $derived.by(() => {
		const base = this.#pending ?? currentView();
		const view = this.asofMoving === undefined ? base : { ...base, asof: this.asofMoving };
		const last = this.#lastView;
		if (last && searchOf(last) === searchOf(view)) return last;
		return (this.#lastView = view);
	});

	/**
	 * Another view: shown at once, written to the URL (a history entry) after the next paint.
	 * Resolves once the URL has it.
	 */
	update = async (patch: Partial<View>): Promise<void> => {
		const next = { ...this.view, ...patch };
		this.#pending = next;
		try {
			await afterNextPaint();
			await navigateToView(next);
		} finally {
			if (this.#pending === next) this.#pending = undefined;
		}
	};
	toggleType = (type: CommitmentType) =>
		this.update({ types: toggle(this.view.types, type, TYPES) });
	toggleStatus = (status: Status) =>
		this.update({ statuses: toggle(this.view.statuses, status, STATUSES) });
	/** Every type and status again; the country, metric, theme and selection stay. */
	resetFilters = () =>
		this.update({ types: [...NO_FILTERS.types], statuses: [...NO_FILTERS.statuses] });
}
