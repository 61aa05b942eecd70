import { geoMercator, type GeoProjection } from 'd3';
import { EUROPE_VIEW, type LonLatBounds } from './extent';

/**
 * The SVG map's frame: Web Mercator fitted to the first view, in a box of this size. MapLibre
 * fits the same bounds, so the SVG map and the WebGL map show the same Europe at the same place.
 */
export const BASEMAP_SIZE = { width: 1000, height: 1000 } as const;

function cornersOf([[w, s], [e, n]]: LonLatBounds): GeoJSON.MultiPoint {
	return {
		type: 'MultiPoint',
		coordinates: [
			[w, s],
			[e, s],
			[e, n],
			[w, n]
		]
	};
}

export function basemapProjection(): GeoProjection {
	return geoMercator().fitSize([BASEMAP_SIZE.width, BASEMAP_SIZE.height], cornersOf(EUROPE_VIEW));
}

/** The rectangle of `bounds` in the base map's frame: an SVG viewBox. */
export function viewBoxOf(
	bounds: LonLatBounds,
	projection = basemapProjection()
): [number, number, number, number] {
	const [[w, s], [e, n]] = bounds;
	const [x0, y0] = projection([w, n]) ?? [0, 0];
	const [x1, y1] = projection([e, s]) ?? [BASEMAP_SIZE.width, BASEMAP_SIZE.height];
	return [x0, y0, x1 - x0, y1 - y0];
}
