/**
 * The one contract of the two maps. `Map.svg.svelte` (before JavaScript, and without WebGL) and
 * `Map.gl.svelte` (MapLibre) take the same inputs and export the same camera, so the explorer
 * can swap one for the other: each filters the commitments with `matchesFilters` and lays out
 * the result with `layoutMarks` (src/lib/frame/marks.ts), so both draw the same marks at the
 * same places.
 */
import type { Filters } from '$lib/data/filter';
import type { Commitment } from '$lib/data/types';
import type { LonLatBounds } from '$lib/frame/extent';
import type { Scheme } from '$lib/symbols/palette';
import type { PlaceLabel } from './labels';

export type { CameraTarget, MapCamera } from '$lib/frame/camera';

export interface MapInputs {
	/**
	 * Every commitment; `filters` decides which are drawn: sites and cities at their point,
	 * country-wide ones at their country's label point, Europe-wide ones not on the map.
	 */
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
	/** The commitments under a click: one mark, or a cluster at one place (or at the deepest zoom). */
	onpick: (ids: string[]) => void;
	onhover: (id: string | null) => void;
	/** A click on a European country (not on a symbol). */
	oncountry: (iso2: string) => void;
}

/** The interactive map's own inputs, beside the contract's. */
export interface GlMapProps extends MapInputs {
	/** URL of the countries' TopoJSON. */
	countriesUrl: string;
	/** Let the page scroll; zoom with Ctrl/⌘ + wheel or two fingers (for embeds). */
	cooperative?: boolean;
	onready: () => void;
	onfail: (error: unknown) => void;
}

/** The SVG map's own inputs, beside the contract's. */
export interface SvgMapProps extends MapInputs {
	/** Country outlines as SVG paths in the base map's frame (built by npm run geo). */
	shapes: { iso2: string; d: string }[];
	/** Hidden once the interactive map has taken over. */
	hidden?: boolean;
	/** The wheel alone scrolls the page; Ctrl/⌘ + wheel zooms, as the hint says (embeds). */
	cooperative?: boolean;
}
