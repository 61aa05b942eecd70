/**
 * Everything a reader can set, parsed from and written to the URL. The explorer, the embed and
 * the country pages read it through `parseView`; nothing else holds filter state.
 *
 * `?types=datacenter,training&status=operational&id=azure-francecentral&metric=sites&asof=2024-06-30`
 * and, for embeds, `&country=de&theme=dark&legend=0&title=0&bbox=-10,35,30,60`.
 * An absent parameter means its default (every type, every status, nothing selected). Unknown
 * or malformed values are dropped; a parameter left with no valid value falls back to its
 * default, except an empty one (`types=`), which a reader gets by unticking everything.
 */
import { STATUSES, TYPES, isCommitmentType, isStatus } from '$lib/data/types';
import type { Filters } from '$lib/data/filter';
import { isEuropean } from '$lib/data/countries';
import { isDay, localToday } from '$lib/data/asof';
import { DEFAULT_METRIC, isMetric, type Metric } from '$lib/data/aggregate';
import type { LonLatBounds } from '$lib/frame/extent';
import type { Scheme } from '$lib/symbols/palette';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The colour scheme a theme means: `auto` follows the reader's system. */
export const resolveScheme = (theme: Theme, systemDark: boolean): Scheme =>
	theme === 'auto' ? (systemDark ? 'dark' : 'light') : theme;

export interface View extends Filters {
	/** ISO 3166-1 alpha-2, upper case. */
	country: string | null;
	/** The id of the commitment whose details are open. */
	selected: string | null;
	theme: Theme;
	/** What the comparison chart and the choropleth rank countries by. */
	metric: Metric;
	/** Whether the embed shows its legend (`legend=0` hides it). */
	legend: boolean;
	/** Whether the embed shows its title above the map (`title=0` hides it). */
	title: boolean;
	/** The first view, [[west, south], [east, north]], if not all of Europe (`bbox=w,s,e,n`). */
	bbox: LonLatBounds | null;
	/**
	 * The day the map shows the commitments as they stood (`asof=YYYY-MM-DD`), or null for today's
	 * data. A malformed day, or one after today, is no day.
	 */
	asof: string | null;
}

export const DEFAULT_VIEW: View = Object.freeze({
	types: [...TYPES],
	statuses: [...STATUSES],
	country: null,
	selected: null,
	theme: 'auto',
	metric: DEFAULT_METRIC,
	legend: true,
	title: true,
	bbox: null,
	asof: null
}) as View;

/** A list parameter: known values in canonical order, each once; `fallback` if none is valid. */
function parseList<T extends string>(
	raw: string | null,
	known: readonly T[],
	isKnown: (value: string) => value is T,
	fallback: readonly T[]
): T[] {
	if (raw === null) return [...fallback];
	const values = raw
		.split(',')
		.map((value) => value.trim().toLowerCase())
		.filter((value) => value !== '');
	if (values.length === 0) return [];
	const valid = new Set(values.filter(isKnown));
	if (valid.size === 0) return [...fallback];
	return known.filter((value) => valid.has(value));
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `?asof=`: a real day, not after `today` (the reader's), else null. */
export function parseAsof(raw: string | null, today: string = localToday()): string | null {
	const day = raw?.trim() ?? '';
	return isDay(day) && day <= today ? day : null;
}

/** `today`: the reader's day, against which `asof=` is checked (given by tests). */
export function parseView(params: URLSearchParams, today?: string): View {
	const country = params.get('country')?.trim() ?? '';
	const selected = params.get('id')?.trim().toLowerCase() ?? '';
	const theme = params.get('theme')?.trim().toLowerCase() ?? '';
	const metric = params.get('metric')?.trim() ?? '';
	return {
		types: parseList(params.get('types'), TYPES, isCommitmentType, TYPES),
		statuses: parseList(params.get('status'), STATUSES, isStatus, STATUSES),
		country:
			/^[a-z]{2}$/i.test(country) && isEuropean(country.toUpperCase())
				? country.toUpperCase()
				: null,
		selected: ID.test(selected) && selected.length <= 80 ? selected : null,
		theme: (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'auto',
		metric: isMetric(metric) ? metric : DEFAULT_METRIC,
		legend: params.get('legend')?.trim() !== '0',
		title: params.get('title')?.trim() !== '0',
		bbox: parseBbox(params.get('bbox')),
		asof: parseAsof(params.get('asof'), today)
	};
}

/**
 * `west,south,east,north` in degrees: four numbers, west < east, south < north, inside the
 * Web Mercator world (latitudes within ±85°). Anything else is no bbox.
 */
export function parseBbox(raw: string | null): LonLatBounds | null {
	if (!raw) return null;
	const parts = raw.split(',').map((part) => part.trim());
	if (parts.length !== 4 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return null;
	const [w, s, e, n] = parts.map(Number) as [number, number, number, number];
	const valid = w >= -180 && e <= 180 && w < e && s >= -85 && n <= 85 && s < n;
	return valid
		? [
				[w, s],
				[e, n]
			]
		: null;
}

/**
 * What only an embed reads (its country from ?country=, its legend, its first extent): dropped
 * from a link to the full explorer, where the country is in the path. A new embed-only
 * parameter is added here too.
 */
export const EMBED_ONLY: Pick<View, 'country' | 'legend' | 'title' | 'bbox'> = Object.freeze({
	country: null,
	legend: true,
	title: true,
	bbox: null
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
	new Set(a).size === new Set(b).size && a.every((value) => b.includes(value));

/** The parameters that differ from the defaults, in a stable order. */
export function serializeView(view: View): URLSearchParams {
	const params = new URLSearchParams();
	if (!sameSet(view.types, TYPES)) {
		params.set('types', TYPES.filter((t) => view.types.includes(t)).join(','));
	}
	if (!sameSet(view.statuses, STATUSES)) {
		params.set('status', STATUSES.filter((s) => view.statuses.includes(s)).join(','));
	}
	if (view.country) params.set('country', view.country.toLowerCase());
	if (view.selected) params.set('id', view.selected);
	if (view.theme !== 'auto') params.set('theme', view.theme);
	if (view.metric !== DEFAULT_METRIC) params.set('metric', view.metric);
	if (!view.legend) params.set('legend', '0');
	if (!view.title) params.set('title', '0');
	if (view.bbox) params.set('bbox', view.bbox.flat().join(','));
	if (view.asof) params.set('asof', view.asof);
	return params;
}

/** `?…` for a view, or '' for the default one; commas stay readable. */
export function searchOf(view: View): string {
	const query = serializeView(view).toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}

export function toggle<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
	const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
	return order.filter((v) => next.includes(v));
}
