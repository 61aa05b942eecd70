// What Svelte's element types do not know yet.
declare module 'svelte/elements' {
	export interface HTMLLinkAttributes {
		/** `render`: no frame is painted until what the link names is in (HTML's blocking). */
		blocking?: 'render' | null;
	}
}

declare global {
	interface Window {
		/** app.html's: stops keeping presses, and gives the last button pressed before (if any). */
		earlyPress?: () => HTMLButtonElement | null;
		/** app.html's: resolves once the page's first frame is painted, and its scripts may load. */
		firstPaint?: Promise<void>;
	}
}

export {};
