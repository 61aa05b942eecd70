/**
 * The filter has one meaning. The list and the SVG map use `matchesFilters`; MapLibre draws a
 * commitment when its type's layer is visible and that layer's filter passes (and its halo when
 * `visibleFilter` passes). Here MapLibre's own evaluator (`featureFilter`, from the style spec
 * maplibre-gl is built on) runs the generated expressions on every commitment of the real
 * dataset (src/lib/generated, from `npm run geo`), for every combination of filters.
 */
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import commitments from '../../src/lib/generated/commitments.json' with { type: 'json' };
import { matchesFilters, type Filters } from '../../src/lib/data/filter';
import { toMapFeatures } from '../../src/lib/data/geojson';
import { STATUSES, TYPES, type Commitment } from '../../src/lib/data/types';
import {
	typeLayerFilter,
	typeLayerId,
	typeLayerVisibility,
	visibleFilter
} from '../../src/lib/map/expressions';
import { mapStyle } from '../../src/lib/map/style';
import { MAP_COLORS } from '../../src/lib/symbols/palette';

const dataset = commitments as Commitment[];

/** Every subset of a list, in order (16 for the types, 8 for the statuses). */
function subsets<T>(list: readonly T[]): T[][] {
	return Array.from({ length: 2 ** list.length }, (_, mask) =>
		list.filter((_, i) => mask & (1 << i))
	);
}
const FILTERS: Filters[] = subsets(TYPES).flatMap((types) =>
	subsets(STATUSES).map((statuses) => ({ types, statuses }))
);

/** The feature MapLibre's source holds for a commitment (any commitment: filters read only properties). */
const featureOf = (c: Commitment) => ({
	type: 1 as const,
	properties: { id: c.id, type: c.type, status: c.status, name: c.name }
});
const passes = (filter: Parameters<typeof featureFilter>[0], c: Commitment) =>
	featureFilter(filter, 'layers[0].filter').filter({ zoom: 5 }, featureOf(c));

/** Whether MapLibre draws a commitment's symbol under these filters. */
const drawnByMapLibre = (c: Commitment, filters: Filters) =>
	TYPES.some(
		(type) =>
			typeLayerVisibility(type, filters.types) === 'visible' &&
			passes(typeLayerFilter(type, filters.statuses), c)
	);

describe('MapLibre and matchesFilters agree', () => {
	it('runs on the real dataset, with every type and status in it', () => {
		expect(dataset.length).toBeGreaterThan(0);
		expect(FILTERS).toHaveLength(2 ** (TYPES.length + STATUSES.length));
	});

	it.each(FILTERS.map((filters) => [JSON.stringify(filters), filters] as const))(
		'for %s',
		(_, filters) => {
			for (const c of dataset) {
				const expected = matchesFilters(c, filters);
				expect({ id: c.id, symbol: drawnByMapLibre(c, filters) }).toEqual({
					id: c.id,
					symbol: expected
				});
				expect({ id: c.id, halo: passes(visibleFilter(filters), c) }).toEqual({
					id: c.id,
					halo: expected
				});
			}
		}
	);

	it('the style as created holds the same filters', () => {
		const filters: Filters = { types: ['datacenter', 'training'], statuses: ['operational'] };
		const style = mapStyle({
			countries: { type: 'FeatureCollection', features: [] },
			commitments: toMapFeatures(dataset),
			filters,
			selectedCountry: null,
			colours: MAP_COLORS.light
		});
		const layer = (id: string) => style.layers.find((l) => l.id === id);
		expect(layer('commitment-halo')).toMatchObject({ filter: visibleFilter(filters) });
		for (const type of TYPES) {
			expect(layer(typeLayerId(type))).toMatchObject({
				filter: typeLayerFilter(type, filters.statuses),
				layout: { visibility: typeLayerVisibility(type, filters.types) }
			});
		}
	});
});
