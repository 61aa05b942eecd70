/**
 * MapLibre's expressions and image ids for the laid-out marks. The filters are applied in
 * JavaScript before the layout (`matchesFilters`, one meaning for the list and both maps); the
 * marks' source gets the result with setData. Pure: tested in Node.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { isCommitmentType, isStatus, type CommitmentType, type Status } from '$lib/data/types';
import type { MapColors } from '$lib/symbols/palette';

/** The layer of the laid-out marks (frame/marks.ts), and the halos under them. */
export const MARK_LAYER = 'commitment-marks';
export const HALO_LAYER = 'commitment-halo';
export const MARK_LAYER_IDS = [MARK_LAYER];

/** The image of a mark: its symbol (ringed when country-wide), or a cluster's count badge. */
export type MarkImage =
	| { kind: 'symbol'; type: CommitmentType; status: Status; countryWide: boolean; passed?: boolean }
	| { kind: 'cluster'; count: number }
	| { kind: 'halo'; selected: boolean };

export function imageId(image: MarkImage): string {
	switch (image.kind) {
		case 'symbol':
			return `${image.type}-${image.status}${image.countryWide ? '-wide' : ''}${image.passed ? '-passed' : ''}`;
		case 'cluster':
			return `cluster-${image.count}`;
		case 'halo':
			return image.selected ? 'halo-selected' : 'halo';
	}
}

/** The image an id names (MapLibre asks for images by id), or null if none of ours. */
export function parseImageId(id: string): MarkImage | null {
	if (id === 'halo' || id === 'halo-selected') return { kind: 'halo', selected: id !== 'halo' };
	const [head = '', second = '', ...rest] = id.split('-');
	if (head === 'cluster' && /^[1-9][0-9]*$/.test(second) && rest.length === 0)
		return { kind: 'cluster', count: Number(second) };
	const passed = rest.at(-1) === 'passed';
	const tail = passed ? rest.slice(0, -1) : rest;
	const countryWide = tail.length === 1 && tail[0] === 'wide';
	if ((tail.length === 0 || countryWide) && isCommitmentType(head) && isStatus(second))
		return { kind: 'symbol', type: head, status: second, countryWide, ...(passed && { passed }) };
	return null;
}

/** A mark's image is a property of its feature (see marks-source.ts). */
export const markImage: ExpressionSpecification = ['get', 'image'];

const FAR = 10_000;
/** [dx, dy] read from `dy` at one end of the x range: interpolating between two gives [dx, dy]. */
const alongY = (x: number): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['get', 'dy'],
	-FAR,
	['literal', [x, -FAR]],
	FAR,
	['literal', [x, FAR]]
];
/**
 * A mark's offset in screen pixels, [dx, dy], from its feature's `dx` and `dy`. MapLibre's
 * GeoJSON source turns array properties into strings, and expressions cannot build an array
 * from numbers; but they interpolate arrays, and linearly interpolating the corners of a square
 * gives each point inside exactly.
 */
export const markOffset: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['get', 'dx'],
	-FAR,
	alongY(-FAR),
	FAR,
	alongY(FAR)
];
/** Clusters under single marks, the selected mark over all. */
export const markSortKey: ExpressionSpecification = ['get', 'order'];
/** The selected mark's halo is ringed. */
export const haloImage: ExpressionSpecification = [
	'case',
	['==', ['get', 'selected'], true],
	'halo-selected',
	'halo'
];

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

/** The selected mark's halo shows; the hovered one's, lighter (hover is feature state). */
export function haloOpacity(): ExpressionSpecification {
	return ['case', ['==', ['get', 'selected'], true], 1, state('hover'), 0.85, 0];
}
