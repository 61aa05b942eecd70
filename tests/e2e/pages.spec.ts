/**
 * A page for every commitment, the site without JavaScript, the 404 page, and the addresses
 * that lead to the right page (letter case, another country's commitment, a shared theme).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serveBuild } from '../bench/serve';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { en as enPages } from '../../src/lib/i18n/pages/en';
import { fr as frPages } from '../../src/lib/i18n/pages/fr';
import { COMMITMENTS, expect, screenPoint, test, waitForHydration } from './fixtures';

const spain = COMMITMENTS.find((c) => c.id === 'azure-spaincentral')!;

test('a commitment’s page shows what it is, where, its history and every source', async ({
	page
}) => {
	await page.goto('/commitment/azure-spaincentral');
	await expect(page).toHaveTitle(/^Spain Central · Cloud & datacenters/);
	expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
		spain.summary.en
	);
	await expect(page.getByRole('heading', { level: 1, name: 'Spain Central' })).toBeVisible();
	await expect(page.getByText(spain.summary.en)).toBeVisible();
	await expect(page.getByRole('heading', { name: en.history.heading })).toBeVisible();
	await expect(page.locator('.history > li')).toHaveCount(spain.history.length);
	const sources = page.getByRole('list', { name: en.fields.sources, exact: true });
	await expect(sources.getByRole('link')).toHaveCount(spain.sources.length);
	expect(await sources.getByRole('link').first().getAttribute('href')).toBe(spain.sources[0]);
	// The small map: Spain shaded, the commitment's mark on it.
	const map = page.getByRole('img', { name: enPages.commitmentPage.mapLabel('Madrid, Spain') });
	await expect(map).toBeVisible();
	await expect(map.locator('path.own')).toHaveCount(1);
	await expect(map.locator('path.sym-ink')).toHaveCount(1);
	await page.getByRole('link', { name: enPages.commitmentPage.showOnMap }).click();
	await expect(page).toHaveURL(/\/country\/es\?id=azure-spaincentral$/);
});

test('the page in French says so in French', async ({ page }) => {
	await page.goto('/fr/commitment/azure-spaincentral');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { name: fr.fields.sources })).toBeVisible();
	await expect(page.getByRole('link', { name: frPages.commitmentPage.showOnMap })).toHaveAttribute(
		'href',
		'/fr/country/es?id=azure-spaincentral'
	);
});

test('a list entry is a link to its page; with JavaScript it opens the details in place', async ({
	page
}) => {
	await page.goto('/');
	await waitForHydration(page);
	const entry = page.locator('#commitments [data-id="azure-spaincentral"]');
	await expect(entry).toHaveAttribute('href', '/commitment/azure-spaincentral');
	await entry.click();
	await expect(page).toHaveURL(/\/\?id=azure-spaincentral$/);
	await expect(page.locator('#details-heading')).toHaveText('Spain Central');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a list entry opens the commitment’s page', async ({ page }) => {
		await page.goto('/');
		await page.locator('#commitments [data-id="azure-spaincentral"]').click();
		await expect(page).toHaveURL(/\/commitment\/azure-spaincentral$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Spain Central' })).toBeVisible();
	});

	test('a country on the map opens its page', async ({ page }) => {
		await page.goto('/');
		// South-east Poland, where no mark is.
		const { x, y } = await screenPoint(page, [22.4, 50.3]);
		const href = await page.evaluate(
			([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'),
			[x, y]
		);
		expect(href).toBe('/country/pl');
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(/\/country\/pl$/);
		await expect(page).toHaveTitle(/^Microsoft in Poland/);
	});

	test('the controls that need JavaScript are hidden, and a line says so', async ({ page }) => {
		await page.goto('/');
		// (Playwright's text search skips <noscript>: its paragraph is found by its class.)
		await expect(page.locator('.noscript')).toHaveText(en.site.noscript);
		await expect(page.locator('.noscript')).toBeVisible();
		// Every button, checkbox and text field is in the page, and none shows.
		for (const selector of ['button', 'input[type="checkbox"]', 'input[role="combobox"]']) {
			expect(await page.locator(`.explorer ${selector}`).count()).toBeGreaterThan(0);
			expect(await page.locator(`.explorer ${selector}:visible`).count()).toBe(0);
		}
		// The country headings of the list are links too.
		await expect(page.locator('#commitments h3 a[href="/country/es"]')).toBeVisible();
	});
});

test('?theme=dark paints dark from the first frame, before the app has loaded', async ({
	browser
}) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
	// The app's JavaScript never arrives: what shows is the HTML and its inline script.
	await page.route('**/_app/**', (route) => route.abort());
	await page.goto('/?theme=dark', { waitUntil: 'domcontentloaded' });
	const background = await page
		.locator('.app')
		.evaluate((e) => getComputedStyle(e).backgroundColor);
	expect(background).toBe('rgb(15, 22, 30)');
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	expect(await page.locator('.app').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
		'rgb(255, 255, 255)'
	);
	// The inline script ran under the page's policy (its hash is allowed): no violation.
	expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
	await context.close();
});

test.describe('served as a static host serves the build', () => {
	let server: Server;
	let origin: string;
	test.beforeAll(async () => {
		server = await serveBuild(path.resolve('build'), 0);
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	test.afterAll(() => new Promise<void>((done) => server.close(() => done())));
	test.beforeEach(({ watch }) => void watch.allowedOrigins.push(origin));

	test('an unknown address gets the 404 page, with the header and a way back', async ({
		page,
		watch
	}) => {
		const response = await page.goto(`${origin}/nope`);
		expect(response?.status()).toBe(404);
		await expect(
			page.getByRole('heading', { level: 1, name: en.site.notFoundTitle })
		).toBeVisible();
		await expect(page.getByRole('link', { name: en.siteTitle })).toHaveAttribute('href', '/');
		await page.getByRole('link', { name: en.site.notFoundHome }).click();
		await expect(page).toHaveURL(`${origin}/`);
		watch.clear(); // the browser reports the 404 response as a console error
	});

	test('/fr/nope says it in French', async ({ page, watch }) => {
		const response = await page.goto(`${origin}/fr/nope`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(
			page.getByRole('heading', { level: 1, name: fr.site.notFoundTitle })
		).toBeVisible();
		await expect(page.getByRole('link', { name: fr.site.notFoundHome })).toHaveAttribute(
			'href',
			'/fr'
		);
		watch.clear();
	});

	test('/country/DE lands on /country/de, with its query', async ({ page, watch }) => {
		await page.goto(`${origin}/country/DE?types=datacenter`);
		await expect(page).toHaveURL(`${origin}/country/de?types=datacenter`);
		await expect(page).toHaveTitle(/^Microsoft in Germany/);
		watch.clear();
	});
});

test('/country/de?id= of a commitment in Spain opens it on Spain’s page', async ({ page }) => {
	await page.goto('/country/de?id=azure-spaincentral&types=datacenter');
	await expect(page).toHaveURL(/\/country\/es\?id=azure-spaincentral&types=datacenter$/);
	await expect(page.locator('#details-heading')).toHaveText('Spain Central');
	await expect(page).toHaveTitle(/^Microsoft in Spain/);
});
