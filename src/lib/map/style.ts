/**
 * MapLibre's style, as pure data: the sources and layers, added once when the map is created,
 * and their paint, which `paintFor(colours)` gives both then and on a change of colour scheme.
 * No tile, glyph or sprite server: the countries and the commitments are the app's own data.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapColors } from '$lib/symbols/palette';
import {
	HALO_LAYER,
	MARK_LAYER,
	countryFillColor,
	haloImage,
	haloOpacity,
	markImage,
	markOffset,
	markSortKey,
	selectedCountryFilter
} from './expressions';
import { countryHoverLayer } from './gl-hover';
import { placeNamesLayers } from './gl-labels';

/** Each layer's colours in a scheme: the only paint that changes with it. */
export function paintFor(colours: MapColors) {
	return {
		sea: { 'background-color': colours.sea },
		'country-fill': { 'fill-color': countryFillColor(colours) },
		'country-border': { 'line-color': colours.border },
		'country-selected': { 'line-color': colours.text },
		'country-hover': { 'line-color': colours.text }
	} as const;
}
export type SchemePaint = ReturnType<typeof paintFor>;

export interface StyleInputs {
	/** Europe's countries, each with `iso2` and `european` properties. */
	countries: GeoJSON.FeatureCollection;
	/** The laid-out marks (marks-source.ts): already filtered, clustered and offset. */
	marks: GeoJSON.FeatureCollection;
	/** The place names, as points naming their images (gl-labels.ts). */
	places?: GeoJSON.FeatureCollection;
	selectedCountry: string | null;
	colours: MapColors;
}

/**
 * The whole style at creation. Later changes go through setFilter / setPaintProperty, and the
 * marks' source's setData when the layout changes (filters, selection, a whole zoom level).
 */
export function mapStyle(inputs: StyleInputs): StyleSpecification {
	const paint = paintFor(inputs.colours);
	const layers: LayerSpecification[] = [
		{ id: 'sea', type: 'background', paint: paint.sea },
		{ id: 'country-fill', type: 'fill', source: 'countries', paint: paint['country-fill'] },
		{
			id: 'country-border',
			type: 'line',
			source: 'countries',
			paint: { ...paint['country-border'], 'line-width': 0.7 }
		},
		countryHoverLayer(inputs.colours.text),
		{
			id: 'country-selected',
			type: 'line',
			source: 'countries',
			filter: selectedCountryFilter(inputs.selectedCountry),
			paint: { ...paint['country-selected'], 'line-width': 2 }
		},
		...placeNamesLayers(),
		{
			id: HALO_LAYER,
			type: 'symbol',
			source: 'commitments',
			layout: {
				'icon-image': haloImage,
				'icon-offset': markOffset,
				'symbol-sort-key': markSortKey,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: { 'icon-opacity': haloOpacity() }
		},
		{
			id: MARK_LAYER,
			type: 'symbol',
			source: 'commitments',
			layout: {
				'icon-image': markImage,
				'icon-offset': markOffset,
				'symbol-sort-key': markSortKey,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		}
	];
	return {
		version: 8,
		sources: {
			countries: { type: 'geojson', data: inputs.countries, promoteId: 'iso2' },
			commitments: { type: 'geojson', data: inputs.marks, promoteId: 'id' },
			places: {
				type: 'geojson',
				data: inputs.places ?? { type: 'FeatureCollection', features: [] }
			}
		},
		layers
	};
}
