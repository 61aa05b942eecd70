/**
 * What a click on a laid-out mark means, for both maps: a commitment opens; a cluster at one
 * place (or one that holds together to the map's deepest zoom) offers its members to choose
 * from; any other cluster zooms in to where it splits.
 */
import type { Commitment } from '$lib/data/types';
import { expansionZoom, type LabelPoints, type Mark } from '$lib/frame/marks';
import { COUNTRY_RING, SYMBOL_SIZE, clusterRadius } from '$lib/symbols/symbols';
import { parseImageId } from './expressions';

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

/** A mark near the pointer: its id, drawing order, and its drawn radius and distance (px). */
export interface MarkHit {
	id: string;
	/** Later is drawn on top (marks-source.ts: clusters 0, marks 1, the selected mark 2). */
	order: number;
	radius: number;
	distance: number;
}

/**
 * The mark the pointer means, as the SVG map's own hit-testing gives it: of the marks whose
 * drawn symbol is under the pointer, the topmost; if none is (a touch slightly off), the nearest.
 * Never a neighbour whose image's edge merely reaches the pointer over another mark.
 */
export function pickMark(hits: readonly MarkHit[]): string | null {
	const under = hits.filter((h) => h.distance <= h.radius);
	const ranked = under.length
		? [...under].sort((a, b) => b.order - a.order || a.distance - b.distance)
		: [...hits].sort((a, b) => a.distance - b.distance);
	return ranked[0]?.id ?? null;
}

/** The radius a mark's image draws its symbol at (not its paper or halo), in pixels. */
export function markRadius(image: string): number {
	const parsed = parseImageId(image);
	if (parsed?.kind === 'cluster') return clusterRadius(parsed.count);
	if (parsed?.kind === 'symbol' && parsed.countryWide) return COUNTRY_RING.radius;
	return SYMBOL_SIZE / 2;
}
