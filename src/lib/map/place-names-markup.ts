/**
 * The SVG map's place names as one markup string (PlaceNames.svg.svelte draws it with
 * `{@html}`: names are never a target for the pointer, so nothing needs a component per name).
 * Every text and attribute value is escaped.
 */
import { escapeMarkup } from '$lib/symbols/symbol-markup';
import { CITY_DOT, COUNTRY_TRACKING, LABEL_FONT_PX, type PlacedLabel } from './labels';

/**
 * One `<g>` per placed name, in their order, with its kind as class and its `data-label`: a
 * country's name centred on its point, tracked; a city's dot on its point, its name to the right.
 * `text` gives a label's text as shown (displayText); the names keep their size at any zoom.
 */
export function placeNamesMarkup(
	placed: readonly PlacedLabel[],
	text: (label: PlacedLabel['label']) => string,
	unitsPerPixel: number
): string {
	const scale = unitsPerPixel.toFixed(3);
	let out = '';
	for (const { label, x, y } of placed) {
		const name = escapeMarkup(text(label));
		out += `<g class="${label.kind}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale})" data-label="${escapeMarkup(label.id)}">`;
		out +=
			label.kind === 'city'
				? `<circle r="${CITY_DOT.radius}"></circle><text x="${CITY_DOT.radius + CITY_DOT.gap}" dy="0.35em" font-size="${LABEL_FONT_PX.city}">${name}</text>`
				: `<text text-anchor="middle" dy="0.35em" font-size="${LABEL_FONT_PX.country}" letter-spacing="${COUNTRY_TRACKING}em">${name}</text>`;
		out += '</g>';
	}
	return out;
}
