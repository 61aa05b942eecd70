/**
 * The symbols as SVG markup strings, element for element and attribute for attribute what
 * SymbolMark.svelte and ClusterBadge.svelte draw (without Svelte's scoping classes: the caller
 * styles the classes). For a drawing of hundreds of symbols that hydrates as one string (the SVG
 * map's marks, `{@html}`), where a component per symbol would cost its effects at hydration.
 * Every text and attribute value goes through `escapeMarkup`.
 */
import type { CommitmentType, Status } from '$lib/data/types';
import { TYPE_STYLE } from './palette';
import {
	CLUSTER_FONT_SIZE,
	CLUSTER_STROKE,
	COUNTRY_RING,
	PAPER_STROKE,
	PASSED_DOT,
	SYMBOL_SIZE,
	clusterRadius,
	symbolInk,
	symbolPath
} from './symbols';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
/** A text or an attribute's value, safe inside markup (& < > " ' escaped). */
export const escapeMarkup = (value: string | number): string =>
	String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A symbol drawn by `symbolMarkup`, as SymbolMark's props (its size SYMBOL_SIZE, in colour). */
export interface SymbolSpec {
	type: CommitmentType;
	status: Status;
	countryWide?: boolean;
	passed?: boolean;
}

/** SymbolMark's elements for a symbol, centred on (0, 0), SYMBOL_SIZE pixels across. */
export function symbolMarkup({ type, status, countryWide, passed }: SymbolSpec): string {
	const d = escapeMarkup(
		symbolPath(TYPE_STYLE[type].shape, countryWide ? COUNTRY_RING.symbolSize : SYMBOL_SIZE)
	);
	const ink = symbolInk(status);
	const style = `style="color: var(--type-${escapeMarkup(type)});"`;
	let out = '';
	if (countryWide)
		out +=
			`<circle class="paper" r="${COUNTRY_RING.paperRadius}" stroke-width="0"></circle>` +
			`<circle class="ring" r="${COUNTRY_RING.radius}" stroke-width="${COUNTRY_RING.width}" ` +
			`stroke-dasharray="${COUNTRY_RING.dash.join(' ')}" ${style}></circle>`;
	out +=
		`<path class="paper" d="${d}" stroke-width="${PAPER_STROKE}"></path>` +
		`<path class="ink" fill-opacity="${ink.fillOpacity}" stroke-width="${ink.strokeWidth}" d="${d}" ${style}></path>`;
	if (passed) {
		const at = countryWide ? PASSED_DOT.wideAt : PASSED_DOT.at;
		out += `<circle class="passed" cx="${at}" cy="${-at}" r="${PASSED_DOT.radius}" stroke-width="${PASSED_DOT.rim}"></circle>`;
	}
	return out;
}

/** ClusterBadge's elements for `count` commitments. */
export const clusterMarkup = (count: number): string =>
	`<circle class="badge" r="${clusterRadius(count)}" stroke-width="${CLUSTER_STROKE}"></circle>` +
	`<text class="count" dy="0.35em" font-size="${CLUSTER_FONT_SIZE}">${count}</text>`;
