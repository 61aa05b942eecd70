import type { Feature, FeatureCollection, Point } from 'geojson';
import { isMapped } from './filter';
import type { Commitment, CommitmentType, Status } from './types';

/** What the map's source keeps of a commitment: enough to draw, filter and identify it. */
export interface PointProperties {
	id: string;
	type: CommitmentType;
	status: Status;
	name: string;
}

/** The point commitments as the MapLibre source's data (ids promoted for feature state). */
export function toMapFeatures(
	commitments: readonly Commitment[]
): FeatureCollection<Point, PointProperties> {
	return {
		type: 'FeatureCollection',
		features: commitments.filter(isMapped).map((c): Feature<Point, PointProperties> => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: c.coordinates },
			properties: { id: c.id, type: c.type, status: c.status, name: c.name }
		}))
	};
}
