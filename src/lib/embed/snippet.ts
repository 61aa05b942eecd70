/**
 * The code a journalist pastes into an article: an <iframe> of /embed with the chosen view, and
 * optionally the script that adjusts its height. Pure: unit-tested.
 */
import { localizePath, type Locale } from '$lib/i18n/locales';
import { DEFAULT_VIEW, searchOf, type View } from '$lib/state/view';

export interface EmbedOptions {
	/** `asof`: the day whose data the embed keeps ("Keep today's data"); absent or null, live. */
	view: Pick<View, 'types' | 'statuses' | 'country' | 'theme' | 'legend' | 'title'> &
		Partial<Pick<View, 'asof'>>;
	/** Initial height in CSS pixels (the script then follows the content). */
	height: number;
	/** Add static/embed.js for automatic height. */
	autoHeight: boolean;
	/** The embed's language (the article's). */
	lang: Locale;
}

export const MIN_HEIGHT = 300;
export const MAX_HEIGHT = 1600;
export const DEFAULT_HEIGHT = 640;

/**
 * The /embed URL for a view in a language (/fr/embed…), on the site at `siteUrl` (origin and
 * base path, no trailing slash).
 */
export function embedUrl(siteUrl: string, view: EmbedOptions['view'], lang: Locale = 'en'): string {
	return `${siteUrl}${localizePath('/embed', lang)}${searchOf({ ...DEFAULT_VIEW, ...view })}`;
}

const escapeAttribute = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function clampHeight(height: number): number {
	if (!Number.isFinite(height)) return DEFAULT_HEIGHT;
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

/**
 * The builder's height field: a whole number of pixels from MIN_HEIGHT to MAX_HEIGHT, or null
 * (then the builder says so and offers no code, rather than silently writing another height).
 * An empty field reaches here as null (Svelte's number binding), a typed "abc" as NaN.
 */
export function validHeight(value: unknown): number | null {
	if (typeof value !== 'number' || !Number.isInteger(value)) return null;
	return value >= MIN_HEIGHT && value <= MAX_HEIGHT ? value : null;
}

/** The attribute by which an iframe opts in to static/embed.js's automatic height. */
export const OPT_IN_ATTRIBUTE = 'data-commitments-map';

export function embedSnippet(siteUrl: string, options: EmbedOptions, title: string): string {
	const src = escapeAttribute(embedUrl(siteUrl, options.view, options.lang));
	const height = clampHeight(options.height);
	// The script adjusts only the iframes that opted in: without it, the height stays as written.
	const optIn = options.autoHeight ? ` ${OPT_IN_ATTRIBUTE}` : '';
	const iframe =
		`<iframe src="${src}" title="${escapeAttribute(title)}"${optIn} loading="lazy" ` +
		`style="width: 100%; height: ${height}px; border: 0;"></iframe>`;
	return options.autoHeight
		? `${iframe}\n<script src="${escapeAttribute(siteUrl)}/embed.js" async></script>`
		: iframe;
}
