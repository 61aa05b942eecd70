import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3';
import { toMapFeatures } from '../../src/lib/data/geojson';
import {
	TYPE_LAYER_IDS,
	countryFillColor,
	selectedCountryFilter,
	haloOpacity,
	iconId,
	iconImage,
	parseIconId,
	typeLayerFilter,
	typeLayerId,
	typeLayerVisibility,
	visibleFilter
} from '../../src/lib/map/expressions';
import { EUROPE_VIEW } from '../../src/lib/frame/extent';
import { STATUSES, TYPES } from '../../src/lib/data/types';
import { mapStyle, paintFor } from '../../src/lib/map/style';
import { MAP_COLORS } from '../../src/lib/symbols/palette';
import type { MapColors, Shape } from '../../src/lib/symbols/palette';
import {
	BASEMAP_SIZE,
	basemapProjection,
	toBasemap,
	viewBoxOf
} from '../../src/lib/frame/projection';
import { symbolPath } from '../../src/lib/symbols/symbols';
import { commitment } from './helpers/commitment';

describe('layer expressions', () => {
	it('ids one layer per type, in legend order', () => {
		expect(TYPE_LAYER_IDS).toEqual([
			'commitments-datacenter',
			'commitments-security',
			'commitments-training',
			'commitments-startup'
		]);
		expect(typeLayerId('training')).toBe('commitments-training');
	});

	it.each<[Parameters<typeof typeLayerFilter>[0], Parameters<typeof typeLayerFilter>[1]]>([
		['training', ['operational', 'announced']],
		['datacenter', ['operational', 'restricted', 'announced']],
		['startup', []]
	])('typeLayerFilter(%s, %j)', (type, statuses) => {
		expect(typeLayerFilter(type, statuses)).toEqual([
			'all',
			['==', ['get', 'type'], type],
			['in', ['get', 'status'], ['literal', statuses]]
		]);
	});

	it('typeLayerFilter for security, restricted', () => {
		expect(typeLayerFilter('security', ['restricted'])).toEqual([
			'all',
			['==', ['get', 'type'], 'security'],
			['in', ['get', 'status'], ['literal', ['restricted']]]
		]);
	});

	it('copies the status list into the expression', () => {
		const statuses: ('operational' | 'announced')[] = ['operational'];
		const filter = typeLayerFilter('training', statuses);
		statuses.push('announced');
		expect(filter).toEqual([
			'all',
			['==', ['get', 'type'], 'training'],
			['in', ['get', 'status'], ['literal', ['operational']]]
		]);
	});

	it('visibleFilter matches the ticked types and statuses', () => {
		expect(visibleFilter({ types: ['datacenter', 'startup'], statuses: ['announced'] })).toEqual([
			'all',
			['in', ['get', 'type'], ['literal', ['datacenter', 'startup']]],
			['in', ['get', 'status'], ['literal', ['announced']]]
		]);
		expect(visibleFilter({ types: [], statuses: [] })).toEqual([
			'all',
			['in', ['get', 'type'], ['literal', []]],
			['in', ['get', 'status'], ['literal', []]]
		]);
	});

	it.each<
		[Parameters<typeof typeLayerVisibility>[0], Parameters<typeof typeLayerVisibility>[1], string]
	>([
		['datacenter', ['datacenter', 'training'], 'visible'],
		['training', ['datacenter', 'training'], 'visible'],
		['security', ['datacenter', 'training'], 'none'],
		['startup', [], 'none']
	])('typeLayerVisibility(%s, %j) → %s', (type, types, expected) => {
		expect(typeLayerVisibility(type, types)).toBe(expected);
	});

	it('names an icon by type and status', () => {
		expect(iconImage).toEqual(['concat', ['get', 'type'], '-', ['get', 'status']]);
		expect(iconId('security', 'restricted')).toBe('security-restricted');
	});

	it('colours highlighted countries, then the choropleth, then European land, then other land', () => {
		const colors: MapColors = {
			sea: 'SEA',
			land: 'LAND',
			otherLand: 'OTHER',
			border: 'BORDER',
			highlight: 'HIGHLIGHT',
			paper: 'PAPER',
			text: 'TEXT'
		};
		expect(countryFillColor(colors)).toEqual([
			'case',
			['boolean', ['feature-state', 'highlight'], false],
			'HIGHLIGHT',
			['==', ['typeof', ['feature-state', 'fill']], 'string'],
			['to-color', ['feature-state', 'fill']],
			['==', ['get', 'european'], true],
			'LAND',
			'OTHER'
		]);
	});

	it('outlines only the chosen country', () => {
		expect(selectedCountryFilter('DE')).toEqual(['==', ['get', 'iso2'], 'DE']);
		expect(selectedCountryFilter(null)).toEqual(['==', ['get', 'iso2'], '']);
	});

	it('shows the halo for the selected, then the hovered feature', () => {
		expect(haloOpacity()).toEqual([
			'case',
			['boolean', ['feature-state', 'selected'], false],
			1,
			['boolean', ['feature-state', 'hover'], false],
			0.85,
			0
		]);
	});
});

