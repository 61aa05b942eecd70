/**
 * The SVG map's marks as one markup string (SvgMarks.svelte draws it with `{@html}`): one
 * `<g class="commitment">` per mark, in the marks' order, as the keyed each block of components
 * drew them, so that hydrating the map costs building this string rather than a component, its
 * effects and its listeners per mark. No free text reaches it: only commitment ids (slugs, which
 * the geo build checks: geo/lib/checks.ts), the symbols' own words and numbers; every value is
 * escaped all the same.
 */
import type { Mark } from '$lib/frame/marks';
import { clusterMarkup, escapeMarkup, symbolMarkup } from '$lib/symbols/symbol-markup';

/** The place of a mark, `translate(x y) scale(s)`, as the map draws it (tenths; four places). */
export const markTransform = ([x, y]: [number, number], unitsPerPixel: number): string =>
	`translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${unitsPerPixel.toFixed(4)})`;

/**
 * The marks' markup: a commitment's mark is a link (`hrefOf` its page) holding its halo and
 * symbol, with its `data-id` (and `data-country-wide`); a cluster's is its badge, with its
 * members' `data-ids` (and `data-one-place`). Neither `active` nor `selected` is written: the
 * map sets those classes on the elements (a hover does not rebuild the marks).
 */
export function marksMarkup(
	marks: readonly Mark[],
	placeOf: (mark: Mark) => [number, number],
	unitsPerPixel: number,
	hrefOf: (id: string) => string
): string {
	let out = '';
	for (const mark of marks) {
		const transform = markTransform(placeOf(mark), unitsPerPixel);
		if (mark.kind === 'single') {
			const wide = mark.countryWide ? ' data-country-wide=""' : '';
			out +=
				`<g class="commitment" transform="${transform}" data-id="${escapeMarkup(mark.id)}"${wide}>` +
				`<a href="${escapeMarkup(hrefOf(mark.id))}" tabindex="-1" draggable="false">` +
				`<circle class="halo" r="13"></circle>${symbolMarkup(mark)}</a></g>`;
		} else {
			const onePlace = mark.onePlace ? ' data-one-place=""' : '';
			out +=
				`<g class="commitment cluster" transform="${transform}" data-ids="${escapeMarkup(mark.ids.join(' '))}"${onePlace}>` +
				`${clusterMarkup(mark.ids.length)}</g>`;
		}
	}
	return out;
}
