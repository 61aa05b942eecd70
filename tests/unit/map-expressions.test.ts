import { describe, expect, it } from 'vitest';
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
import { STATUSES, TYPES } from '../../src/lib/data/types';
import { mapStyle, paintFor } from '../../src/lib/map/style';
import { MAP_COLORS } from '../../src/lib/symbols/palette';
import type { MapColors } from '../../src/lib/symbols/palette';
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
			text: 'TEXT',
			labelCountry: 'LABEL',
			labelCity: 'CITY'
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
