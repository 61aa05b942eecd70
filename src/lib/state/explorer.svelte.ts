/**
 * The explorer's live state, in one place: the view from the URL, the resolved colour scheme,
 * the chosen country, what the filters show, list and count, what is hovered and picked, and
 * the actions that change them. The explorer creates it; everything inside the explorer (the
 * masthead, the sidebars, the route's panel) reads it with `getExplorer()`.
 *
 * The view, and the filters' actions, come from ViewState (./view-state.svelte.ts).
 */
import { getContext, setContext } from 'svelte';
import { page } from '$app/state';
import { commitmentsOf } from '$lib/data/aggregate';
import { asOf, type Timelines } from '$lib/data/asof';
import { filterCommitments, filterNote, isFiltered } from '$lib/data/filter';
import { legendCounts } from '$lib/data/filter';
import { type Commitment, type Population } from '$lib/data/types';
import { padBounds, type LonLatBounds } from '$lib/frame/extent';
import type { CameraTarget } from '$lib/frame/camera';
import { getI18n } from '$lib/i18n';
import { formatPartialDate } from '$lib/i18n/format';
import type { Scheme } from '$lib/symbols/palette';
import { countryHref, navigateToCountry } from './url';
import { EMBED_ONLY, resolveScheme } from './view';
import { ViewState } from './view-state.svelte';

/** What the page gives the explorer (from its load function). */
export interface ExplorerInputs {
	commitments: Commitment[];
	timelines: Timelines;
	populations: Population[];
	/** Where to look for each country. */
	focus: Record<string, LonLatBounds>;
	/** YYYY-MM-DD of the build: deadlines before it have passed. */
	today: string;
	/** YYYY-MM-DD on which the dataset's facts were last checked (its `updated`). */
	factsChecked: string;
	/** An iframe's explorer: its country comes from ?country=, not from the path. */
	embed: boolean;
}

/** What the page around the state does for it: the parts that touch the DOM. */
export interface ExplorerEffects {
	/** Bring a place into view on whichever map is active. */
	show(target: CameraTarget): void;
	/** After a commitment is chosen from a list: bring its details into view and focus them. */
	revealDetails(): Promise<void>;
	/** After one commitment is picked on the map: bring its entry in the list into view. */
	revealEntry(id: string): void;
}

export type MapState = 'loading' | 'ready' | 'failed';

export class ExplorerState extends ViewState {
	readonly #inputs: () => ExplorerInputs;
	readonly #i18n = getI18n();
	#effects: Partial<ExplorerEffects> = {};
	/** Where focus goes back when the details close (the list entry that opened them). */
	#returnFocusTo: HTMLElement | null = null;

	constructor(inputs: () => ExplorerInputs) {
		super();
		this.#inputs = inputs;
	}

