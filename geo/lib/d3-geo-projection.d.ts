// d3-geo-projection ships no types; this is the one function the pipeline uses.
declare module 'd3-geo-projection' {
	import type { GeoStreamWrapper } from 'd3';
	export function geoProject<T extends GeoJSON.GeoJSON>(object: T, projection: GeoStreamWrapper): T;
}
