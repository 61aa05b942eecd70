import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Scheme } from '$lib/symbols/palette';
import { selectedCountryFilter } from './expressions';
import { COUNTRY_HOVER_LAYER, countryHoverFilter } from './gl-hover';
import { applyScheme, paintCountryFills } from './gl-setup';

/** What the countries' paint follows on the interactive map. */
export interface CountryPaintInputs {
	/** The country under the pointer: outlined. */
	hovered: () => string | null;
	/** The country whose page this is: outlined more strongly. */
	selected: () => string | null;
	/** The choropleth: a colour per country. */
	fills: () => Record<string, string>;
	scheme: () => Scheme;
}

/**
 * Keeps the countries' paint on the interactive map in step with the page: the hovered and the
 * chosen country's outlines, the choropleth's colours (set as feature state, only where they
 * changed) and the colour scheme (the same paint as at creation, applied in place). Call it
 * while a component initialises (it creates effects); tell it what the map was created with
 * (`painted`), so that nothing is painted twice.
 */
export function countryPaintEffects(map: () => MapLibreMap | null, inputs: CountryPaintInputs) {
	$effect(() => {
		map()?.setFilter(COUNTRY_HOVER_LAYER, countryHoverFilter(inputs.hovered()));
	});
	$effect(() => {
		map()?.setFilter('country-selected', selectedCountryFilter(inputs.selected()));
	});

	let paintedFills: Record<string, string> = {};
	$effect(() => {
		const fills = inputs.fills();
		const m = map();
		if (m) paintedFills = paintCountryFills(m, paintedFills, fills);
	});

	let paintedScheme: Scheme | null = null;
	$effect(() => {
		const next = inputs.scheme();
		const m = map();
		if (!m || paintedScheme === next) return;
		paintedScheme = next;
		applyScheme(m, next);
	});

	return {
		painted(fills: Record<string, string>, scheme: Scheme) {
			paintedFills = fills;
			paintedScheme = scheme;
		}
	};
}
