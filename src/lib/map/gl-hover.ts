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
import { MARK_LAYER_IDS } from './expressions';

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

/**
 * Where commitment `id` is drawn, in the map's pixels: its own mark, or the cluster that holds
 * it (a list entry focused inside a cluster points at the cluster); null if it is not on screen.
 * Marks carry their pixel offset as numeric `dx`, `dy` (marks-source.ts).
 */
export function markAnchor(map: MapLibreMap, id: string): { x: number; y: number } | null {
	const layers = MARK_LAYER_IDS.filter((layer) => map.getLayer(layer));
	const holds = (feature: MapGeoJSONFeature) =>
		String(feature.properties.id) === id ||
		String(feature.properties.ids ?? '')
			.split(' ')
			.includes(id);
	const feature = map.queryRenderedFeatures({ layers }).find(holds);
	if (!feature || feature.geometry.type !== 'Point') return null;
	const [lon, lat] = feature.geometry.coordinates as [number, number];
	const point = map.project([lon, lat]);
	const dx = Number(feature.properties.dx ?? 0);
	const dy = Number(feature.properties.dy ?? 0);
	const { width, height } = map.getContainer().getBoundingClientRect();
	const anchor = { x: point.x + dx, y: point.y + dy };
	return anchor.x < 0 || anchor.y < 0 || anchor.x > width || anchor.y > height ? null : anchor;
}
