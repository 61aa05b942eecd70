/**
 * Colours and symbols of the map, shared by the SVG map, MapLibre and the legend.
 * Type colours are Okabe–Ito (distinguishable with the common colour-vision deficiencies), and
 * each type also has its own shape, so colour is never the only cue.
 */
import type { CommitmentType, Status } from '$lib/data/types';

/** A resolved colour scheme (the reader's `theme` may also be `auto`). */
export type Scheme = 'light' | 'dark';

export type Shape = 'square' | 'diamond' | 'circle' | 'triangle';

export const TYPE_STYLE: Record<
	CommitmentType,
	{ color: string; darkColor: string; shape: Shape }
> = {
	datacenter: { color: '#0072B2', darkColor: '#56B4E9', shape: 'square' },
	security: { color: '#C24E00', darkColor: '#F08A3E', shape: 'diamond' },
	training: { color: '#007A5A', darkColor: '#2EC49A', shape: 'circle' },
	startup: { color: '#A8478A', darkColor: '#E08FC8', shape: 'triangle' }
};

/** operational: solid; restricted: tinted with a solid outline; announced: hollow. */
export const STATUS_FILL: Record<Status, 'solid' | 'tint' | 'hollow'> = {
	operational: 'solid',
	restricted: 'tint',
	announced: 'hollow'
};

export interface MapColors {
	sea: string;
	land: string;
	/** Countries outside the set the map is about (Russia, North Africa…). */
	otherLand: string;
	border: string;
	highlight: string;
	/**
	 * The paper under every symbol (its halo), so it reads over any land or sea: one colour for
	 * the page's CSS (--paper), the SVG symbols and MapLibre's canvas icons.
	 */
	paper: string;
	text: string;
	/** Place names on the map: countries' (muted) and cities' (a step darker). */
	labelCountry: string;
	labelCity: string;
}

export const MAP_COLORS: Record<Scheme, MapColors> = {
	light: {
		sea: '#d5e4f0',
		land: '#f8f6f1',
		otherLand: '#e9e6df',
		border: '#a9a398',
		highlight: '#ffd34d',
		paper: '#ffffff',
		text: '#1d232b',
		labelCountry: '#736b5e',
		labelCity: '#3f454d'
	},
	dark: {
		sea: '#0c1824',
		land: '#2a3644',
		otherLand: '#1c2631',
		border: '#5b6b7c',
		highlight: '#8a6d00',
		paper: '#0c1824',
		text: '#e8edf2',
		labelCountry: '#93a1b0',
		labelCity: '#c8d1da'
	}
};

/** The dot on a promise whose deadline passed with no outcome reported (the page's warning ink). */
export const PASSED_COLOR: Record<Scheme, string> = { light: '#c2410c', dark: '#ff9a6b' };

export function typeColor(type: CommitmentType, scheme: Scheme): string {
	const style = TYPE_STYLE[type];
	return scheme === 'dark' ? style.darkColor : style.color;
}

/**
 * CSS custom properties for both schemes at once, with `light-dark()`: the page picks by its
 * `color-scheme`, before any JavaScript runs. The SVG map and the legend read them.
 */
export function cssVariables(): string {
	const pair = (light: string, dark: string) => `light-dark(${light}, ${dark})`;
	const map = Object.entries(MAP_COLORS.light).map(
		([key, light]) => `--map-${key}: ${pair(light, MAP_COLORS.dark[key as keyof MapColors])}`
	);
	const paper = `--paper: ${pair(MAP_COLORS.light.paper, MAP_COLORS.dark.paper)}`;
	const passed = `--map-passed: ${pair(PASSED_COLOR.light, PASSED_COLOR.dark)}`;
	const types = Object.entries(TYPE_STYLE).map(
		([type, style]) => `--type-${type}: ${pair(style.color, style.darkColor)}`
	);
	return [...map, paper, passed, ...types].join('; ');
}
