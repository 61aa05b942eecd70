import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hashes of src/app.html's own inline scripts (the first-frame theme), for the policy:
 * SvelteKit hashes only the scripts it writes itself. Read from the file, so they always match.
 */
const appHtmlScripts = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(
	([, body]) =>
		`sha256-${createHash('sha256')
			.update(body ?? '')
			.digest('base64')}`
);

/**
 * The base path the site is deployed under, from SITE_URL's path (`https://example.org/maps` →
 * `/maps`, for a GitHub Pages project site), or none. The pages' links, data and assets follow it.
 * @param {string | undefined} siteUrl
 * @returns {'' | `/${string}`}
 */
export function basePathOf(siteUrl) {
	try {
		const { protocol, pathname } = new URL(siteUrl ?? '');
		const path = pathname.replace(/\/+$/, '');
		return /^https?:$/.test(protocol) && path.startsWith('/')
			? /** @type {`/${string}`} */ (path)
			: '';
	} catch {
		return '';
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR, KIT_OUT_DIR and GEO_OUT_DIR let the tests build a second site from a fixture
		// dataset (the XSS canary) beside the real one.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		alias: { $generated: process.env.GEO_OUT_DIR ?? 'src/lib/generated' },
		// Absolute paths: the language menu and the embeds build links from the current path.
		paths: { relative: false, base: basePathOf(process.env.SITE_URL) },
		// A strict policy in every page (a <meta> tag, with hashes of SvelteKit's inline scripts).
		// frame-ancestors cannot be set by <meta>: static/_headers sets it, per route.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', .../** @type {`sha256-${string}`[]} */ (appHtmlScripts)],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// The pages' CSS (a few KB gzip) goes into the HTML: no render-blocking request before the
		// first paint, which matters most to an embed on a slow phone.
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			// PRERENDER_ONLY (the scale benchmark's synthetic builds): these paths and no others.
			entries: /** @type {('*' | `/${string}`)[]} */ (
				process.env.PRERENDER_ONLY?.split(',') ?? ['*']
			),
			crawl: !process.env.PRERENDER_ONLY,
			// A paged list's later pages (/changes/2…) are none when the list fits on one page.
			handleUnseenRoutes: process.env.PRERENDER_ONLY
				? 'ignore'
				: ({ routes, message }) => {
						if (routes.some((id) => !id.endsWith('/[page=page]'))) throw new Error(message);
					},
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
