import { goto } from '$app/navigation';
import { page } from '$app/state';
import { searchOf, type View } from './view';

/**
 * The one way to change the view: a navigation to the same page with the view's parameters, so
 * that reload, shared links, back and forward all restore it, and SvelteKit's `page` stays true.
 */
export function navigateToView(view: View, { replace = false } = {}): Promise<void> {
	const target = `${page.url.pathname}${searchOf(view)}${page.url.hash}`;
	if (target === `${page.url.pathname}${page.url.search}${page.url.hash}`) return Promise.resolve();
	// The path is the current page's own (already resolved); only the query changes.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(target, { replaceState: replace, keepFocus: true, noScroll: true });
}
