/**
 * The SVG map's place names as one markup string (PlaceNames.svg.svelte draws it with `{@html}`):
 * one `<g>` per name placed, in the order placed, as the keyed each block of elements drew them,
 * so that hydrating the map adopts the server's names rather than building an element, its text
 * and its attributes per name (about a fifth of the SVG map's hydration). The names are free
 * text (the places' own, in the reader's language): every value is escaped. Pure.
 */
import { escapeMarkup } from '$lib/symbols/symbol-markup';
import { CITY_DOT, COUNTRY_TRACKING, LABEL_FONT_PX, type PlacedLabel } from './labels';

/**
 * The names: a city's is its dot and its name to the right, a country's its name centred on its
 * point, each at its place (tenths of the base map's units) and scaled so that it keeps its
 * size in screen pixels (`unitsPerPixel`, thousandths). `textOf` gives a name as shown.
 */
export function placeNamesMarkup(
	placed: readonly PlacedLabel[],
	textOf: (label: PlacedLabel['label']) => string,
	unitsPerPixel: number
): string {
	let out = '';
	const scale = unitsPerPixel.toFixed(3);
	for (const { label, x, y } of placed) {
		const text = escapeMarkup(textOf(label));
		out +=
			`<g class="${label.kind === 'city' ? 'city' : 'country'}" ` +
			`transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale})" ` +
			`data-label="${escapeMarkup(label.id)}">` +
			(label.kind === 'city'
				? `<circle r="${CITY_DOT.radius}"></circle>` +
					`<text x="${CITY_DOT.radius + CITY_DOT.gap}" dy="0.35em" font-size="${LABEL_FONT_PX.city}">${text}</text>`
				: `<text text-anchor="middle" dy="0.35em" font-size="${LABEL_FONT_PX.country}" ` +
					`letter-spacing="${COUNTRY_TRACKING}em">${text}</text>`) +
			'</g>';
	}
	return out;
}
