/**
 * The filter has one meaning, and both maps draw every commitment it passes. The list and both
 * maps filter with `matchesFilters`; both maps lay out the result with `layoutMarks`. Here, on
 * the real dataset (src/lib/generated, from `npm run geo`), for every combination of filters and
 * at the zooms a reader sees: what MapLibre's source holds (each single mark, each cluster's
 * members) is exactly the filtered commitments that have a place on the map (all but
 * Europe-wide ones), each once; and MapLibre's own evaluator reads a known image and the offset
 * from every feature.
 */
import {
	createPropertyExpression,
	latest,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import basemap from '../../src/lib/generated/basemap.json' with { type: 'json' };
import commitments from '../../src/lib/generated/commitments.json' with { type: 'json' };
import { filterCommitments, type Filters } from '../../src/lib/data/filter';
import { STATUSES, TYPES, type Commitment } from '../../src/lib/data/types';
import { layoutMarks, type LabelPoints } from '../../src/lib/frame/marks';
import { markImage, markOffset, parseImageId } from '../../src/lib/map/expressions';
import { marksToFeatures } from '../../src/lib/map/marks-source';

const dataset = commitments as Commitment[];
const labels = basemap.labels as unknown as LabelPoints;

/** Every subset of a list, in order (16 for the types, 8 for the statuses). */
function subsets<T>(list: readonly T[]): T[][] {
	return Array.from({ length: 2 ** list.length }, (_, mask) =>
		list.filter((_, i) => mask & (1 << i))
	);
}
const FILTERS: Filters[] = subsets(TYPES).flatMap((types) =>
	subsets(STATUSES).map((statuses) => ({ types, statuses }))
);

/** The commitments a MapLibre source of these marks draws, each as often as it is drawn. */
function drawnIds(features: ReturnType<typeof marksToFeatures>['features']): string[] {
	return features.flatMap((f) =>
		f.properties.ids ? f.properties.ids.split(' ') : [f.properties.id]
	);
}

const evaluator = (expression: unknown, property: 'icon-image' | 'icon-offset') => {
	const compiled = createPropertyExpression(
		expression,
		`layers[0].layout.${property}`,
		latest.layout_symbol[property] as unknown as StylePropertySpecification
	);
	if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
	return compiled.value;
};

describe('both maps draw what matchesFilters passes', () => {
	it('runs on the real dataset, with every type and status in it', () => {
		expect(dataset.length).toBeGreaterThan(0);
		expect(FILTERS).toHaveLength(2 ** (TYPES.length + STATUSES.length));
	});

	it.each(FILTERS.map((filters) => [JSON.stringify(filters), filters] as const))(
		'for %s',
		(_, filters) => {
			const shown = filterCommitments(dataset, filters);
			const expected = shown.filter((c) => c.precision !== 'europe').map((c) => c.id);
			for (const zoom of [2.5, 3.4, 5, 8]) {
				const selected = expected[0] ?? null;
				const features = marksToFeatures(
					layoutMarks(shown, labels, zoom, selected),
					selected
				).features;
				expect(drawnIds(features).sort()).toEqual([...expected].sort());
			}
		}
	);

	it('gives MapLibre a known image and the offset of every feature', () => {
		const image = evaluator(markImage, 'icon-image');
		const offset = evaluator(markOffset, 'icon-offset');
		const marks = layoutMarks(dataset, labels, 3, null);
		for (const f of marksToFeatures(marks, null).features) {
			const feature = { type: 1 as const, properties: f.properties } as never;
			expect(parseImageId(String(image.evaluate({ zoom: 3 }, feature)))).not.toBeNull();
			const [dx, dy] = offset.evaluate({ zoom: 3 }, feature) as [number, number];
			expect(dx).toBeCloseTo(f.properties.dx, 6);
			expect(dy).toBeCloseTo(f.properties.dy, 6);
		}
	});
});
