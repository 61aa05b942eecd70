/**
 * Europe's countries for the map, from Natural Earth (world-atlas, 1:50m): continuous rings
 * across the antimeridian, clipped to the base map's frame, tagged with ISO 3166-1 alpha-2 codes.
 */
import { geoArea, geoIdentity } from 'd3';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { LonLatBounds } from '../../src/lib/frame/extent';

export interface CountryProperties {
	iso2: string;
	/** Natural Earth's English name, kept for error messages; the app names countries with Intl. */
	name: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** Natural Earth shapes that carry no ISO numeric code, and the code the map gives them. */
const ISO2_WITHOUT_NUMERIC: Record<string, string> = {
	Kosovo: 'XK',
	// Internationally recognised as part of Cyprus; population figures count it there too.
	'N. Cyprus': 'CY'
};

function iso2Of(id: string | number | undefined, name: string): string | null {
	if (id === undefined) return ISO2_WITHOUT_NUMERIC[name] ?? null;
	return isoCountries.numericToAlpha2(String(id)) ?? null;
}

/**
 * Makes each ring continuous in longitude: where a ring steps across the antimeridian
 * (a jump of more than 180° between two vertices), the rest of the ring is shifted by 360°.
 */
export function mendRing(ring: Position[]): Position[] {
	let shift = 0;
	return ring.map((point, i) => {
		if (i > 0) {
			const previous = ring[i - 1]!;
			const step = point[0]! - previous[0]!;
			if (step > 180) shift -= 360;
			else if (step < -180) shift += 360;
		}
		return [point[0]! + shift, point[1]!];
	});
}

export function mendGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	if (geometry.type === 'Polygon') {
		return { type: 'Polygon', coordinates: geometry.coordinates.map(mendRing) };
	}
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map((polygon) => polygon.map(mendRing))
	};
}

/** The largest step in longitude between two consecutive vertices of any ring. */
export function largestLongitudeStep(geometry: Polygon | MultiPolygon): number {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let largest = 0;
	for (const polygon of polygons) {
		for (const ring of polygon) {
			for (let i = 1; i < ring.length; i++) {
				largest = Math.max(largest, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
			}
		}
	}
	return largest;
}

/** Planar clip in longitude/latitude: Mercator keeps meridians and parallels straight. */
export function clipToBounds(
	collection: FeatureCollection<Polygon | MultiPolygon, CountryProperties>,
	[[west, south], [east, north]]: LonLatBounds
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
	const clip = geoIdentity().clipExtent([
		[west, south],
		[east, north]
	]);
	const clipped = geoProject(collection, clip);
	return {
		type: 'FeatureCollection',
		features: clipped.features.filter(
			(f) => f.geometry !== null && f.geometry.coordinates.length > 0
		)
	};
}

/**
 * Winds every ring as d3-geo reads a sphere: an outer ring encloses less than a hemisphere, a
 * hole more (its complement). The planar clip can leave a hole wound like its outer ring (Italy
 * around San Marino and the Vatican), which d3 reads as "everything but the hole": the whole
 * world would then lie inside Italy.
 */
export function rewindForSphere(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const hemisphere = 2 * Math.PI;
	const rewind = (polygon: Position[][]) =>
		polygon.map((ring, i) => {
			const area = geoArea({ type: 'Polygon', coordinates: [ring] });
			const outer = i === 0;
			return (outer ? area > hemisphere : area < hemisphere) ? [...ring].reverse() : ring;
		});
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

/**
 * Merges features that share an ISO code (Cyprus and Northern Cyprus) into one MultiPolygon,
 * named after the shape that has the code of its own ("Cyprus", not "N. Cyprus").
 */
function mergeByIso(features: CountryFeature[]): CountryFeature[] {
	const byIso = new Map<string, CountryFeature>();
	const borrowed = (f: CountryFeature) => f.properties.name in ISO2_WITHOUT_NUMERIC;
	const ordered = [...features].sort((a, b) => Number(borrowed(a)) - Number(borrowed(b)));
	for (const f of ordered) {
		const existing = byIso.get(f.properties.iso2);
		if (!existing) {
			byIso.set(f.properties.iso2, f);
			continue;
		}
		const polygons = (g: Polygon | MultiPolygon) =>
			g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		existing.geometry = {
			type: 'MultiPolygon',
			coordinates: [...polygons(existing.geometry), ...polygons(f.geometry)]
		};
	}
	return [...byIso.values()];
}

/** Every country with land inside `bounds`, mended, clipped, merged by ISO code. */
export function countriesWithin(bounds: LonLatBounds): CountryFeature[] {
	const topology = world as unknown as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const all = feature(topology, topology.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon | null,
		{ name: string }
	>;
	const tagged: CountryFeature[] = [];
	for (const f of all.features) {
		if (!f.geometry) continue;
		const iso2 = iso2Of(f.id, f.properties.name);
		if (!iso2) continue;
		tagged.push({
			type: 'Feature',
			id: iso2,
			properties: { iso2, name: f.properties.name },
			geometry: mendGeometry(f.geometry)
		});
	}
	const clipped = clipToBounds({ type: 'FeatureCollection', features: tagged }, bounds);
	for (const f of clipped.features) f.geometry = rewindForSphere(f.geometry);
	return mergeByIso(clipped.features as CountryFeature[]).sort((a, b) =>
		a.properties.iso2.localeCompare(b.properties.iso2)
	);
}