describe('toMapFeatures', () => {
	it('keeps only the mapped commitments, with what the map needs', () => {
		const collection = toMapFeatures([
			commitment({
				id: 'azure-francecentral',
				name: 'France Central',
				city: 'Paris',
				coordinates: [2.3522, 48.8566],
				precision: 'city'
			}),
			commitment({ id: 'skills-de', type: 'training', status: 'announced', country: 'DE' }),
			commitment({ id: 'hub', type: 'startup', country: null, precision: 'europe' }),
			commitment({
				id: 'soc-ie',
				type: 'security',
				status: 'restricted',
				name: 'Security centre',
				country: 'IE',
				coordinates: [-6.26, 53.35],
				precision: 'site',
				notes: 'not copied'
			})
		]);
		expect(collection).toEqual({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [2.3522, 48.8566] },
					properties: {
						id: 'azure-francecentral',
						type: 'datacenter',
						status: 'operational',
						name: 'France Central'
					}
				},
				{
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [-6.26, 53.35] },
					properties: {
						id: 'soc-ie',
						type: 'security',
						status: 'restricted',
						name: 'Security centre'
					}
				}
			]
		});
	});

	it('gives an empty collection for no mapped commitment', () => {
		expect(toMapFeatures([commitment({ id: 'a' })])).toEqual({
			type: 'FeatureCollection',
			features: []
		});
	});
});

describe('symbolPath', () => {
	it.each<[Shape, number, string]>([
		['square', 20, 'M-8.6,-8.6H8.6V8.6H-8.6Z'],
		['square', 40, 'M-17.2,-17.2H17.2V17.2H-17.2Z'],
		['diamond', 20, 'M0,-10L10,0L0,10L-10,0Z'],
		['diamond', 40, 'M0,-20L20,0L0,20L-20,0Z'],
		['circle', 20, 'M-9.2,0A9.2,9.2 0 1,0 9.2,0A9.2,9.2 0 1,0 -9.2,0Z'],
		['circle', 40, 'M-18.4,0A18.4,18.4 0 1,0 18.4,0A18.4,18.4 0 1,0 -18.4,0Z'],
		['triangle', 20, 'M0,-10.5L9.98,7.56L-9.98,7.56Z'],
		['triangle', 40, 'M0,-21L19.95,15.12L-19.95,15.12Z']
	])('%s at %i px', (shape, size, expected) => {
		expect(symbolPath(shape, size)).toBe(expected);
	});

	const extent = (d: string) =>
		Math.max(...(d.match(/-?\d+(?:\.\d+)?/g) ?? []).map((n) => Math.abs(Number(n))));

	it.each<Shape>(['square', 'diamond', 'circle', 'triangle'])(
		'%s is a closed path that scales with its size',
		(shape) => {
			for (const size of [8, 14, 24, 100]) {
				const d = symbolPath(shape, size);
				expect(d).toMatch(/^M/);
				expect(d.endsWith('Z')).toBe(true);
				expect(d).not.toMatch(/NaN|Infinity/);
				// Centred on (0, 0), `size` across: no coordinate beyond about half the size.
				expect(extent(d)).toBeLessThanOrEqual(size * 0.55);
				expect(extent(d)).toBeGreaterThanOrEqual(size * 0.4);
			}
			expect(extent(symbolPath(shape, 100))).toBeCloseTo(10 * extent(symbolPath(shape, 10)), 1);
		}
	);
});

