/**
 * The URL is the view's one home: read it here (behind the hydration gate), and write it here,
 * through one navigation, so that reload, shared links, back and forward all restore it, and
 * SvelteKit's `page` stays true.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { langParam, type Locale } from '$lib/i18n/locales';
import { hydration } from './hydration.svelte';
import { DEFAULT_VIEW, parseView, searchOf, type View } from './view';

/** The page's view: the default until hydrated, then the URL's. Reactive where it is read. */
export function currentView(): View {
	return hydration.done ? parseView(page.url.searchParams) : DEFAULT_VIEW;
}

/** The URL's query (`?…`): '' until hydrated, like the view. */
export function currentSearch(): string {
	return hydration.done ? page.url.search : '';
}

/** A country's page (or all of Europe's, for null) with a view's parameters. */
export function countryHref(iso2: string | null, view: View, lang: Locale): string {
	const path = iso2
		? resolve('/[[lang=locale]]/(explorer)/country/[code]', {
				lang: langParam(lang),
				code: iso2.toLowerCase()
			})
		: resolve('/[[lang=locale]]', { lang: langParam(lang) });
	return `${path}${searchOf(view)}`;
}

/** The one navigation: keeps focus and scroll, so filtering feels like a change in place. */
function navigate(href: string, replace: boolean): Promise<void> {
	// Every href here is a resolved path of this site (the page's own, or from countryHref).
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(href, { replaceState: replace, keepFocus: true, noScroll: true });
}

/**
 * The same page with another view (nothing happens if the view's URL would not change). A hash
 * (a skip link's `#commitments` from before hydration) is dropped: it has no place in a view.
 */
export function navigateToView(view: View, { replace = false } = {}): Promise<void> {
	const target = `${page.url.pathname}${searchOf(view)}`;
	if (target === `${page.url.pathname}${page.url.search}`) return Promise.resolve();
	return navigate(target, replace);
}

/**
 * To a country's page (or Europe's), with a view's parameters; choosing the page already open
 * adds no history entry.
 */
export function navigateToCountry(iso2: string | null, view: View, lang: Locale): Promise<void> {
	const href = countryHref(iso2, view, lang);
	if (href === `${page.url.pathname}${page.url.search}`) return Promise.resolve();
	return navigate(href, false);
}

/**
 * Resolves after the browser has painted what the current task changed (a frame, then a task
 * after it), or after 100 ms in a tab that paints no frames (hidden).
 */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => {
		const timeout = setTimeout(resolve, 100);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timeout);
				resolve();
			})
		);
	});
}
