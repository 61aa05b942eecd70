/**
 * The laid-out marks (frame/marks.ts) as the MapLibre source's data: one point feature per
 * mark, at its place, with its image, its offset in screen pixels and its drawing order.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Mark } from '$lib/frame/marks';
import { imageId } from './expressions';
import { markId } from './mark-pick';

export interface MarkProperties {
	/** The commitment's id, or the cluster's key (promoted: feature state by id). */
	id: string;
	image: string;
	/** The offset in screen pixels, right and down. */
	dx: number;
	dy: number;
	/** Clusters 0, marks 1, the selected mark 2: later is drawn on top. */
	order: number;
	selected: boolean;
	/** A cluster's members, space-separated; empty for a single mark. */
	ids: string;
}

export function marksToFeatures(
	marks: readonly Mark[],
	selected: string | null
): FeatureCollection<Point, MarkProperties> {
	return {
		type: 'FeatureCollection',
		features: marks.map((mark): Feature<Point, MarkProperties> => {
			const single = mark.kind === 'single';
			const isSelected = single && mark.id === selected;
			return {
				type: 'Feature',
				geometry: { type: 'Point', coordinates: mark.at },
				properties: {
					id: markId(mark),
					image: imageId(
						single
							? {
									kind: 'symbol',
									type: mark.type,
									status: mark.status,
									countryWide: mark.countryWide,
									passed: mark.passed
								}
							: { kind: 'cluster', count: mark.ids.length }
					),
					dx: mark.offset[0],
					dy: mark.offset[1],
					order: isSelected ? 2 : single ? 1 : 0,
					selected: isSelected,
					ids: single ? '' : mark.ids.join(' ')
				}
			};
		})
	};
}
