/**
 * MapLibre expressions built from the View. Pure: tested in Node, applied with setFilter and
 * setPaintProperty on layers that are added once.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { TYPES, type CommitmentType, type Status } from '$lib/data/types';
import type { View } from '$lib/state/view';
import type { MapColors } from '$lib/symbols/palette';

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

/**
 * A highlighted country (the place of a country-wide commitment) stands out; then the
 * choropleth's colour, set per country as feature state; then land, with other land receding.
 */
export function countryFillColor(colors: MapColors): ExpressionSpecification {
	return [
		'case',
		state('highlight'),
		colors.highlight,
		['==', ['typeof', ['feature-state', 'fill']], 'string'],
		['to-color', ['feature-state', 'fill']],
		['==', ['get', 'european'], true],
		colors.land,
		colors.otherLand
	];
}

/** The outline of the chosen country. */
export function selectedCountryFilter(iso2: string | null): FilterSpecification {
	return ['==', ['get', 'iso2'], iso2 ?? ''];
}

export function haloOpacity(): ExpressionSpecification {
	return ['case', state('selected'), 1, state('hover'), 0.85, 0];
}
