import { createHash } from 'node:crypto';

/**
 * A prerendered page's scripts and data, fetched once its first frame is painted.
 *
 * SvelteKit preloads a page's modules from its head (`<link rel="modulepreload">`), and the
 * explorer's pages their shared data (`<link rel="preload" as="fetch">`); its inline script
 * then imports the modules as the parser reaches the end of the body. The page hydrates only
 * after its first paint either way (src/lib/state/explorer-data.ts), so none of that is needed
 * for the page a reader first sees; but it is in flight while the HTML is, and a slow network
 * shares itself between them.
 *
 * This takes those links' `rel` aside (into `data-after-first-paint`), and app.html's script
 * adds them to the head again once the browser has painted the page (its `window.firstPaint`), and
 * has SvelteKit's inline script wait for that same moment before it imports. The policy's hash
 * of that script follows its new text.
 *
 * Throws when the page is not as SvelteKit writes it (its start script not as expected, or its
 * policy without the script's hash): the build fails rather than ship a page that would not start.
 */
export function afterFirstPaint(html: string, page = 'page'): string {
	const start = /<script>([^<]*?\bkit\.start\([^<]*?)<\/script>/.exec(html);
	if (!start) return html; // a page without SvelteKit's client (none today)
	const body = start[1]!;
	const waiting = body
		.replace('Promise.all([', 'window.firstPaint.then(function () { return Promise.all([')
		.replace(']).then(([kit, app]) =>', ']); }).then(([kit, app]) =>');
	if (!waiting.includes('window.firstPaint.then(') || !waiting.includes(']); }).then(')) {
		throw new Error(`${page}: SvelteKit's start script is not as expected; cannot defer it`);
	}
	// The policy (a <meta> in a built page; none in `vite dev`) allows the script by its hash.
	const before = hash(body);
	if (!html.includes(`'${before}'`) && html.includes('http-equiv="content-security-policy"')) {
		throw new Error(`${page}: the policy has no hash of SvelteKit's start script`);
	}

	// Their rel is kept aside (a link without one fetches nothing), in place: the data's link is
	// the explorer's own, which Svelte finds where it wrote it as the page hydrates.
	const out = html
		.replace(/(<link\b[^>]*\b)rel="(modulepreload)"/g, '$1data-after-first-paint="$2"')
		.replace(
			/(<link\b[^>]*\b)rel="(preload)"(?=[^>]*\bas="fetch")/g,
			'$1data-after-first-paint="$2"'
		);

	return out
		.replace(start[0], `<script>${waiting}</script>`)
		.replace(`'${before}'`, `'${hash(waiting)}'`);
}

function hash(script: string): string {
	return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
