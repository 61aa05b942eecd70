/**
 * What a page gives the explorer (Explorer.svelte): its data, from the page's load function, and
 * the parts of the page around the map.
 */
import type { Snippet } from 'svelte';
import type { Timelines } from '$lib/data/asof';
import type { Commitment, Population } from '$lib/data/types';
import type { LonLatBounds } from '$lib/frame/extent';
import type { ColourCountries } from '$lib/map/country-colours';
import type { MapPlace } from '$lib/map/labels';

export interface ExplorerProps {
	commitments: Commitment[];
	/** Each commitment's dated statuses (src/lib/data/asof.ts): the map as of any day. */
	timelines: Timelines;
	populations: Population[];
	/** Country outlines as SVG paths (the SVG map's base map). */
	countryShapes: { iso2: string; d: string }[];
	/** Where to look for each country. */
	focus: Record<string, LonLatBounds>;
	/** Each country's label point: its name and its country-wide commitments go there. */
	labels: Record<string, [number, number]>;
	/** The cities the map names at closer zooms, in the page's language. */
	places: MapPlace[];
	/** YYYY-MM-DD of the build: deadlines before it have passed. */
	today: string;
	/** YYYY-MM-DD on which the dataset's facts were last checked. */
	factsChecked: string;
	/**
	 * `embed`: chrome-less for an iframe (compact legend, the page scrolls over the map, the
	 * country comes from ?country=, links open the full map in a new tab).
	 */
	mode?: 'full' | 'embed';
	/** Colours the countries by the view's metric (with its key); the embed has none. */
	colourCountries?: ColourCountries;
	/** Above the map: the site's masthead (the explorer), or nothing (the embed). */
	header?: Snippet;
	/** Beside or below the map: the filters, panels and list this page shows. */
	sidebar: Snippet;
}
