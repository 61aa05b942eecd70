/**
 * MapLibre expressions built from the View. Pure: tested in Node, applied with setFilter and
 * setPaintProperty on layers that are added once.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { TYPES, type CommitmentType, type Status } from '$lib/data/types';
import type { View } from '$lib/state/view';
import type { MapColors } from './palette';

export const TYPE_LAYER_IDS = TYPES.map((type) => `commitments-${type}`);
export const typeLayerId = (type: CommitmentType) => `commitments-${type}`;

/** The features of one type's layer that the view shows. */
export function typeLayerFilter(
	type: CommitmentType,
	statuses: readonly Status[]
): FilterSpecification {
	return [
		'all',
		['==', ['get', 'type'], type],
		['in', ['get', 'status'], ['literal', [...statuses]]]
	];
}

/** The features the view shows, of any type: for the hover and selection halo. */
export function visibleFilter(view: Pick<View, 'types' | 'statuses'>): FilterSpecification {
	return [
		'all',
		['in', ['get', 'type'], ['literal', [...view.types]]],
		['in', ['get', 'status'], ['literal', [...view.statuses]]]
	];
}

/** A type's layer is hidden outright when the type is unticked. */
export function typeLayerVisibility(
	type: CommitmentType,
	types: readonly CommitmentType[]
): 'visible' | 'none' {
	return types.includes(type) ? 'visible' : 'none';
}

/** The image for a feature: one per type and status, drawn at run time (see icons.ts). */
export const iconImage: ExpressionSpecification = [
	'concat',
	['get', 'type'],
	'-',
	['get', 'status']
];
export const iconId = (type: CommitmentType, status: Status) => `${type}-${status}`;

const state = (name: string): ExpressionSpecification => [
	'boolean',
	['feature-state', name],
	false
];

/** Highlighted countries (the place of a country-wide commitment) stand out; others recede. */
export function countryFillColor(colors: MapColors): ExpressionSpecification {
	return [
		'case',
		state('highlight'),
		colors.highlight,
		['==', ['get', 'european'], true],
		colors.land,
		colors.otherLand
	];
}

export function haloOpacity(): ExpressionSpecification {
	return ['case', state('selected'), 1, state('hover'), 0.85, 0];
}
