/**
 * The map's marks and key as SVG strings with their colours resolved: the same drawing as
 * symbolMarkup and clusterMarkup (src/lib/symbols/symbol-markup.ts), whose classes the page's
 * stylesheet colours, for an image that must stand alone. Pure.
 */
import { STATUSES, type CommitmentType, type Status } from '$lib/data/types';
import { MAP_COLORS, TYPE_STYLE, typeColor, type Scheme } from '$lib/symbols/palette';
import {
	CLUSTER_FONT_SIZE,
	CLUSTER_STROKE,
	COUNTRY_RING,
	PAPER_STROKE,
	clusterRadius,
	symbolInk,
	symbolPath
} from '$lib/symbols/symbols';
import { escapeXml } from '$lib/share/text';

const SYMBOL_SIZE = 15;

/** A commitment's symbol centred on (0, 0) at `size` (SymbolMark's drawing). */
export function symbolSvg(
	type: CommitmentType,
	status: Status,
	scheme: Scheme,
	options: { size?: number; countryWide?: boolean; neutral?: boolean } = {}
): string {
	const { size = SYMBOL_SIZE, countryWide = false, neutral = false } = options;
	const { paper, text } = MAP_COLORS[scheme];
	const colour = neutral ? text : typeColor(type, scheme);
	const scale = size / SYMBOL_SIZE;
	const d = symbolPath(
		TYPE_STYLE[type].shape,
		countryWide ? COUNTRY_RING.symbolSize * scale : size
	);
	const ink = symbolInk(status);
	const ring = countryWide
		? `<circle r="${COUNTRY_RING.paperRadius * scale}" fill="${paper}"/>` +
			`<circle r="${COUNTRY_RING.radius * scale}" fill="none" stroke="${colour}" ` +
			`stroke-width="${COUNTRY_RING.width}" stroke-dasharray="${COUNTRY_RING.dash.join(' ')}"/>`
		: '';
	return (
		ring +
		`<path d="${d}" fill="${paper}" stroke="${paper}" stroke-width="${PAPER_STROKE}" stroke-linejoin="round"/>` +
		`<path d="${d}" fill="${colour}" fill-opacity="${ink.fillOpacity}" stroke="${colour}" ` +
		`stroke-width="${ink.strokeWidth}" stroke-linejoin="round"/>`
	);
}

/** A cluster's badge centred on (0, 0): paper ringed in ink, with the count (ClusterBadge). */
export function clusterSvg(count: number, scheme: Scheme): string {
	const { paper, text } = MAP_COLORS[scheme];
	return (
		`<circle r="${clusterRadius(count)}" fill="${paper}" stroke="${text}" stroke-width="${CLUSTER_STROKE}"/>` +
		`<text dy="0.35em" font-size="${CLUSTER_FONT_SIZE}" font-weight="700" text-anchor="middle" ` +
		`fill="${text}">${count}</text>`
	);
}

export interface KeyWords {
	title: string;
	statuses: Record<Status, string>;
	countryWide: string;
	cluster: string;
}

const KEY = { font: 12, row: 20, pad: 8, icon: 22 };

/**
 * The key to the marks (MapKey's content) at (0, 0): each status's ink, the country-wide ring
 * and a cluster's badge, on a panel. Returns the fragment and its size.
 */
export function keySvg(
	words: KeyWords,
	scheme: Scheme
): { svg: string; width: number; height: number } {
	const { paper, text } = MAP_COLORS[scheme];
	const rows: [string, string][] = [
		...STATUSES.map((status): [string, string] => [
			symbolSvg('datacenter', status, scheme, { size: 13, neutral: true }),
			words.statuses[status]
		]),
		[
			symbolSvg('datacenter', 'operational', scheme, {
				size: 15,
				neutral: true,
				countryWide: true
			}),
			words.countryWide
		],
		[clusterSvg(3, scheme), words.cluster]
	];
	const longest = Math.max(words.title.length * 1.08, ...rows.map(([, label]) => label.length));
	const width = Math.ceil(KEY.pad * 2 + KEY.icon + longest * KEY.font * 0.55);
	const height = KEY.pad * 2 + KEY.row * (rows.length + 1);
	const line = (i: number) => KEY.pad + KEY.row * (i + 1) + KEY.row / 2;
	const body = rows
		.map(
			([icon, label], i) =>
				`<g transform="translate(${KEY.pad + KEY.icon / 2 - 2} ${line(i)})">${icon}</g>` +
				`<text x="${KEY.pad + KEY.icon + 2}" y="${line(i)}" dy="0.35em">${escapeXml(label)}</text>`
		)
		.join('');
	return {
		width,
		height,
		svg:
			`<g class="key" font-size="${KEY.font}" fill="${text}">` +
			`<rect width="${width}" height="${height}" rx="6" fill="${paper}" fill-opacity="0.92" stroke="${text}" stroke-opacity="0.2"/>` +
			`<text x="${KEY.pad}" y="${KEY.pad + KEY.row / 2}" dy="0.35em" font-weight="700">${escapeXml(words.title)}</text>` +
			`${body}</g>`
	};
}

/** A key of colours (the choropleth's): its title, and a swatch and words for each class. */
export interface ColourKey {
	title: string;
	items: { colour: string; label: string }[];
}

/** The colour key as a panel at (0, 0), its items in rows at most `maxWidth` wide. */
export function colourKeySvg(
	key: ColourKey,
	scheme: Scheme,
	maxWidth = 280
): { svg: string; width: number; height: number } {
	const { paper, text, border } = MAP_COLORS[scheme];
	const advance = (label: string) => 18 + label.length * KEY.font * 0.55 + 10;
	const titleWidth = key.title.length * KEY.font * 0.6;
	let [x, row, widest] = [0, 0, titleWidth];
	const items = key.items.map(({ colour, label }) => {
		if (x > 0 && x + advance(label) > maxWidth - 2 * KEY.pad) [x, row] = [0, row + 1];
		const at = { x: KEY.pad + x, y: KEY.pad + KEY.row * (row + 1) + KEY.row / 2 };
		x += advance(label);
		widest = Math.max(widest, x);
		return (
			`<rect x="${at.x}" y="${at.y - 6}" width="12" height="12" fill="${colour}" stroke="${border}"/>` +
			`<text x="${at.x + 17}" y="${at.y}" dy="0.35em">${escapeXml(label)}</text>`
		);
	});
	const width = Math.ceil(Math.min(maxWidth, widest + 2 * KEY.pad));
	const height = KEY.pad * 2 + KEY.row * (row + 2);
	return {
		width,
		height,
		svg:
			`<g class="colour-key" font-size="${KEY.font}" fill="${text}">` +
			`<rect width="${width}" height="${height}" rx="6" fill="${paper}" fill-opacity="0.92" stroke="${text}" stroke-opacity="0.2"/>` +
			`<text x="${KEY.pad}" y="${KEY.pad + KEY.row / 2}" dy="0.35em" font-weight="700">${escapeXml(key.title)}</text>` +
			`${items.join('')}</g>`
	};
}
