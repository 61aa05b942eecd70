/**
 * The SVG map's countries as markup (Countries.svg.svelte renders it with `{@html}`): each
 * European country a link to its page around its path, the others a path. Hydrating, Svelte
 * adopts markup as the server left it without walking it, so 81 countries cost the page nothing
 * as it hydrates (they were an each block of elements, effects and listeners: about a fifth of
 * the SVG map's hydration). Their colours and the highlighted country are then set on the paths
 * (Countries.svg.svelte), and the pointer is followed on their group. No free text reaches it: only
 * country codes, the base map's generated paths and the choropleth's colours, escaped all the
 * same. Pure.
 */
import { isEuropean } from '$lib/data/countries';
import { escapeMarkup } from '$lib/symbols/symbol-markup';

export interface CountryShape {
	iso2: string;
	d: string;
}

/** What a country's path shows: its fill (none: the land's), and whether it is highlighted. */
export interface CountryPaint {
	fills: Readonly<Record<string, string>>;
	highlight: string | null;
}

/** A country's inline fill: none when highlighted (the class colours it) or not shaded. */
export const fillOf = (iso2: string, paint: CountryPaint): string =>
	iso2 === paint.highlight ? '' : (paint.fills[iso2] ?? '');

/**
 * The countries' paths, in order, each European one inside a link to `href(iso2)`, out of the
 * Tab order (the map's keys and the country picker are the keyboard path), painted as `paint`.
 */
export function countriesMarkup(
	shapes: readonly CountryShape[],
	href: (iso2: string) => string,
	paint: CountryPaint
): string {
	let markup = '';
	for (const { iso2, d } of shapes) {
		const european = isEuropean(iso2);
		const classes = [european && 'european', iso2 === paint.highlight && 'highlight'].filter(
			Boolean
		);
		const fill = fillOf(iso2, paint);
		const path =
			`<path d="${escapeMarkup(d)}"` +
			(classes.length > 0 ? ` class="${classes.join(' ')}"` : '') +
			(fill ? ` style="fill: ${escapeMarkup(fill)}"` : '') +
			` data-iso2="${escapeMarkup(iso2)}"></path>`;
		markup += european
			? `<a href="${escapeMarkup(href(iso2))}" tabindex="-1" draggable="false">${path}</a>`
			: path;
	}
	return markup;
}
