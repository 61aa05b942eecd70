/**
 * A page's oEmbed (the oEmbed 1.0 spec, type "rich"): the iframe of its /embed view, as the embed
 * builder writes it, for a CMS that embeds the map by the page's URL. Pure.
 */
import { DEFAULT_HEIGHT, embedSnippet } from '$lib/embed/snippet';
import type { Locale } from '$lib/i18n/locales';
import { DEFAULT_VIEW } from '$lib/state/view';
import { SITE_NAME, type SharePage } from './pages';

/** The width an oEmbed consumer is told (the iframe itself is 100% of its column). */
export const OEMBED_WIDTH = 800;

export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	html: string;
	width: number;
	height: number;
	provider_name: string;
	provider_url?: string;
}

/**
 * `siteUrl`: the site's address, '' when the build does not know it (the iframe's src is then
 * root-relative: on the site's own origin, never a guessed one).
 */
export function oembedOf(
	page: SharePage,
	lang: Locale,
	title: string,
	iframeTitle: string,
	siteUrl: string
): OEmbed {
	const country = page.kind === 'country' ? page.iso2 : null;
	const html = embedSnippet(
		siteUrl,
		{
			view: { ...DEFAULT_VIEW, country },
			height: DEFAULT_HEIGHT,
			autoHeight: false,
			lang
		},
		iframeTitle
	);
	return {
		version: '1.0',
		type: 'rich',
		title,
		html,
		width: OEMBED_WIDTH,
		height: DEFAULT_HEIGHT,
		provider_name: SITE_NAME,
		...(siteUrl ? { provider_url: `${siteUrl}/` } : {})
	};
}
