/**
 * The symbols' SVG markup, their one drawing: SymbolMark.svelte and ClusterBadge.svelte render
 * it with `{@html}` (the legends, the charts' keys, the map key, a commitment page's small map),
 * and the SVG map's marks (../map/marks-markup.ts) string it together, hundreds of symbols that
 * hydrate as one string where a component each would cost its effects. Its `sym-` classes are
 * styled once, for every page, by ./symbols.css. Only a symbol's type and status (enums),
 * numbers and the colours they name reach it; every value goes through `escapeMarkup` all the
 * same.
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

/** A symbol drawn by `symbolMarkup` (SymbolMark's props). */
export interface SymbolSpec {
	type: CommitmentType;
	status: Status;
	/** Pixels across (user units): SYMBOL_SIZE unless given; the ring and the dot scale with it. */
	size?: number;
	/** Drawn in the text colour rather than the type's (the status legend). */
	neutral?: boolean;
	/** The commitment covers a whole country: ringed, not a site. */
	countryWide?: boolean;
	/** A promise whose deadline passed with no outcome reported: a dot at its upper right. */
	passed?: boolean;
}

/**
 * A commitment's symbol, centred on (0, 0): its type's shape and colour, inked by its status
 * over a halo of paper; a country-wide one smaller, inside a dashed ring on a disc of paper.
 * Its radii and places scale with `size`; its strokes do not.
 */
export function symbolMarkup({
	type,
	status,
	size = SYMBOL_SIZE,
	neutral = false,
	countryWide = false,
	passed = false
}: SymbolSpec): string {
	const scale = size / SYMBOL_SIZE;
	const d = escapeMarkup(
		symbolPath(TYPE_STYLE[type].shape, countryWide ? COUNTRY_RING.symbolSize * scale : size)
	);
	const ink = symbolInk(status);
	const colour = neutral ? 'var(--ink)' : `var(--type-${type})`;
	const style = `style="color: ${escapeMarkup(colour)};"`;
	let out = '';
	if (countryWide) {
		const paper = escapeMarkup(COUNTRY_RING.paperRadius * scale);
		const ring = escapeMarkup(COUNTRY_RING.radius * scale);
		out +=
			`<circle class="sym-paper" r="${paper}" stroke-width="0"></circle>` +
			`<circle class="sym-ring" r="${ring}" stroke-width="${COUNTRY_RING.width}" ` +
			`stroke-dasharray="${COUNTRY_RING.dash.join(' ')}" ${style}></circle>`;
	}
	out +=
		`<path class="sym-paper" d="${d}" stroke-width="${PAPER_STROKE}"></path>` +
		`<path class="sym-ink" fill-opacity="${ink.fillOpacity}" stroke-width="${ink.strokeWidth}" d="${d}" ${style}></path>`;
	if (passed) {
		const at = (countryWide ? PASSED_DOT.wideAt : PASSED_DOT.at) * scale;
		const [cx, cy, r] = [at, -at, PASSED_DOT.radius * scale].map(escapeMarkup);
		out += `<circle class="sym-passed" cx="${cx}" cy="${cy}" r="${r}" stroke-width="${PASSED_DOT.rim}"></circle>`;
	}
	return out;
}

/** A cluster of `count` commitments, centred on (0, 0): a disc of paper ringed in ink, its count. */
export const clusterMarkup = (count: number): string =>
	`<circle class="sym-badge" r="${clusterRadius(count)}" stroke-width="${CLUSTER_STROKE}"></circle>` +
	`<text class="sym-count" dy="0.35em" font-size="${CLUSTER_FONT_SIZE}">${escapeMarkup(count)}</text>`;
