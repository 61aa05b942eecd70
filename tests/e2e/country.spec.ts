import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { STATUSES, TYPES } from '../../src/lib/data/types';
import { theCountry } from '../../src/lib/i18n/en';
import {
	COMMITMENTS,
	expect,
	test,
	waitForHydration,
	waitForInteractiveMap,
	screenPoint
} from './fixtures';

const name = (iso2: string) => new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(iso2)!;
const format = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/** The rows of a chart's table alternative, as text. */
async function tableOf(page: Page, chartId: string) {
	await page.locator(`[aria-controls="${chartId}-table"]`).click();
	const table = page.locator(`#${chartId}-table table`);
	await expect(table).toBeVisible();
	return table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()))
		);
}

test('/country/de shows Germany’s charts, and their tables match the dataset', async ({ page }) => {
	await page.goto('/country/de');
	await expect(page).toHaveTitle(/^Microsoft in Germany/);
	const germany = COMMITMENTS.filter((c) => c.country === 'DE');
	const description = await page.locator('meta[name="description"]').getAttribute('content');
	const sites = germany.filter((c) => c.type === 'datacenter' && c.coordinates).length;
	expect(description).toContain(`${sites} datacenter sites`);
	expect(description).toContain('1,200,000 people to train by December 2025');
	await expect(page.getByRole('heading', { level: 2, name: 'Microsoft in Germany' })).toBeVisible();

	const byType = await tableOf(page, 'chart-types');
	expect(byType).toEqual(
		TYPES.map((type) => {
			const mine = germany.filter((c) => c.type === type);
			return [
				expect.any(String),
				...STATUSES.map((s) => String(mine.filter((c) => c.status === s).length)),
				String(mine.length)
			];
		})
	);

	const timeline = await tableOf(page, 'chart-timeline');
	const dated = germany.filter((c) => c.announced || c.opened || c.deadline);
	expect(timeline.map((row) => row[0]).sort()).toEqual(dated.map((c) => c.name).sort());

	const skills = await tableOf(page, 'chart-skills');
	expect(skills[0]).toEqual(['People to train', '1,200,000']);
	// 1,200,000 people / 83,287,273 inhabitants × 1,000 = 14.4
	expect(skills).toContainEqual(['per 1,000 inhabitants', '14.4']);
	expect(skills).toContainEqual([
		'The article’s claim, unconfirmed: no source found',
		'2,500,000 (48%)'
	]);

	const compare = await tableOf(page, 'chart-compare');
	const row = compare.find((r) => r[0] === 'Germany')!;
	expect(row[2]).toBe(String(germany.length));
});

test('choosing Spain in the picker by keyboard updates the URL, the title and the charts', async ({
	page
}) => {
	await page.goto('/?types=datacenter,training');
	await waitForHydration(page);
	const picker = page.getByRole('combobox', { name: 'Choose a country' });
	await picker.click();
	await picker.pressSequentially('spa');
	await expect(page.getByRole('option', { name: /Spain/ })).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/es\?types=datacenter,training$/);
	await expect(page).toHaveTitle(/^Microsoft in Spain/);
	await expect(page.getByRole('heading', { level: 2, name: 'Microsoft in Spain' })).toBeVisible();
	const spain = COMMITMENTS.filter((c) => c.country === 'ES');
	const byType = await tableOf(page, 'chart-types');
	expect(byType[0]![4]).toBe(String(spain.filter((c) => c.type === 'datacenter').length));
	// The list keeps the filters and shows Spain's commitments of those types.
	await expect(page.locator('#commitments .entry')).toHaveCount(
		spain.filter((c) => c.type === 'datacenter' || c.type === 'training').length
	);
	await page.goBack();
	await expect(page).toHaveURL(/\/\?types=datacenter,training$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Europe at a glance' })).toBeVisible();
});

