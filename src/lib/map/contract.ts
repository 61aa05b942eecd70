/**
 * The one contract of the two maps. `Map.svg.svelte` (before JavaScript, and without WebGL) and
 * `Map.gl.svelte` (MapLibre) take the same inputs and export the same camera, so the explorer
 * can swap one for the other: each map filters the commitments itself, by `matchesFilters`'s
 * meaning (MapLibre's expressions are tested against it).
 */
import type { Filters } from '$lib/data/filter';
import type { Commitment } from '$lib/data/types';
import type { LonLatBounds } from '$lib/frame/extent';
import type { Scheme } from '$lib/symbols/palette';
import type { PlaceLabel } from './labels';

export type { CameraTarget, MapCamera } from '$lib/frame/camera';

export interface MapInputs {
	/** Every commitment; `filters` decides which are drawn (those without a point never are). */
	commitments: Commitment[];
	/**
	 * Each European country's label point, [longitude, latitude]: where its name and its
	 * country-wide commitments are drawn (geo/lib/labels.ts).
	 */
	labels: Record<string, [number, number]>;
	/**
	 * The place names the map may show (countries, then cities at closer zooms), in the page's
	 * language, in the order they claim space (./labels.ts).
	 */
	placeNames: PlaceLabel[];
	/** The types and statuses ticked in the legend. */
	filters: Filters;
	/** The id of the commitment whose details are open. */
	selected: string | null;
	/** The commitment under the pointer or focused in the list. */
	hovered: string | null;
	/** A country to highlight (the place of a country-wide commitment). */
	highlightCountry: string | null;
	/** The chosen country, outlined. */
	selectedCountry: string | null;
	/** Choropleth colour of each country, by ISO code. */
	countryFills: Record<string, string>;
	/** The resolved colour scheme (the SVG map follows the page's CSS instead). */
	scheme: Scheme;
	/** First view, if not all of Europe. */
	initialBounds?: LonLatBounds;
	/** Accessible name (and instructions) of the map. */
	label: string;
	/** The commitments under a click (one or several at the same place). */
	onpick: (ids: string[]) => void;
	onhover: (id: string | null) => void;
	/** A click on a European country (not on a symbol). */
	oncountry: (iso2: string) => void;
}
