/**
 * What the interactive map's tooltip needs from MapLibre: where a mark is drawn (its feature's
 * point, moved by its icon offset if it has one), and the outline of the hovered country.
 */
import type {
	FilterSpecification,
	LineLayerSpecification,
	Map as MapLibreMap,
	MapGeoJSONFeature
} from 'maplibre-gl';
import { TYPE_LAYER_IDS } from './expressions';

export const COUNTRY_HOVER_LAYER = 'country-hover';

export const countryHoverFilter = (iso2: string | null): FilterSpecification => [
	'==',
	['get', 'iso2'],
	iso2 ?? ''
];

/** The hovered country's outline: lighter than the chosen country's. */
export function countryHoverLayer(colour: string): LineLayerSpecification {
	return {
		id: COUNTRY_HOVER_LAYER,
		type: 'line',
		source: 'countries',
		filter: countryHoverFilter(null),
		paint: { 'line-color': colour, 'line-opacity': 0.55, 'line-width': 1.5 }
	};
}

/** A mark's icon offset in pixels, from its layer's layout or its own properties. */
function iconOffset(feature: MapGeoJSONFeature): [number, number] {
	const fromLayout = (feature.layer.layout as Record<string, unknown> | undefined)?.['icon-offset'];
	const fromProperty = feature.properties['icon-offset'] ?? feature.properties.iconOffset;
	for (const value of [fromProperty, fromLayout]) {
		const parsed = typeof value === 'string' ? safeJson(value) : value;
		if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((n) => typeof n === 'number'))
			return parsed as [number, number];
	}
	return [0, 0];
}
function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}

/** Where the mark of commitment `id` is drawn, in the map's pixels, or null if it is not. */
export function markAnchor(map: MapLibreMap, id: string): { x: number; y: number } | null {
	const layers = TYPE_LAYER_IDS.filter((layer) => map.getLayer(layer));
	const [feature] = map.queryRenderedFeatures({
		layers,
		filter: ['==', ['get', 'id'], id]
	});
	if (!feature || feature.geometry.type !== 'Point') return null;
	const [lon, lat] = feature.geometry.coordinates as [number, number];
	const point = map.project([lon, lat]);
	const [dx, dy] = iconOffset(feature);
	const { width, height } = map.getContainer().getBoundingClientRect();
	const anchor = { x: point.x + dx, y: point.y + dy };
	return anchor.x < 0 || anchor.y < 0 || anchor.x > width || anchor.y > height ? null : anchor;
}
