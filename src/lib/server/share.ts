/**
 * The share cards' and oEmbeds' build-time side: every page in every language, the site's
 * address (SITE_URL) and the card's rasteriser (resvg, with the bundled DejaVu Sans: no system
 * font, no browser, no network).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { EUROPEAN_COUNTRIES } from '$lib/data/countries';
import { LOCALES } from '$lib/i18n/locales';
import { pageSlug, siteUrlOf, type SharePage } from '$lib/share/pages';

/** The deployed site's origin and base path (SITE_URL at build time), or '' when unknown. */
export const SITE_URL = siteUrlOf(process.env.SITE_URL);

export const SHARED_PAGES: SharePage[] = [
	{ kind: 'home' },
	{ kind: 'about' },
	{ kind: 'promises' },
	...EUROPEAN_COUNTRIES.map((iso2): SharePage => ({ kind: 'country', iso2 }))
];

/** The prerender entries of a per-page, per-language file (none in PRERENDER_ONLY builds). */
export const shareEntries = () =>
	process.env.PRERENDER_ONLY
		? []
		: LOCALES.flatMap((lang) => SHARED_PAGES.map((page) => ({ lang, name: pageSlug(page) })));

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
	require.resolve(`dejavu-fonts-ttf/ttf/${file}`)
);
export const CARD_FONT = 'DejaVu Sans';

/** An SVG card as PNG, at its own size. */
export function rasterise(svg: string): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CARD_FONT },
		shapeRendering: 2,
		textRendering: 1
	});
	return new Uint8Array(resvg.render().asPng());
}