test('clicking a country’s shape on the map opens its panel and frames it', async ({ page }) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	const zoom = Number(await page.locator('.gl-map').getAttribute('data-zoom'));
	// South-eastern Poland, away from its marks (Warsaw's, and its country-wide ones above its name).
	const at = await screenPoint(page, [22.8, 50.6]);
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(/\/country\/pl$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Microsoft in Poland' })).toBeVisible();
	await expect
		.poll(async () => Number(await page.locator('.gl-map').getAttribute('data-zoom')))
		.toBeGreaterThan(zoom + 1);
});

test('a chart’s values can be read and its table opened with the keyboard', async ({ page }) => {
	await page.goto('/country/fr');
	await waitForInteractiveMap(page); // hydrated: the chart listens to the keyboard
	const plot = page.getByRole('group', { name: 'Commitments by type and status' });
	await plot.focus();
	await page.keyboard.press('ArrowDown');
	const france = COMMITMENTS.filter((c) => c.country === 'FR');
	const operational = france.filter((c) => c.type === 'datacenter' && c.status === 'operational');
	await expect(plot.locator('.tooltip')).toHaveText(
		`Cloud & datacenters · Operational: ${operational.length}`
	);
	const toggle = page.locator('[aria-controls="chart-types-table"]');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('#chart-types-table table')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.locator('#chart-types-table table')).toBeHidden();
});

test('a country without commitments says so plainly and still compares', async ({ page }) => {
	await page.goto('/country/md');
	await expect(page).toHaveTitle(/^Microsoft in Moldova/);
	await expect(page.getByText('No commitment by Microsoft is recorded for Moldova')).toBeVisible();
	await expect(
		page.getByText('No skills pledge with a number of people is recorded for Moldova.')
	).toBeVisible();
	const compare = await tableOf(page, 'chart-compare');
	expect(compare.find((r) => r[0] === 'Moldova')?.[2]).toBe('0');
});

test('at 390 and 320 px wide no chart overflows the viewport', async ({ page }) => {
	test.setTimeout(90_000); // ten pages, each measured chart by chart
	for (const width of [390, 320]) {
		await page.setViewportSize({ width, height: 844 });
		for (const path of [
			'/country/de',
			'/country/fr',
			'/',
			'/pl/country/pl',
			'/fr/embed?country=fr'
		]) {
			await page.goto(path);
			for (const chart of await page.locator('figure.chart').all()) {
				await chart.scrollIntoViewIfNeeded();
				const box = (await chart.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
		}
	}
});

test('every European country has a prerendered page with its own title and description', async ({
	request
}) => {
	for (const iso2 of EUROPEAN_COUNTRIES) {
		const response = await request.get(`/country/${iso2.toLowerCase()}`);
		expect(response.status(), iso2).toBe(200);
		const html = await response.text();
		const country = name(iso2).replaceAll('&', '&amp;');
		expect(html, iso2).toContain(`<title>Microsoft in ${theCountry(country)}`);
		const count = COMMITMENTS.filter((c) => c.country === iso2).length;
		expect(html, iso2).toContain(
			count > 0
				? `${format(count)} commitment${count === 1 ? '' : 's'}`
				: `Microsoft in ${theCountry(country)}: no commitment recorded.`
		);
	}
});

test('a chart’s source line gives the day the dataset’s facts were checked, not the build’s', async ({
	page
}) => {
	const { updated } = JSON.parse(
		readFileSync(new URL('../../geo/data/dataset.json', import.meta.url), 'utf8')
	) as { updated: string };
	const [year, month, day] = updated.split('-').map(Number) as [number, number, number];
	const checked = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, month - 1, day))
	);
	await page.goto('/country/de');
	const source = page.locator('figure.chart:has(#chart-types-title) figcaption.source');
	await expect(source).toContainText(`facts checked on ${checked}.`);
	// And the overview's charts, on the explorer's home page.
	await page.goto('/');
	await expect(
		page.locator('figure.chart:has(#chart-europe-types-title) figcaption.source')
	).toContainText(`facts checked on ${checked}.`);
});
