/**
 * Where a country's name and its country-wide commitments go on the map: the pole of
 * inaccessibility of its largest polygon (polylabel), the point inside it farthest from its
 * edges. Computed in the base map's Web Mercator frame, where the map draws, not in degrees
 * (a degree of longitude is half as wide in Oslo as in Madrid), and so that France's point is in
 * metropolitan France and Norway's on the mainland.
 */
import polylabel from 'polylabel';
import { basemapProjection } from '../../src/lib/frame/projection';
import type { CountryFeature } from './countries';

/** The signed area of a ring (planar); its absolute value compares polygons' sizes. */
function ringArea(ring: number[][]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
	}
	return sum / 2;
}

/** Each country's label point, [longitude, latitude] to 0.01°, by ISO code. */
export function labelPoints(countries: CountryFeature[]): Record<string, [number, number]> {
	const projection = basemapProjection();
	const result: Record<string, [number, number]> = {};
	for (const f of countries) {
		const polygons =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const projected = polygons
			.map((polygon) =>
				polygon.map((ring) => ring.map((p) => projection([p[0]!, p[1]!]) ?? [NaN, NaN]))
			)
			.filter((polygon) => polygon[0] && polygon[0].length > 3);
		const largest = projected.sort(
			(a, b) => Math.abs(ringArea(b[0]!)) - Math.abs(ringArea(a[0]!))
		)[0];
		if (!largest) continue;
		// 0.1 units of the 1000-unit frame: far finer than a pixel at any zoom the map allows.
		const [x, y] = polylabel(largest, 0.1);
		const lonLat = projection.invert?.([x, y]);
		if (!lonLat) continue;
		const round = (v: number) => Math.round(v * 100) / 100;
		result[f.properties.iso2] = [round(lonLat[0]), round(lonLat[1])];
	}
	return result;
}
