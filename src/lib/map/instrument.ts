/**
 * What the interactive map shows, readable by the browser tests, the benchmark and assistive
 * tooling without a handle on the map: its zoom and centre, how many commitments and which place
 * names it drew, as data attributes of its container; and a 'map-idle' mark on the page's
 * performance timeline.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TYPE_LAYER_IDS } from './expressions';
import { CITY_NAMES_LAYER, COUNTRY_NAMES_LAYER, parsePlaceImageId } from './gl-labels';

export function instrument(map: MapLibreMap, container: HTMLElement): void {
	const report = () => {
		const centre = map.getCenter();
		container.dataset.zoom = map.getZoom().toFixed(2);
		container.dataset.center = `${centre.lng.toFixed(3)},${centre.lat.toFixed(3)}`;
	};
	map.on('moveend', report);
	map.on('idle', () => {
		performance.mark('map-idle');
		report();
		const rendered = map.queryRenderedFeatures({ layers: TYPE_LAYER_IDS });
		container.dataset.renderedPoints = String(new Set(rendered.map((f) => f.properties.id)).size);
		// The place names MapLibre drew (those that fit), as |Name|Name|.
		const names = map
			.queryRenderedFeatures({ layers: [COUNTRY_NAMES_LAYER, CITY_NAMES_LAYER] })
			.map((f) => parsePlaceImageId(String(f.properties.image))?.text);
		container.dataset.placeNames = `|${[...new Set(names)].sort().join('|')}|`;
	});
}
