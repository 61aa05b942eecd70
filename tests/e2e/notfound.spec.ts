/**
 * A reader who mistypes an address, served as a static host serves the build (build/404.html at
 * any unknown path, with status 404): without JavaScript the 404 page offers every country's page
 * and a language menu that works; with JavaScript a country's address typed with a name or
 * another code goes to the country.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serveBuild } from '../bench/serve';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { expect, test } from './fixtures';

let server: Server;
let origin: string;
test.beforeAll(async () => {
	server = await serveBuild(path.resolve('build'), 0);
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));
// The browser reports each 404 response as a console error: expected here.
test.beforeEach(({ watch }) => void watch.allowedOrigins.push(origin));
test.afterEach(({ watch }) => watch.clear());

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/country/DE offers Germany’s page among every country’s, and it opens', async ({
		page
	}) => {
		const response = await page.goto(`${origin}/country/DE`);
		expect(response?.status()).toBe(404);
		await expect(
			page.getByRole('heading', { level: 1, name: en.site.notFoundTitle })
		).toBeVisible();
		const countries = page.getByRole('region', { name: en.notfound2.countries });
		await expect(countries.getByRole('link')).toHaveCount(46);
		// In alphabetical order of the page's language.
		await expect(countries.getByRole('link').first()).toHaveText('Albania');
		await countries.getByRole('link', { name: 'Germany', exact: true }).click();
		await expect(page).toHaveURL(`${origin}/country/de`);
		await expect(page).toHaveTitle(/^Microsoft in Germany/);
	});

	test('/de/country/Deutschland offers the countries in German, and the header leads back', async ({
		page
	}) => {
		const response = await page.goto(`${origin}/de/country/Deutschland`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(
			page.getByRole('heading', { level: 1, name: de.site.notFoundTitle })
		).toBeVisible();
		const countries = page.getByRole('region', { name: de.notfound2.countries });
		await expect(countries.getByRole('link', { name: 'Österreich' })).toHaveAttribute(
			'href',
			'/de/country/at'
		);
		await expect(page.getByRole('link', { name: de.siteTitle })).toHaveAttribute('href', '/de');
		await countries.getByRole('link', { name: 'Deutschland', exact: true }).click();
		await expect(page).toHaveURL(`${origin}/de/country/de`);
		await expect(page).toHaveTitle(/^Microsoft in Deutschland/);
	});

	test('the language menu works: French gives the same help in French', async ({ page }) => {
		await page.goto(`${origin}/nope`);
		await page.locator('summary').click();
		await page.getByRole('link', { name: 'Français' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(
			page.getByRole('heading', { level: 1, name: fr.site.notFoundTitle })
		).toBeVisible();
		const countries = page.getByRole('region', { name: fr.notfound2.countries });
		await countries.getByRole('link', { name: 'Allemagne', exact: true }).click();
		await expect(page).toHaveURL(`${origin}/fr/country/de`);
		await expect(page).toHaveTitle(/^Microsoft en Allemagne/);
	});
});

test.describe('with JavaScript', () => {
	test('a country’s name or three-letter code in the address goes to its page, with the query', async ({
		page
	}) => {
		await page.goto(`${origin}/country/germany?types=datacenter`);
		await expect(page).toHaveURL(`${origin}/country/de?types=datacenter`);
		await expect(page).toHaveTitle(/^Microsoft in Germany/);
		await page.goto(`${origin}/de/country/DEU`);
		await expect(page).toHaveURL(`${origin}/de/country/de`);
		await page.goto(`${origin}/fr/country/royaume-uni`);
		await expect(page).toHaveURL(`${origin}/fr/country/gb`);
	});

	test('a trailing slash or capitals elsewhere reach the page too', async ({ page }) => {
		await page.goto(`${origin}/de/`);
		await expect(page).toHaveURL(`${origin}/de`);
		await page.goto(`${origin}/Commitment/Skills-DE`);
		await expect(page).toHaveURL(`${origin}/commitment/skills-de`);
	});
});
