/**
 * What a page gives the explorer (Explorer.svelte): its data, from the page's load function, and
 * the parts of the page around the map.
 */
import type { Snippet } from 'svelte';
import type { SharedData } from '$lib/data/shared-data';
import type { ColourCountries } from '$lib/map/country-colours';
import type { MapPlace } from '$lib/map/labels';

/**
 * The data is the explorer's shared file (src/lib/data/shared-data.ts), its places as the map
 * names them (its country names, date and number words go to i18n/format.ts as it loads), and
 * the build's day.
 */
export interface ExplorerProps extends Omit<
	SharedData,
	'places' | 'countryNames' | 'dateWords' | 'numberWords'
> {
	/** The cities the map names at closer zooms, in the page's language. */
	places: MapPlace[];
	/** YYYY-MM-DD of the build: deadlines before it have passed. */
	today: string;
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
