/**
 * TopoJSON of the base map (for MapLibre and for country look-ups in the browser), and the
 * SVG paths of the same countries drawn at build time (the map before JavaScript).
 */
import { geoPath, polygonArea } from 'd3';
import type { FeatureCollection } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapProjection } from '../../src/lib/frame/projection';
import type { LonLatBounds } from '../../src/lib/frame/extent';
import type { CountryFeature, CountryProperties } from './countries';

export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/**
 * Simplified and quantised. `minWeight` is in square degrees of triangle area (planar
 * Visvalingam): 1e-3 keeps coastlines crisp at country zoom while halving the arcs.
 */
export function buildTopology(
	countries: CountryFeature[],
	{ minWeight = 1e-3, quantization = 1e5 } = {}
): CountriesTopology {
	const collection: FeatureCollection = { type: 'FeatureCollection', features: countries };
	const raw = topology({ countries: collection }, 1e6) as unknown as Topology<{
		countries: GeometryCollection;
	}>;
	const weighted = presimplify(raw);
	const simplified = simplify(weighted, minWeight);
	// No speck filter: it would drop whole microstates (Monaco, the Vatican) with their islands.
	const result = quantize(simplified, quantization) as unknown as CountriesTopology;
	// presimplify leaves a weight as a third coordinate; quantize drops it. Drop bbox noise too.
	delete result.bbox;
	return result;
}

export function topologyToFeatures(topo: CountriesTopology): CountryFeature[] {
	return (
		feature(topo, topo.objects.countries) as FeatureCollection<
			CountryFeature['geometry'],
			CountryProperties
		>
	).features as CountryFeature[];
}

export interface BasemapPath {
	iso2: string;
	d: string;
}

/** SVG path data in the base map's frame (see src/lib/frame/projection.ts), to the pixel. */
export function basemapPaths(countries: CountryFeature[]): BasemapPath[] {
	const path = geoPath(basemapProjection()).digits(0);
	return countries
		.map((f) => ({ iso2: f.properties.iso2, d: path(f) ?? '' }))
		.filter((p) => p.d !== '');
}

/**
 * Where to look for each country: the box of its largest polygon, so that France is framed
 * without its overseas islands and Spain without the Canaries. Planar, in degrees: the rings
 * are clipped to the base map's frame and never cross the antimeridian, and their winding after
 * clipping is not reliable enough for spherical bounds. [[west, south], [east, north]].
 */
export function focusBounds(countries: CountryFeature[]): Record<string, LonLatBounds> {
	const result: Record<string, LonLatBounds> = {};
	for (const f of countries) {
		const polygons =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const outer = polygons
			.map((polygon) => polygon[0] as [number, number][] | undefined)
			.filter((ring): ring is [number, number][] => !!ring && ring.length > 2)
			.sort((a, b) => Math.abs(polygonArea(b)) - Math.abs(polygonArea(a)))[0];
		if (!outer) continue;
		const lons = outer.map((p) => p[0]);
		const lats = outer.map((p) => p[1]);
		const round = (x: number) => Math.round(x * 100) / 100;
		result[f.properties.iso2] = [
			[round(Math.min(...lons)), round(Math.min(...lats))],
			[round(Math.max(...lons)), round(Math.max(...lats))]
		];
	}
	return result;
}
