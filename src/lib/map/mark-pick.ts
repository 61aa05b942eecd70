/**
 * What a click on a laid-out mark means, for both maps: a commitment opens; a cluster at one
 * place (or one that holds together to the map's deepest zoom) offers its members to choose
 * from; any other cluster zooms in to where it splits.
 */
import type { Commitment } from '$lib/data/types';
import { expansionZoom, type LabelPoints, type Mark } from '$lib/frame/marks';

export type MarkAction =
	| { open: string[] }
	| { zoomTo: number; around: { at: [number, number]; offset: [number, number] } };

export interface PickContext {
	/** The commitments laid out (those that pass the filters). */
	shown: readonly Commitment[];
	labels: LabelPoints;
	zoom: number;
	selected: string | null;
	maxZoom: number;
}

export function markAction(mark: Mark, context: PickContext): MarkAction {
	if (mark.kind === 'single') return { open: [mark.id] };
	const { shown, labels, zoom, selected, maxZoom } = context;
	const to = expansionZoom(shown, labels, mark, zoom, selected, maxZoom);
	return to === null ? { open: mark.ids } : { zoomTo: to, around: mark };
}

/** A mark's id in the maps' DOM and MapLibre's source: its commitment's, or its cluster's key. */
export const markId = (mark: Mark): string => (mark.kind === 'single' ? mark.id : mark.key);
