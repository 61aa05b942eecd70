/** Where a row's point lies, for the checks that it is in Europe and inside its country. */
import { geoContains, geoDistance } from 'd3';
import type { CountryFeature } from './countries';
import { inBounds, POINT_BOUNDS } from '../../src/lib/frame/extent';
import { has, isKnownCountry, type Issue } from './problems';

type PointRow = { lat: string; lon: string; country: string };

/** How far outside its country's outline (at 1:50m) a point may lie, for coasts and borders. */
export const COUNTRY_TOLERANCE_KM = 25;
const EARTH_RADIUS_KM = 6371;

/** The row's [lon, lat], or null when it has no complete, numeric point. */
export function pointOf(row: { lat: string; lon: string }): [number, number] | null {
	if (!has(row.lat) || !has(row.lon)) return null;
	const lat = Number(row.lat);
	const lon = Number(row.lon);
	return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : null;
}

/** 0 inside the shape, else the distance in km to its nearest vertex. */
export function distanceToShapeKm(shape: CountryFeature, point: [number, number]): number {
	if (geoContains(shape, point)) return 0;
	const polygons =
		shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
	let nearest = Infinity;
	for (const polygon of polygons) {
		for (const ring of polygon) {
			for (const vertex of ring) {
				nearest = Math.min(nearest, geoDistance(point, vertex as [number, number]));
			}
		}
	}
	return nearest * EARTH_RADIUS_KM;
}

/** Named check: the point lies in the map's frame (swapped lat and lon do not). */
export function coordinatesInEurope(row: PointRow): Issue[] {
	const point = pointOf(row);
	if (!point || inBounds(point, POINT_BOUNDS)) return [];
	const [[w, s], [e, n]] = POINT_BOUNDS;
	return [
		{
			field: 'lat',
			message: `lat/lon must lie in Europe (lon ${w} to ${e}, lat ${s} to ${n}); are they swapped?`,
			value: `${row.lat}, ${row.lon}`
		}
	];
}

/** Named check: the point lies in its country, or within COUNTRY_TOLERANCE_KM of its outline. */
export function pointInCountry(
	row: PointRow,
	{ countries }: { countries: Map<string, CountryFeature> }
): Issue[] {
	const point = pointOf(row);
	if (!point || !inBounds(point, POINT_BOUNDS) || !isKnownCountry(row.country)) return [];
	const shape = countries.get(row.country);
	if (!shape) {
		return [{ field: 'country', message: 'has no shape on the base map', value: row.country }];
	}
	const km = distanceToShapeKm(shape, point);
	return km <= COUNTRY_TOLERANCE_KM
		? []
		: [
				{
					field: 'lat',
					message: `lat/lon lies ${Math.round(km)} km outside ${shape.properties.name} (${row.country}); at most ${COUNTRY_TOLERANCE_KM} km allowed`,
					value: `${row.lat}, ${row.lon}`
				}
			];
}
