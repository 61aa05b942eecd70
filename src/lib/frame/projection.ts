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

const RADIANS = Math.PI / 180;

/**
 * Web Mercator in radians, as d3-geo's geoMercatorRaw. Written out because importing even that
 * one function brings d3-array's and d3-geo's module-level state into the embed's first load;
 * a unit test holds it to d3's fitted projection.
 */
const mercator = (lambda: number, phi: number): [number, number] => [
	lambda,
	Math.log(Math.tan((Math.PI / 2 + phi) / 2))
];

/**
 * The fit: the scale and translation that put the first view's corners, in Web Mercator, in the
 * box, centred (as d3's projection.fitSize computes them for a GeoJSON of those corners).
 */
const FIT = (() => {
	const projected = cornersOf(EUROPE_VIEW).coordinates.map(([lon, lat]) =>
		mercator(lon! * RADIANS, lat! * RADIANS)
	);
	const xs = projected.map(([x]) => x);
	// Screen y grows downwards.
	const ys = projected.map(([, y]) => -y);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const k = Math.min(BASEMAP_SIZE.width / (x1 - x0), BASEMAP_SIZE.height / (y1 - y0));
	return {
		k,
		x: (BASEMAP_SIZE.width - k * (x0 + x1)) / 2,
		y: (BASEMAP_SIZE.height - k * (y0 + y1)) / 2
	};
})();

/**
 * A longitude and latitude's place in the base map's frame: basemapProjection() for points only,
 * without d3-geo's streams (so the embed's first load is small).
 */
export function toBasemap([lon, lat]: readonly [number, number]): [number, number] {
	const [x, y] = mercator(lon * RADIANS, lat * RADIANS);
	return [FIT.x + FIT.k * x, FIT.y - FIT.k * y];
}

/** The inverse of toBasemap: the longitude and latitude at a point of the base map's frame. */
export function fromBasemap([x, y]: readonly [number, number]): [number, number] {
	const lambda = (x - FIT.x) / FIT.k;
	const phi = 2 * Math.atan(Math.exp((FIT.y - y) / FIT.k)) - Math.PI / 2;
	return [lambda / RADIANS, phi / RADIANS];
}

/** The same projection as a d3 GeoProjection, for drawing geometry (the build's SVG paths). */
export function basemapProjection(): GeoProjection {
	return geoMercator().scale(FIT.k).translate([FIT.x, FIT.y]);
}

/** The rectangle of `bounds` in the base map's frame: an SVG viewBox. */
export function viewBoxOf(bounds: LonLatBounds): [number, number, number, number] {
	const [[w, s], [e, n]] = bounds;
	const [x0, y0] = toBasemap([w, n]);
	const [x1, y1] = toBasemap([e, s]);
	return [x0, y0, x1 - x0, y1 - y0];
}

/** MapLibre's zoom scale: at zoom z the whole world is 512 · 2^z pixels wide. */
const WORLD_TILE = 512;

/**
 * The MapLibre zoom at which the base map's frame is shown at `unitsPerPixel` frame units per
 * screen pixel: the SVG map's zoom. The world is 2π · FIT.k frame units wide.
 */
export function zoomOfScale(unitsPerPixel: number): number {
	return Math.log2((2 * Math.PI * FIT.k) / (unitsPerPixel * WORLD_TILE));
}

/** The inverse: frame units per screen pixel at a MapLibre zoom. */
export function scaleOfZoom(zoom: number): number {
	return (2 * Math.PI * FIT.k) / (WORLD_TILE * 2 ** zoom);
}
