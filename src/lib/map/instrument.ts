/**
 * What the interactive map shows, readable by the browser tests, the benchmark and assistive
 * tooling without a handle on the map: its zoom and centre, how many commitments it drew, where
 * its marks are and which place names it drew, as data attributes of its container; and, on the
 * page's performance timeline, a 'map-idle' mark at each 'idle' and a 'map-marks-drawn' mark at
 * the first frame drawn with new marks (their data set, its tiles made: the benchmark's step).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MARK_LAYER_IDS } from './expressions';
import { CITY_NAMES_LAYER, COUNTRY_NAMES_LAYER, parsePlaceImageId } from './gl-labels';

export function instrument(map: MapLibreMap, container: HTMLElement): void {
	const report = () => {
		const centre = map.getCenter();
		container.dataset.zoom = map.getZoom().toFixed(2);
		container.dataset.center = `${centre.lng.toFixed(3)},${centre.lat.toFixed(3)}`;
	};
	map.on('moveend', report);
	let marksChanged = false;
	map.on('sourcedata', (event) => {
		if (event.sourceId === 'commitments' && event.sourceDataType === 'content') marksChanged = true;
	});
	map.on('render', () => {
		if (!marksChanged || !map.isSourceLoaded('commitments')) return;
		marksChanged = false;
		performance.mark('map-marks-drawn');
	});
	map.on('idle', () => {
		performance.mark('map-idle');
		report();
		// Commitments drawn: each single mark, and each member of each cluster.
		const rendered = map.queryRenderedFeatures({ layers: MARK_LAYER_IDS });
		const drawn = new Set<string>();
		for (const f of rendered) {
			const members = String(f.properties.ids ?? '');
			for (const id of members ? members.split(' ') : [String(f.properties.id)]) drawn.add(id);
		}
		container.dataset.renderedPoints = String(drawn.size);
		// Where each mark is on the screen, for the browser tests' overlap check (a few hundred
		// at most: a synthetic dataset of thousands skips it).
		if (rendered.length <= 500) {
			// A point near a tile's edge can be returned by both tiles: each mark once.
			const unique = [...new Map(rendered.map((f) => [f.properties.id, f])).values()];
			const placed = unique.map((f) => {
				const at = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
				const offset = [Number(f.properties.dx ?? 0), Number(f.properties.dy ?? 0)];
				const { id, image, ids } = f.properties as Record<string, unknown>;
				const members = ids ? String(ids).split(' ') : [String(id)];
				return { id, image, ids: members, x: at.x + offset[0]!, y: at.y + offset[1]! };
			});
			container.dataset.renderedMarks = JSON.stringify(placed);
		}
		// The place names MapLibre drew (those that fit), as |Name|Name|.
		const names = map
			.queryRenderedFeatures({ layers: [COUNTRY_NAMES_LAYER, CITY_NAMES_LAYER] })
			.map((f) => parsePlaceImageId(String(f.properties.image))?.text);
		container.dataset.placeNames = `|${[...new Set(names)].sort().join('|')}|`;
	});
}
