// What Svelte's element types do not know yet.
declare module 'svelte/elements' {
	export interface HTMLLinkAttributes {
		/** `render`: no frame is painted until what the link names is in (HTML's blocking). */
		blocking?: 'render' | null;
	}
}

export {};
