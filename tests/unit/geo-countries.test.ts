import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	countriesWithin,
	largestLongitudeStep,
	mendGeometry,
	mendRing,
	rewindForSphere
} from '../../geo/lib/countries';
import { buildTopology, topologyToFeatures } from '../../geo/lib/topology';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { BASEMAP_CLIP } from '../../src/lib/frame/extent';

const countries = countriesWithin(BASEMAP_CLIP);
const [[WEST, SOUTH], [EAST, NORTH]] = BASEMAP_CLIP;
const isoSet = (features: { properties: { iso2: string } }[]) =>
	new Set(features.map((f) => f.properties.iso2));

function positionsOf(geometry: Polygon | MultiPolygon): Position[] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.flat(2);
}

describe('mendRing', () => {
	it.each<[string, Position[], Position[]]>([
		[
			'eastward across the antimeridian',
			[
				[170, 60],
				[179, 61],
				[-179, 62],
				[-170, 60],
				[170, 60]
			],
			[
				[170, 60],
				[179, 61],
				[181, 62],
				[190, 60],
				[170, 60]
			]
		],
		[
			'westward across the antimeridian',
			[
				[-170, 60],
				[-179, 61],
				[179, 62],
				[170, 60],
				[-170, 60]
			],
			[
				[-170, 60],
				[-179, 61],
				[-181, 62],
				[-190, 60],
				[-170, 60]
			]
		],
		[
			'a ring that does not cross it',
			[
				[10, 50],
				[20, 50],
				[20, 55],
				[10, 50]
			],
			[
				[10, 50],
				[20, 50],
				[20, 55],
				[10, 50]
			]
		],
		[
			'a step of exactly 180° is not a crossing',
			[
				[-90, 0],
				[90, 0],
				[-90, 0]
			],
			[
				[-90, 0],
				[90, 0],
				[-90, 0]
			]
		],
		['an empty ring', [], []]
	])('%s', (_name, ring, expected) => {
		expect(mendRing(ring)).toEqual(expected);
	});

	it('does not change its input', () => {
		const ring = [
			[179, 0],
			[-179, 1],
			[179, 0]
		];
		mendRing(ring);
		expect(ring).toEqual([
			[179, 0],
			[-179, 1],
			[179, 0]
		]);
	});
});

describe('mendGeometry and largestLongitudeStep', () => {
	const crossing: Position[] = [
		[170, 60],
		[179, 61],
		[-179, 62],
		[-170, 60],
		[170, 60]
	];

	it.each<[string, Polygon | MultiPolygon, number]>([
		[
			'a polygon',
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[10, 0],
						[10, 5],
						[0, 0]
					]
				]
			},
			10
		],
		[
			'a polygon with a hole',
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[4, 0],
						[4, 4],
						[0, 0]
					],
					[
						[1, 1],
						[-6, 1],
						[1, 2],
						[1, 1]
					]
				]
			},
			7
		],
		[
			'a multipolygon',
			{
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 0],
							[3, 0],
							[0, 1],
							[0, 0]
						]
					],
					[
						[
							[30, 0],
							[5, 0],
							[30, 1],
							[30, 0]
						]
					]
				]
			},
			25
		],
		['a ring across the antimeridian', { type: 'Polygon', coordinates: [crossing] }, 358],
		['a single point', { type: 'Polygon', coordinates: [[[5, 5]]] }, 0]
	])('%s', (_name, geometry, expected) => {
		expect(largestLongitudeStep(geometry)).toBe(expected);
	});

	it('mends every ring of a polygon and of a multipolygon', () => {
		const mended = [
			[170, 60],
			[179, 61],
			[181, 62],
			[190, 60],
			[170, 60]
		];
		const polygon = mendGeometry({ type: 'Polygon', coordinates: [crossing] });
		expect(polygon).toEqual({ type: 'Polygon', coordinates: [mended] });
		expect(largestLongitudeStep(polygon)).toBe(20);
		const multi = mendGeometry({ type: 'MultiPolygon', coordinates: [[crossing], [crossing]] });
		expect(multi).toEqual({ type: 'MultiPolygon', coordinates: [[mended], [mended]] });
		expect(largestLongitudeStep(multi)).toBe(20);
	});
});

