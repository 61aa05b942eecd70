import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	COMMITMENTS,
	drawnOnSvgMap,
	expect,
	onTheMap,
	showWholeList,
	test,
	waitForHydration
} from './fixtures';

/**
 * An article on another origin that embeds the map: a real server on another port of this
 * machine (a page Playwright made up would count as a public site, and Chromium then blocks its
 * requests to a loopback address).
 */
let HOST = '';
let server: Server;
let article = '';

test.beforeAll(async () => {
	server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(article);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** An article with the map as the builder writes it: opted in to embed.js, or at a fixed height. */
async function openArticle(page: Page, baseURL: string, query = '', optIn = true) {
	article = `<!doctype html><html lang="en"><head><title>Article</title></head>
<body style="margin: 0; font-family: sans-serif">
<h1>An article</h1><p style="height: 200px">Some text before the map.</p>
<iframe id="map" src="${baseURL}/embed${query}" title="Map of Microsoft’s commitments in Europe"
  ${optIn ? 'data-commitments-map' : ''} loading="lazy" style="width: 100%; height: 300px; border: 0"></iframe>
<script src="${baseURL}/embed.js" async></script>
<p style="height: 3000px">Some text after the map.</p>
</body></html>`;
	await page.goto(`${HOST}/article.html`);
	return page.frameLocator('#map');
}

const iframeHeight = (page: Page) =>
	page.locator('#map').evaluate((frame) => frame.getBoundingClientRect().height);

test('the embed’s iframe takes the height of its content, and follows it', async ({
	page,
	baseURL,
	watch
}) => {
	watch.allowedOrigins.push(HOST);
	await page.setViewportSize({ width: 800, height: 900 });
	const frame = await openArticle(page, baseURL!);
	const content = () =>
		frame.locator('.explorer').evaluate((e) => e.getBoundingClientRect().height);
	await expect(frame.locator('.svg-map')).toBeAttached();
	await expect.poll(() => iframeHeight(page)).not.toBe(300);
	expect(Math.abs((await iframeHeight(page)) - (await content()))).toBeLessThanOrEqual(1);

	const before = await iframeHeight(page);
	await frame.getByText(/^List of the \d+ commitments shown$/).click();
	await expect.poll(() => iframeHeight(page)).toBeGreaterThan(before + 200);
	expect(Math.abs((await iframeHeight(page)) - (await content()))).toBeLessThanOrEqual(1);
});

test('on a phone, the embed’s iframe shrinks back when its content does, with no empty band', async ({
	page,
	baseURL,
	watch
}) => {
	watch.allowedOrigins.push(HOST);
	await page.setViewportSize({ width: 390, height: 844 });
	const frame = await openArticle(page, baseURL!);
	await expect(frame.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	await expect.poll(() => iframeHeight(page)).not.toBe(300);
	const closed = await iframeHeight(page);
	// The panel follows the map: nothing stretched between them.
	const gap = await frame
		.locator('.workspace')
		.evaluate(
			(workspace) =>
				workspace.lastElementChild!.getBoundingClientRect().top -
				workspace.querySelector('.map-frame')!.getBoundingClientRect().bottom
		);
	expect(gap).toBeLessThan(40);

	const list = frame.getByText(/^List of the \d+ commitments shown$/);
	await list.click();
	await expect.poll(() => iframeHeight(page)).toBeGreaterThan(closed + 200);
	await list.click();
	// Once as tall as the window (the iframe), the embed kept that height and never shrank.
	await expect.poll(() => iframeHeight(page)).toBeLessThanOrEqual(closed + 1);
});

test('embed.js leaves an iframe that did not opt in at its fixed height', async ({
	page,
	baseURL,
	watch
}) => {
	watch.allowedOrigins.push(HOST);
	await page.setViewportSize({ width: 800, height: 900 });
	const frame = await openArticle(page, baseURL!, '', false);
	await expect(frame.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	// The embed has reported its height (it always does); the page's script ignored it.
	await page.waitForTimeout(500);
	expect(await iframeHeight(page)).toBe(300);
});

test('inside an article, a link in the embed opens a new tab and the article keeps its map', async ({
	page,
	baseURL,
	watch,
	context
}) => {
	watch.allowedOrigins.push(HOST);
	const frame = await openArticle(page, baseURL!);
	await expect(frame.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	const opened = context.waitForEvent('page');
	await frame.getByRole('link', { name: 'Base map: Natural Earth' }).click({ noWaitAfter: true });
	const tab = await opened;
	expect(tab).not.toBe(page);
	await tab.close();
	await expect(frame.locator('.svg-map')).toBeAttached();
	expect(new URL((await page.locator('#map').getAttribute('src')) ?? '').pathname).toBe('/embed');
});

test('the embed shows its title, and title=0 hides it from sight only', async ({ page }) => {
	await page.goto('/embed');
	const title = page.getByRole('heading', { level: 1, name: 'Microsoft’s commitments in Europe' });
	await expect(title).toBeVisible();
	await page.goto('/embed?country=de&title=0');
	await expect(page.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	const hidden = page.getByRole('heading', { level: 1, name: 'Microsoft in Germany' });
	await expect(hidden).toBeAttached();
	expect(await hidden.evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
});

// On a slow phone the browser painted the page while its parser was still inside the panel,
// which then grew upwards (it stands on the frame's bottom edge): a layout shift of 0.014 in
// Lighthouse. The page asks that no frame be painted before the panel's last element.
test('no frame is painted before the embed’s panel is whole', async ({ page }) => {
	await page.goto('/embed');
	const expectation = page.locator('head link[rel="expect"][blocking="render"]');
	await expect(expectation).toHaveCount(1);
	const target = (await expectation.getAttribute('href'))!;
	expect(target).toMatch(/^#/);
	const last = page.locator('.embed-panel > :last-child');
	await expect(last).toHaveAttribute('id', target.slice(1));
	await expect(last).toContainText('Open the full map');
});

test('a resize message from anywhere but the embed changes nothing', async ({
	page,
	baseURL,
	watch
}) => {
	watch.allowedOrigins.push(HOST);
	const frame = await openArticle(page, baseURL!);
	await expect(frame.locator('.svg-map')).toBeAttached();
	await expect.poll(() => iframeHeight(page)).not.toBe(300);
	const settled = await iframeHeight(page);
	await page.evaluate(() => {
		// From the host page itself, and from another frame of another origin.
		window.postMessage({ type: 'commitments-map:resize', version: 1, height: 40 }, '*');
		const other = document.createElement('iframe');
		other.srcdoc =
			`<script>parent.postMessage({ type: 'commitments-map:resize', version: 1, height: 41 }, '*')</scr` +
			`ipt>`;
		document.body.append(other);
	});
	await page.waitForTimeout(500);
	expect(await iframeHeight(page)).toBe(settled);
});

test('?types=security&theme=dark shows security commitments on a dark page', async ({ page }) => {
	await page.goto('/embed?types=security&theme=dark');
	await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
	const background = await page
		.locator('.explorer')
		.evaluate((e) => getComputedStyle(e).backgroundColor);
	expect(background).toBe('rgb(15, 22, 30)');
	await page.getByText(/^List of the \d+ commitments shown$/).click();
	const security = COMMITMENTS.filter((c) => c.type === 'security');
	await expect(page.locator('#commitments .entry')).toHaveCount(security.length);
	await expect(page.getByRole('checkbox', { name: /Security & trust/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /Cloud & datacenters/ })).not.toBeChecked();
});

test('hostile or junk parameters load the defaults, with no error and no dialog', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const junk = [
		'types=<script>alert(1)</script>',
		'types="><img src=x onerror=alert(1)>&theme=<b>dark</b>',
		'country=javascript:alert(1)&legend=%00&bbox=1,2,3',
		'status=%E2%80%AE&id=%3Csvg%20onload%3Dalert(1)%3E',
		'bbox=NaN,NaN,NaN,NaN&types=,,,&status=operational,operational',
		'theme=' + 'x'.repeat(5000)
	];
	for (const query of junk) {
		await page.goto(`/embed?${query}`);
		await expect(page.locator('.svg-map')).toBeVisible();
		await expect(page.locator('img[src="x"], script:has-text("alert(1)")')).toHaveCount(0);
		expect(await page.content()).not.toContain('<img src=x');
	}
	expect(dialogs).toEqual([]);
});

test('a wheel over the embedded map scrolls the article and leaves the map’s zoom', async ({
	page,
	baseURL,
	watch
}) => {
	watch.allowedOrigins.push(HOST);
	await page.setViewportSize({ width: 900, height: 800 });
	const frame = await openArticle(page, baseURL!);
	const map = frame.locator('.gl-map');
	// The embed loads the interactive map only when the reader reaches for it.
	await expect(frame.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	await expect(frame.locator('.map-frame')).toHaveAttribute('data-map', 'static');
	const box = (await page.locator('#map').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 150);
	await expect(frame.locator('.map-frame')).toHaveAttribute('data-map', 'ready', {
		timeout: 20_000
	});
	await expect(map).toHaveAttribute('data-zoom', /\d/);
	const zoom = await map.getAttribute('data-zoom');
	const scrolled = await page.evaluate(() => window.scrollY);
	await page.mouse.wheel(0, 400);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
	await page.waitForTimeout(300);
	await expect(map).toHaveAttribute('data-zoom', zoom!);
});

test.describe('without WebGL', () => {
	test('the embed keeps the SVG map and the list when the reader reaches for the map, with no error', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			// @ts-expect-error narrowing the overloads is beside the point here
			HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
				if (type === 'webgl2' || type === 'webgl') return null;
				return original.call(this, type, ...rest);
			};
		});
		await page.goto('/embed');
		// WebGL is probed only when the reader reaches for the map (once the page listens).
		await waitForHydration(page);
		await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'static');
		await page.locator('.map-frame').hover();
		await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
		await expect(page.locator('.map-note')).toBeVisible();
		await expect(page.locator('.svg-map')).toBeVisible();
		await expect(page.locator('#commitments .entry').first()).toBeVisible();
		await showWholeList(page);
		await expect(page.locator('#commitments .entry')).toHaveCount(COMMITMENTS.length);
	});
});

test('with JavaScript off, the embed’s SVG map is there', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/embed');
	await expect(page.locator('.svg-map')).toBeVisible();
	expect(await drawnOnSvgMap(page)).toBe(COMMITMENTS.filter(onTheMap).length);
	await context.close();
});

test('the embed builder gives a snippet with the chosen view', async ({ page, context }) => {
	// A long walk through the builder (each change reloads its preview): three times the time.
	test.slow();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?types=datacenter');
	await waitForHydration(page); // the button opens its dialog once the page listens
	const opener = page.getByRole('button', { name: 'Embed' });
	await opener.click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	await dialog.getByLabel('Theme').selectOption('dark');
	await dialog.getByLabel('Country').selectOption('DE');
	const code = dialog.getByRole('textbox', { name: 'Code to paste' });
	// Ampersands are escaped in the attribute, as HTML wants them.
	await expect(code).toHaveValue(
		/src="http:\/\/127\.0\.0\.1:\d+\/embed\?types=datacenter&amp;country=de&amp;theme=dark"/
	);
	await expect(code).toHaveValue(
		/title="Map of Microsoft’s commitments in Europe" data-commitments-map loading="lazy"/
	);
	await expect(code).toHaveValue(
		/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/
	);
	await expect(dialog.locator('iframe')).toHaveAttribute(
		'src',
		/\/embed\?types=datacenter&country=de&theme=dark$/
	);
	// A height out of range is said, and gives no code (never a silent 300 px).
	const height = dialog.getByRole('spinbutton', { name: 'Height (pixels)' });
	for (const wrong of ['0', '-5', '5000']) {
		await height.fill(wrong);
		await expect(height).toHaveAttribute('aria-invalid', 'true');
		await expect(height).toHaveAccessibleDescription(
			'Enter a whole number of pixels from 300 to 1,600.'
		);
		await expect(code).toHaveCount(0);
		await expect(dialog.getByRole('button', { name: 'Copy the code' })).toBeDisabled();
	}
	await height.fill('720');
	await expect(height).toHaveAttribute('aria-invalid', 'false');
	await expect(code).toHaveValue(/height: 720px/);
	// (Its preview shows the same height, within the dialog's own limit.)
	await expect(dialog.locator('iframe')).toHaveAttribute('style', /height: 720px/);
	// Without the automatic height, no opt-in for the script: the height stays as written.
	await dialog.getByLabel('Adjust the height to the content').uncheck();
	await expect(code).not.toHaveValue(/data-commitments-map|embed\.js/);
	await dialog.getByLabel('Adjust the height to the content').check();
	await dialog.getByRole('button', { name: 'Copy the code' }).click();
	await expect(dialog.getByText('Copied to the clipboard')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
});

test('bbox sets the first view, and "Open the full map" keeps the view', async ({ page }) => {
	await page.goto('/embed');
	const home = await page.locator('.svg-map svg').getAttribute('viewBox');
	await page.goto('/embed?bbox=-10,35,5,45&types=datacenter&country=es');
	await expect(page.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	const framed = (await page.locator('.svg-map svg').getAttribute('viewBox'))!;
	expect(framed).not.toBe(home);
	// Iberia (15° of longitude) instead of Europe (about 60°): a viewBox about a quarter as wide,
	// widened a little so that the map's overlays (the key, the Europe-wide box) clear it.
	const width = (box: string) => Number(box.split(' ')[2]);
	expect(width(framed)).toBeLessThan(width(home!) * 0.4);
	const full = page.getByRole('link', { name: /Open the full map/ });
	await expect(full).toHaveAttribute('href', '/country/es?types=datacenter');
	await expect(full).toHaveAttribute('target', '_blank');
});
