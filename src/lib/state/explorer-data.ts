/**
 * What every page with the explorer loads (the explorer at / and /country/{code}, and the
 * embed): the data they share, in the page's language (src/lib/data/shared-data.ts).
 *
 * The pages' universal load functions call it, on the server as the page is prerendered and
 * again in the browser as it hydrates. What a universal load returns is not serialized into the
 * page (a server load's data and its `fetch` responses are), so the HTML carries the markup
 * only. The browser fetches the data once, as a file of its own that Vite names by its content
 * (_app/immutable/assets/explorer-data.{lang}.{hash}.json, served as immutable): every page
 * after the first takes it from memory (in the same tab) or from the HTTP cache. As JSON it is
 * parsed faster than the same data as JavaScript, and the pages announce it with a preload
 * link, so it downloads beside the page's scripts rather than after them.
 *
 * Why a file fetched rather than a module imported: Vite puts a JSON module that the same pages
 * import as Explorer.svelte into the same JavaScript chunk (data and code in one file, each
 * change to either a new download), and a dynamic import() starts only once the page's scripts
 * have run, with no preload.
 */
import type { SharedData } from '$lib/data/shared-data';
import { knowCountryNames, knowDateWords, knowNumberWords } from '$lib/i18n/format';
import { intlLocale, type Locale } from '$lib/i18n/locales';

const loaded = new Map<Locale, Promise<SharedData>>();

let painted: Promise<void> | undefined;

/** Past this, a page in a frame hydrates anyway: an embed out of view may be given no frames. */
const FIRST_FRAME_WAIT_MS = 1000;
/** Past this, any page hydrates, whether or not the browser has said it painted. */
const FIRST_PAINT_WAIT_MS = 8000;

/**
 * Resolves once the browser has painted the page's first frame (at once in a hidden tab, which
 * paints nothing until it is shown). SvelteKit starts hydrating as soon as its scripts and this
 * data are in, before the browser has painted the prerendered HTML: hydration's long task then
 * held the first paint back until it ended (seen in a Chrome trace of /embed). Waiting for the
 * paint costs a reader nothing: the HTML is what they see either way, and now see at once.
 *
 * The browser's own record of the paint (the `first-contentful-paint` entry, made when the
 * page's text is on screen) is the signal where there is one: an animation frame only says a frame is about to
 * be made, and a slow GPU (a phone's at start, software rendering) may take a second more to
 * show it, a second hydration would otherwise take from the first paint.
 */
function firstFrame(): Promise<void> {
	painted ??= new Promise((settle) => {
		let open = false;
		// Marked, so that a trace (and a test) can see when hydration was let go.
		const resolve = () => {
			if (!open) performance.mark('explorer:hydrate');
			open = true;
			settle();
		};
		if (document.visibilityState === 'hidden') return resolve();
		const done = () => setTimeout(resolve, 0);
		if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
			// The first paint may be the page's background alone: wait for its text.
			const observer = new PerformanceObserver((list) => {
				if (!list.getEntriesByName('first-contentful-paint').length) return;
				observer.disconnect();
				done();
			});
			observer.observe({ type: 'paint', buffered: true });
			setTimeout(resolve, FIRST_PAINT_WAIT_MS);
		} else {
			// requestAnimationFrame runs just before the frame is painted; the task after it, after.
			requestAnimationFrame(done);
		}
		// A frame out of view in another site's page (an embed) may get no animation frames, and
		// must still hydrate to report its height.
		if (window.parent !== window) setTimeout(resolve, FIRST_FRAME_WAIT_MS);
	});
	return painted;
}

/**
 * The shared data in `lang`: fetched once in the browser from `url` (its file's address, which
 * the page's server data gives: src/lib/data/dataset.server.ts), a failed download tried again
 * by the next page; read from the build's own file on the server.
 */
export function sharedData(
	lang: Locale,
	url: string,
	fetch: typeof globalThis.fetch
): Promise<SharedData> {
	let data = loaded.get(lang);
	if (!data) {
		// import.meta.env.SSR rather than `browser`: Vite writes it as a constant, so the client's
		// bundle drops the server's branch (and with it a copy of the data as JavaScript).
		if (import.meta.env.SSR) {
			const files = import.meta.glob<SharedData>('$generated/explorer-data.*.json', {
				import: 'default'
			});
			const file = Object.keys(files).find((f) => f.endsWith(`/explorer-data.${lang}.json`));
			data = file ? files[file]!() : Promise.reject(new Error(`No explorer-data.${lang}.json`));
		} else {
			data = fetch(url).then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json() as Promise<SharedData>;
			});
			data.catch(() => loaded.delete(lang));
		}
		loaded.set(lang, data);
	}
	const named = data.then((shared) => {
		knowCountryNames(intlLocale(lang), shared.countryNames);
		knowDateWords(intlLocale(lang), shared.dateWords);
		knowNumberWords(intlLocale(lang), shared.numberWords);
		return shared;
	});
	if (import.meta.env.SSR) return named;
	return Promise.all([named, firstFrame()]).then(([shared]) => shared);
}