describe('countriesWithin(BASEMAP_CLIP)', () => {
	it('includes every European country', () => {
		const codes = isoSet(countries);
		expect(EUROPEAN_COUNTRIES.filter((code) => !codes.has(code))).toEqual([]);
	});

	it('has one feature per ISO code, sorted, with the code as id', () => {
		const codes = countries.map((f) => f.properties.iso2);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes).toEqual([...codes].sort());
		for (const f of countries) {
			expect(f.id).toBe(f.properties.iso2);
			expect(f.properties.iso2).toMatch(/^[A-Z]{2}$/);
		}
	});

	it('has no ring that jumps across the antimeridian', () => {
		for (const f of countries) {
			expect(largestLongitudeStep(f.geometry), f.properties.iso2).toBeLessThanOrEqual(180);
		}
	});

	it('has no long step in longitude except along the clip’s north or south edge', () => {
		// Clipping draws straight edges along the frame (Greenland's along the north edge);
		// any other step longer than 20° would be a seam or a wrapped ring.
		const onEdge = (lat: number) => Math.abs(lat - NORTH) < 1e-9 || Math.abs(lat - SOUTH) < 1e-9;
		const longSteps: string[] = [];
		for (const f of countries) {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const ring of polygons.flat()) {
				for (let i = 1; i < ring.length; i++) {
					const [x0, y0] = ring[i - 1] as [number, number];
					const [x1, y1] = ring[i] as [number, number];
					if (Math.abs(x1 - x0) > 20 && !(y0 === y1 && onEdge(y0))) {
						longSteps.push(`${f.properties.iso2}: ${x0},${y0} → ${x1},${y1}`);
					}
				}
			}
		}
		expect(longSteps).toEqual([]);
	});

	it('keeps every coordinate inside the clip', () => {
		const outside: string[] = [];
		for (const f of countries) {
			for (const [lon, lat] of positionsOf(f.geometry) as [number, number][]) {
				if (lon < WEST - 1e-9 || lon > EAST + 1e-9 || lat < SOUTH - 1e-9 || lat > NORTH + 1e-9) {
					outside.push(`${f.properties.iso2}: ${lon},${lat}`);
				}
			}
		}
		expect(outside).toEqual([]);
	});

	it('makes Cyprus one feature, with Northern Cyprus merged in', () => {
		const cyprus = countries.filter((f) => f.properties.iso2 === 'CY');
		expect(cyprus).toHaveLength(1);
		expect(cyprus[0]!.geometry.type).toBe('MultiPolygon');
		expect((cyprus[0]!.geometry as MultiPolygon).coordinates.length).toBeGreaterThanOrEqual(2);
		// Both halves lie on the island (about 32°–35° E, 34.5°–35.7° N).
		for (const [lon, lat] of positionsOf(cyprus[0]!.geometry) as [number, number][]) {
			expect(lon).toBeGreaterThan(32);
			expect(lon).toBeLessThan(35);
			expect(lat).toBeGreaterThan(34.5);
			expect(lat).toBeLessThan(35.8);
		}
	});

	// The merged feature is named after Cyprus, not Natural Earth's "N. Cyprus", so validation
	// messages read "lat/lon lies … km outside Cyprus (CY)".
	it('names the merged Cyprus "Cyprus"', () => {
		expect(countries.find((f) => f.properties.iso2 === 'CY')!.properties.name).toBe('Cyprus');
	});

	it('contains what lies in a country and nothing else (no ring is wound inside out)', () => {
		const shape = (iso2: string) => countries.find((f) => f.properties.iso2 === iso2)!;
		// Every country is smaller than a hemisphere. (Italy was not: two of its islands, wound
		// inside out by the clip, put the whole world in Italy for the coordinates check.)
		for (const f of countries) expect(geoArea(f), f.properties.iso2).toBeLessThan(2 * Math.PI);
		expect(geoContains(shape('IT'), [12.4964, 41.9028])).toBe(true); // Rome
		expect(geoContains(shape('SM'), [12.4578, 43.9424])).toBe(true); // San Marino
		expect(geoContains(shape('IT'), [-20, 40])).toBe(false); // the Atlantic
		expect(geoContains(shape('IT'), [2.35, 48.86])).toBe(false); // Paris
	});

	it('rewindForSphere turns an inside-out ring and a hole wound like its outer ring', () => {
		// A 1° square, wound counter-clockwise (RFC 7946): to d3 that is everything but the square.
		const square: Position[] = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		const hole: Position[] = [
			[0.25, 0.25],
			[0.75, 0.25],
			[0.75, 0.75],
			[0.25, 0.75],
			[0.25, 0.25]
		];
		const fixed = rewindForSphere({ type: 'Polygon', coordinates: [square, hole] });
		expect(geoArea(fixed)).toBeCloseTo(
			geoArea({ type: 'Polygon', coordinates: [[...square].reverse()] }) * 0.75,
			8
		);
		expect(geoContains(fixed, [0.1, 0.1])).toBe(true);
		expect(geoContains(fixed, [0.5, 0.5])).toBe(false);
		expect(geoContains(fixed, [5, 5])).toBe(false);
	});

	it('tags Kosovo as XK', () => {
		const kosovo = countries.filter((f) => f.properties.iso2 === 'XK');
		expect(kosovo).toHaveLength(1);
		expect(kosovo[0]!.properties.name).toBe('Kosovo');
	});
});

describe('buildTopology and topologyToFeatures', () => {
	const topology = buildTopology(countries);
	const features = topologyToFeatures(topology);

	it('is under 200,000 bytes of JSON', () => {
		expect(JSON.stringify(topology).length).toBeLessThan(200_000);
	});

	it('keeps every country of its input, microstates included', () => {
		expect(isoSet(features)).toEqual(isoSet(countries));
		for (const code of EUROPEAN_COUNTRIES) expect(isoSet(features).has(code), code).toBe(true);
		for (const f of features) expect(f.geometry).not.toBeNull();
	});
});
