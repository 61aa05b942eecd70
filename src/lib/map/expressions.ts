/**
 * MapLibre expressions built from the filters. Pure: tested in Node (also against
 * `matchesFilters`, with MapLibre's own evaluator), applied with setFilter and setPaintProperty
 * on layers that are added once.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Filters } from '$lib/data/filter';
import {
	TYPES,
	isCommitmentType,
	isStatus,
	type CommitmentType,
	type Status
} from '$lib/data/types';
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
export function visibleFilter(filters: Filters): FilterSpecification {
	return [
		'all',
		['in', ['get', 'type'], ['literal', [...filters.types]]],
		['in', ['get', 'status'], ['literal', [...filters.statuses]]]
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
/** The type and status an image id names (MapLibre asks for images by id), or null. */
export function parseIconId(id: string): { type: CommitmentType; status: Status } | null {
	const [type = '', status = '', ...rest] = id.split('-');
	return rest.length === 0 && isCommitmentType(type) && isStatus(status) ? { type, status } : null;
}

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
