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
 * link, so it downloads beside the page's scripts rather than after them (both once the page
 * has painted: src/lib/server/after-first-paint.ts).
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

/**
 * Resolves once the browser has painted the page's first frame: app.html's `window.firstPaint`,
 * which SvelteKit's start script waits for before it fetches the page's modules
 * (src/lib/server/after-first-paint.ts). Hydration is a long task on a phone; begun before the
 * paint, it held the paint back until it ended (seen in a Chrome trace of /embed). Waiting costs a
 * reader nothing: the HTML is what they see either way, and now see at once.
 */
function firstFrame(): Promise<void> {
	painted ??= (window.firstPaint ?? Promise.resolve()).then(() => {
		// Marked, so that a trace (and a test) can see when hydration was let go.
		performance.mark('explorer:hydrate');
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