describe('basemapProjection and viewBoxOf', () => {
	const projection = basemapProjection();
	const [[w, s], [e, n]] = EUROPE_VIEW;

	it('maps the corners of the first view into the base map', () => {
		for (const corner of [
			[w, s],
			[e, s],
			[e, n],
			[w, n]
		] as [number, number][]) {
			const [x, y] = projection(corner)!;
			expect(x).toBeGreaterThanOrEqual(-1e-6);
			expect(x).toBeLessThanOrEqual(BASEMAP_SIZE.width + 1e-6);
			expect(y).toBeGreaterThanOrEqual(-1e-6);
			expect(y).toBeLessThanOrEqual(BASEMAP_SIZE.height + 1e-6);
		}
	});

	it('puts north at the top and west at the left', () => {
		const [xw, yn] = projection([w, n])!;
		const [xe, ys] = projection([e, s])!;
		expect(xw).toBeLessThan(xe);
		expect(yn).toBeLessThan(ys);
	});

	it('fits the first view to the larger dimension of the box, centred', () => {
		const [x, y, width, height] = viewBoxOf(EUROPE_VIEW);
		expect(x).toBeGreaterThanOrEqual(-1e-6);
		expect(y).toBeGreaterThanOrEqual(-1e-6);
		expect(x + width).toBeLessThanOrEqual(1000 + 1e-6);
		expect(y + height).toBeLessThanOrEqual(1000 + 1e-6);
		expect(Math.abs(Math.max(width, height) - 1000)).toBeLessThan(1e-6);

		// Web Mercator by hand: x ∝ λ, y ∝ ln(tan(π/4 + φ/2)). The view is taller than wide.
		const rad = Math.PI / 180;
		const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
		const aspect = ((e - w) * rad) / (mercatorY(n) - mercatorY(s)); // ≈ 0.895
		expect(aspect).toBeLessThan(1);
		expect(height).toBeCloseTo(1000, 6);
		expect(width).toBeCloseTo(1000 * aspect, 3);
		expect(x).toBeCloseTo((1000 - width) / 2, 3);
		expect(y).toBeCloseTo(0, 6);
	});

	it('toBasemap and basemapProjection are d3’s Mercator fitted to the first view', () => {
		const corners: GeoJSON.MultiPoint = {
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, s],
				[e, n],
				[w, n]
			]
		};
		const reference = geoMercator().fitSize([1000, 1000], corners);
		// Lisbon, Reykjavík, Nicosia, Helsinki, Valletta, and a point off the first view.
		for (const point of [
			[-9.14, 38.72],
			[-21.94, 64.15],
			[33.38, 35.17],
			[24.94, 60.17],
			[14.51, 35.9],
			[60, 75]
		] as [number, number][]) {
			const [rx, ry] = reference(point)!;
			for (const [x, y] of [toBasemap(point), projection(point)!]) {
				expect(x).toBeCloseTo(rx, 6);
				expect(y).toBeCloseTo(ry, 6);
			}
		}
	});
});

describe('parseIconId', () => {
	it('reads back every id iconId makes', () => {
		for (const type of TYPES) {
			for (const status of STATUSES) {
				expect(parseIconId(iconId(type, status))).toEqual({ type, status });
			}
		}
	});

	it.each(['', 'datacenter', 'rocket-operational', 'datacenter-open', 'datacenter-operational-x'])(
		'is null for %j',
		(id) => {
			expect(parseIconId(id)).toBeNull();
		}
	);
});

describe('paintFor', () => {
	it('is the paint the style is created with', () => {
		const colours = MAP_COLORS.dark;
		const style = mapStyle({
			countries: { type: 'FeatureCollection', features: [] },
			commitments: { type: 'FeatureCollection', features: [] },
			filters: { types: [...TYPES], statuses: [...STATUSES] },
			selectedCountry: null,
			colours
		});
		for (const [id, paint] of Object.entries(paintFor(colours))) {
			const layer = style.layers.find((l) => l.id === id);
			expect(layer && 'paint' in layer ? layer.paint : undefined).toMatchObject(paint);
		}
	});
});
