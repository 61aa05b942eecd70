/**
 * The one hydration gate. Pages are prerendered without a query string, so whatever depends on
 * the URL's query (the view, the theme, the language links' query) shows its default until the
 * page has hydrated, then the URL's: the first client render then matches the HTML.
 */
let hydrated = $state(false);

export const hydration = {
	/** Whether the page has hydrated (always false while prerendering). */
	get done(): boolean {
		return hydrated;
	},
	/** Called once, by the root layout's onMount. */
	finish(): void {
		hydrated = true;
	}
};
