/**
 * Loading the interactive map: MapLibre and its component are downloaded only when wanted, and
 * the explorer (full page or embed) wants them only when the reader reaches for the map: their
 * parse and start-up would otherwise block the page's main thread for seconds on a phone.
 */
import type MapGl from '$lib/map/Map.gl.svelte';

/** The interactive map's component, with MapLibre's download started beside it. */
export async function loadInteractiveMap(): Promise<typeof MapGl> {
	const [module] = await Promise.all([import('$lib/map/Map.gl.svelte'), import('maplibre-gl')]);
	return module.default;
}

/**
 * Whether this browser can draw the interactive map. Without WebGL 2 the SVG map stays.
 * (Creating a context to probe would cost as much as MapLibre's own; where one cannot be had,
 * MapLibre fails and says so.)
 */
export const canDrawInteractiveMap = () => typeof WebGL2RenderingContext !== 'undefined';

/** The one-column layout (see Explorer.svelte's media query), where the list is under the map. */
export const isPhoneLayout = () => matchMedia('(max-width: 52rem)').matches;

/**
 * Tells `onchange` when the page is printed (or shown as print) and when it is back: paper gets
 * the SVG map, whose marks and names print crisply, where a WebGL canvas may print blank.
 * Returns the function that stops.
 */
export function watchPrinting(onchange: (printing: boolean) => void): () => void {
	const query = matchMedia('print');
	const update = () => onchange(query.matches);
	const before = () => onchange(true);
	query.addEventListener('change', update);
	addEventListener('beforeprint', before);
	addEventListener('afterprint', update);
	return () => {
		query.removeEventListener('change', update);
		removeEventListener('beforeprint', before);
		removeEventListener('afterprint', update);
	};
}
