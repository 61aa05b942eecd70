import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { afterFirstPaint } from '../../src/lib/server/after-first-paint';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** SvelteKit 2's start script, as it writes it into a prerendered page. */
const START = `
	{
		__sveltekit_abc = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("/_app/immutable/entry/start.A.js"),
			import("/_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;
const WAITING = `
	{
		__sveltekit_abc = { base: "" };
		const element = document.currentScript.parentElement;
		window.firstPaint.then(function () { return Promise.all([
			import("/_app/immutable/entry/start.A.js"),
			import("/_app/immutable/entry/app.B.js")
		]); }).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;

const page = (start: string, policy = `'self' 'sha256-theme=' '${sha(start)}'`) =>
	[
		'<html><head>',
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${policy}">`,
		'<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">',
		'<link href="/_app/immutable/chunks/C.js" rel="modulepreload">',
		'<link rel="alternate" hreflang="fr" href="/fr/embed"/>',
		'<link rel="preload" href="/_app/immutable/assets/explorer-data.en.D.json" as="fetch" crossorigin="anonymous"/>',
		'<link rel="preload" href="/fonts/a.woff2" as="font" crossorigin>',
		'<link rel="icon" href="/favicon.svg">',
		'</head><body><div style="display: contents"><h1>Title</h1>',
		`<script>${start}</script>`,
		'</div></body></html>'
	].join('');

describe('afterFirstPaint (a page’s scripts and data fetched once it has painted)', () => {
	it('holds back the module and data preloads, in place, and leaves the other links', () => {
		const out = afterFirstPaint(page(START));
		expect(out).toContain(
			'<link href="/_app/immutable/entry/start.A.js" data-after-first-paint="modulepreload">' +
				'<link href="/_app/immutable/chunks/C.js" data-after-first-paint="modulepreload">' +
				'<link rel="alternate" hreflang="fr" href="/fr/embed"/>' +
				'<link data-after-first-paint="preload" href="/_app/immutable/assets/explorer-data.en.D.json" as="fetch" crossorigin="anonymous"/>' +
				'<link rel="preload" href="/fonts/a.woff2" as="font" crossorigin>' +
				'<link rel="icon" href="/favicon.svg">'
		);
		expect(out).not.toMatch(/rel="modulepreload"/);
	});

	it('has SvelteKit’s script import once the page has painted, and the policy allow its new text', () => {
		const out = afterFirstPaint(page(START));
		expect(out).toContain(`<script>${WAITING}</script>`);
		expect(out).toContain(`script-src 'self' 'sha256-theme=' '${sha(WAITING)}'`);
		expect(out).not.toContain(sha(START));
		// The rest of the page as it was.
		expect(out.replace(WAITING, START).replace(sha(WAITING), sha(START))).toBe(
			page(START)
				.replaceAll(' rel="modulepreload"', ' data-after-first-paint="modulepreload"')
				.replace(
					'<link rel="preload" href="/_app',
					'<link data-after-first-paint="preload" href="/_app'
				)
		);
	});

	it('fails the build on a start script it does not know, or a policy without its hash', () => {
		const other = START.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => afterFirstPaint(page(other), '/embed')).toThrow(
			"/embed: SvelteKit's start script is not as expected; cannot defer it"
		);
		const changed = START.replace(']).then(([kit, app]) =>', ']).then((modules) =>');
		expect(() => afterFirstPaint(page(changed), '/embed')).toThrow(
			"/embed: SvelteKit's start script is not as expected; cannot defer it"
		);
		expect(() => afterFirstPaint(page(START, `'self'`), '/fr/')).toThrow(
			"/fr/: the policy has no hash of SvelteKit's start script"
		);
	});

	it('leaves a page without SvelteKit’s script as it is, and needs no policy where there is none', () => {
		const html = '<html><head></head><body><p>Text</p></body></html>';
		expect(afterFirstPaint(html)).toBe(html);
		const dev = page(START).replace(/<meta http-equiv[^>]*>/, '');
		expect(afterFirstPaint(dev)).toContain(`<script>${WAITING}</script>`);
	});
});
