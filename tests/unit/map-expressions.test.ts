import { describe, expect, it } from 'vitest';
import { layoutMarks } from '../../src/lib/frame/marks';
import {
	countryFillColor,
	haloOpacity,
	imageId,
	parseImageId,
	selectedCountryFilter,
	type MarkImage
} from '../../src/lib/map/expressions';
import { marksToFeatures } from '../../src/lib/map/marks-source';
import { STATUSES, TYPES } from '../../src/lib/data/types';
import { mapStyle, paintFor } from '../../src/lib/map/style';
import { MAP_COLORS } from '../../src/lib/symbols/palette';
import type { MapColors } from '../../src/lib/symbols/palette';
import { commitment } from './helpers/commitment';

describe('layer expressions', () => {
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
			['==', ['get', 'selected'], true],
			1,
			['boolean', ['feature-state', 'hover'], false],
			0.85,
			0
		]);
	});
});

describe('marksToFeatures', () => {
	it('gives each mark its image, offset and drawing order', () => {
		const marks = layoutMarks(
			[
				commitment({ id: 'a', precision: 'city', coordinates: [4, 50] }),
				commitment({ id: 'b', precision: 'city', coordinates: [4, 50], type: 'startup' }),
				commitment({ id: 'c', precision: 'city', coordinates: [4, 50], status: 'announced' }),
				commitment({ id: 'de', type: 'training', country: 'DE' }),
				commitment({ id: 'eu', precision: 'europe', country: null })
			],
			{ DE: [10, 51] },
			5,
			'c'
		);
		expect(marksToFeatures(marks, 'c').features.map((f) => f.properties)).toEqual([
			{
				id: 'cluster:a:2',
				image: 'cluster-2',
				dx: 0,
				dy: 0,
				order: 0,
				selected: false,
				ids: 'a b'
			},
			{
				id: 'de',
				image: 'training-operational-wide',
				dx: 0,
				dy: -14,
				order: 1,
				selected: false,
				ids: ''
			},
			{ id: 'c', image: 'datacenter-announced', dx: 0, dy: 0, order: 2, selected: true, ids: '' }
		]);
	});
});

describe('parseImageId', () => {
	it('reads back every id imageId makes', () => {
		const images: MarkImage[] = [
			...TYPES.flatMap((type) =>
				STATUSES.flatMap((status) =>
					[false, true].map((countryWide) => ({
						kind: 'symbol' as const,
						type,
						status,
						countryWide
					}))
				)
			),
			{ kind: 'cluster', count: 2 },
			{ kind: 'cluster', count: 137 },
			{ kind: 'halo', selected: false },
			{ kind: 'halo', selected: true }
		];
		for (const image of images) expect(parseImageId(imageId(image))).toEqual(image);
		expect(
			imageId({ kind: 'symbol', type: 'security', status: 'restricted', countryWide: true })
		).toBe('security-restricted-wide');
	});

	it.each([
		'',
		'datacenter',
		'rocket-operational',
		'datacenter-open',
		'datacenter-operational-x',
		'cluster-0',
		'cluster-x',
		'cluster-2-3'
	])('is null for %j', (id) => {
		expect(parseImageId(id)).toBeNull();
	});
});

describe('paintFor', () => {
	it('is the paint the style is created with', () => {
		const colours = MAP_COLORS.dark;
		const style = mapStyle({
			countries: { type: 'FeatureCollection', features: [] },
			marks: { type: 'FeatureCollection', features: [] },
			selectedCountry: null,
			colours
		});
		for (const [id, paint] of Object.entries(paintFor(colours))) {
			const layer = style.layers.find((l) => l.id === id);
			expect(layer && 'paint' in layer ? layer.paint : undefined).toMatchObject(paint);
		}
	});
});