	/** The commitments as they stood on the view's day (?asof=), or today's: all else follows. */
	readonly commitments: Commitment[] = $derived.by(() => asOf(this.#inputs(), this.view.asof));
	readonly timelines: Timelines = $derived.by(() => this.#inputs().timelines);
	get populations(): Population[] {
		return this.#inputs().populations;
	}
	get today(): string {
		return this.#inputs().today;
	}
	/** The day the dataset's facts were last checked (never the build's day). */
	get factsChecked(): string {
		return this.#inputs().factsChecked;
	}
	get embed(): boolean {
		return this.#inputs().embed;
	}

	/** Whether the system prefers dark (the explorer follows it, see `listenToSystemScheme`). */
	systemDark = $state(false);
	readonly scheme: Scheme = $derived(resolveScheme(this.view.theme, this.systemDark));
	/** The chosen country (upper-case ISO code): the page's path, or ?country= in an embed. */
	readonly country: string | null = $derived(
		this.embed ? this.view.country : (page.params.code?.toUpperCase() ?? null)
	);
	/** Whether the interactive map is loading, has taken over, or cannot (the SVG map stays). */
	mapState = $state<MapState>('loading');

	// Never changed once built: derived anew from the commitments, so a plain Map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #byId = $derived(new Map(this.commitments.map((c) => [c.id, c])));
	/** The commitments the filters let through (everywhere). */
	readonly shown: Commitment[] = $derived(filterCommitments(this.commitments, this.view));
	/** Those the list shows: the shown ones, in the chosen country if there is one. */
	readonly listed: Commitment[] = $derived(
		this.country ? this.shown.filter((c) => c.country === this.country) : this.shown
	);
	/** Every commitment in the chosen country (all of them without one), filters aside. */
	readonly #inCountry: Commitment[] = $derived(
		this.country ? commitmentsOf(this.commitments, this.country) : this.commitments
	);
	/** How many there are before filtering (in the chosen country, if one is). */
	readonly total: number = $derived(this.#inCountry.length);
	/** The legend's counts beside each checkbox (in the chosen country, if one is). */
	readonly counts = $derived(legendCounts(this.#inCountry, this.view));
	/** Whether a type or status is unticked (the legend then offers "Reset filters"). */
	readonly filtered: boolean = $derived(isFiltered(this.view));
	/** What the figures describe when filtered ("Security & trust only"), or null. */
	readonly filterNote: string | null = $derived(filterNote(this.view, this.#i18n.m));
	/** The shown commitments for all of Europe, without a country: the map's Europe-wide box. */
	readonly europeWide: Commitment[] = $derived(this.shown.filter((c) => c.country === null));
	/** The charts' source line, with the date the dataset's facts were checked. */
	readonly source: string = $derived(
		this.#i18n.m.charts.source(formatPartialDate(this.factsChecked, this.#i18n.locale))
	);
	/** This view in the full explorer (an embed's link): its country's page, its filters. */
	readonly fullMapHref: string = $derived(
		countryHref(this.country, { ...this.view, ...EMBED_ONLY }, this.#i18n.lang)
	);
	/** Where the map opens: the ?bbox=, or the chosen country, or all of Europe. */
	readonly initialBounds: LonLatBounds | null = $derived(
		this.view.bbox ?? this.countryBounds(this.country)
	);

	/** The commitment under the pointer, or focused in the list. */
	hovered = $state<string | null>(null);
	/** Several commitments under one click, to choose from. */
	picked = $state<string[] | null>(null);
	readonly selected: Commitment | undefined = $derived(
		this.view.selected ? this.#byId.get(this.view.selected) : undefined
	);
	/** What the details panel shows: the picked ones, or the selected one. */
	readonly panel: Commitment[] = $derived(
		this.picked && this.picked.length > 1
			? this.picked.map((id) => this.#byId.get(id)).filter((c) => c !== undefined)
			: this.selected
				? [this.selected]
				: []
	);
	/** A country to highlight: the place of the hovered, or else the selected, country-wide one. */
	readonly highlightCountry: string | null = $derived.by(() => {
		const hovered = this.hovered ? this.#byId.get(this.hovered) : undefined;
		if (hovered?.precision === 'country') return hovered.country;
		return this.selected?.precision === 'country' ? this.selected.country : null;
	});

	/** A chart's or a figure's title, saying so when the filters are set. */
	titled(title: string): string {
		return this.filterNote ? this.#i18n.m.filtered.title(title, this.filterNote) : title;
	}

	/** A country's box with a margin, so its neighbours show around it. */
	countryBounds(iso2: string | null): LonLatBounds | null {
		const focus = this.#inputs().focus;
		return iso2 && focus[iso2] ? padBounds(focus[iso2], 0.12) : null;
	}

	/** The page's DOM side (see ExplorerEffects); set once by the explorer. */
	connect(effects: ExplorerEffects): void {
		this.#effects = effects;
	}

	hover = (id: string | null) => void (this.hovered = id);

	/** To a country's page (or back to Europe), keeping the filters; in an embed, ?country=. */
	chooseCountry = (iso2: string | null): Promise<void> => {
		if (this.embed) return this.update({ country: iso2, selected: null });
		return navigateToCountry(iso2, { ...this.view, selected: null }, this.#i18n.lang);
	};

	/** From a list: select, bring into view on the map, and move focus to the details. */
	choose = async (id: string): Promise<void> => {
		const c = this.#byId.get(id);
		if (!c) return;
		const active = document.activeElement;
		this.#returnFocusTo = active instanceof HTMLElement ? active : null;
		this.picked = null;
		await this.update({ selected: id });
		if (c.coordinates) this.#effects.show?.({ point: c.coordinates });
		// A country-wide commitment is drawn in its country: show the country.
		const countryBox = c.precision === 'country' ? this.countryBounds(c.country) : null;
		if (countryBox) this.#effects.show?.({ bounds: countryBox });
		await this.#effects.revealDetails?.();
	};

	/** From the map: one commitment opens, several at one place are offered to choose from. */
	pick = (ids: string[]): void => {
		this.#returnFocusTo = null;
		if (ids.length !== 1) return void (this.picked = ids);
		this.picked = null;
		this.update({ selected: ids[0] });
		this.#effects.revealEntry?.(ids[0]!);
	};

	/** From a control that lists several (the map's Europe-wide box): choose among them. */
	openList = async (ids: string[]): Promise<void> => {
		if (ids.length <= 1) return ids[0] ? this.choose(ids[0]) : undefined;
		const active = document.activeElement;
		this.#returnFocusTo = active instanceof HTMLElement ? active : null;
		this.picked = ids;
		await this.#effects.revealDetails?.();
	};

	closeDetails = async (): Promise<void> => {
		this.picked = null;
		await this.update({ selected: null });
		this.#returnFocusTo?.focus();
		this.#returnFocusTo = null;
	};

	/** Follow the system's colour scheme; returns the function that stops. Browser only. */
	listenToSystemScheme(): () => void {
		const query = matchMedia('(prefers-color-scheme: dark)');
		this.systemDark = query.matches;
		const onchange = () => (this.systemDark = query.matches);
		query.addEventListener('change', onchange);
		return () => query.removeEventListener('change', onchange);
	}
}

const KEY = Symbol('explorer');

/** Creates the explorer's state and provides it to the components inside the explorer. */
export function setExplorer(inputs: () => ExplorerInputs): ExplorerState {
	return setContext(KEY, new ExplorerState(inputs));
}

/** The explorer's state, from inside the explorer. */
export function getExplorer(): ExplorerState {
	const explorer = getContext<ExplorerState | undefined>(KEY);
	if (!explorer) throw new Error('getExplorer() is for components inside the explorer');
	return explorer;
}
