/**
 * Issue 13: the filters sit beside the map and every figure follows them. Expectations are
 * computed from the dataset the build used, never from snapshots.
 */
import type { Page } from '@playwright/test';
import { metricValues, ranking } from '../../src/lib/data/aggregate';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { filterCommitments } from '../../src/lib/data/filter';
import { STATUSES, TYPES, type CommitmentType } from '../../src/lib/data/types';
import {
	COMMITMENTS,
	POPULATIONS,
	expect,
	reachForMap,
	test,
	waitForHydration,
	withoutWebGL
} from './fixtures';

test.use({ colorScheme: 'light' });

const name = (iso2: string) => new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(iso2)!;
const format = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const only = (types: CommitmentType[]) =>
	filterCommitments(COMMITMENTS, { types, statuses: [...STATUSES] });
const typeGroup = (page: Page) => page.getByRole('group', { name: 'Type', exact: true });
const statusGroup = (page: Page) => page.getByRole('group', { name: 'Status', exact: true });

/** The rows of a chart's table alternative, as text (read without opening it). */
function tableOf(page: Page, chartId: string) {
	return page
		.locator(`#${chartId}-table tbody tr`)
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()))
		);
}

for (const [width, height] of [
	[1440, 900],
	[1280, 720]
] as const) {
	test(`the filters are in the first screen at ${width}×${height}, before the charts`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		for (const group of [typeGroup(page), statusGroup(page)]) {
			const box = (await group.boundingBox())!;
			expect(box.y + box.height, 'the whole group is in view').toBeLessThanOrEqual(height);
		}
		const types = (await typeGroup(page).boundingBox())!;
		const overview = (await page
			.getByRole('heading', { name: 'Europe at a glance' })
			.boundingBox())!;
		expect(types.y).toBeLessThan(overview.y);
	});
}

test('on a phone the filters come right under the map, within one screen of scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const top = await typeGroup(page).evaluate((el) => el.getBoundingClientRect().top + scrollY);
	expect(top, 'the Type filters start within the first screen').toBeLessThan(844);
	const bottom = await statusGroup(page).evaluate(
		(el) => el.getBoundingClientRect().bottom + scrollY
	);
	expect(bottom, 'all the filters are reached within one screen of scrolling').toBeLessThan(
		2 * 844
	);
	const overview = await page
		.getByRole('heading', { name: 'Europe at a glance' })
		.evaluate((el) => el.getBoundingClientRect().top + scrollY);
	expect(top).toBeLessThan(overview);
});

test('"Reset filters" appears with a filter, clears types and statuses only, and goes', async ({
	page
}) => {
	test.setTimeout(60_000); // four navigations on a busy machine
	await page.goto('/country/de?metric=sites');
	await waitForHydration(page);
	const reset = page.getByRole('button', { name: 'Reset filters' });
	await expect(reset).toHaveCount(0);
	await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).uncheck();
	await expect(page).toHaveURL(/\/country\/de\?types=security,training,startup&metric=sites$/);
	await reset.click();
	await expect(page).toHaveURL(/\/country\/de\?metric=sites$/);
	await expect(reset).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: /Cloud & datacenters/ })).toBeChecked();

	// A status filter too: reset, and the country and the metric stay.
	await page.goto('/country/de?status=announced&metric=sites');
	await waitForHydration(page);
	await reset.click();
	await expect(page).toHaveURL(/\/country\/de\?metric=sites$/);
	await expect(page.getByRole('checkbox', { name: /Operational/ })).toBeChecked();
	await expect(reset).toHaveCount(0);
});

test('Europe at a glance, its chart and the ranking follow the type filter', async ({ page }) => {
	await page.goto('/');
	await waitForHydration(page);
	const all = COMMITMENTS;
	await expect(page.getByText(`${format(all.length)} commitments across`)).toBeVisible();

	await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).uncheck();
	const shown = only(['security', 'training', 'startup']);
	const countries = new Set(shown.map((c) => c.country).filter(Boolean)).size;
	const note = 'Filtered: 3 of 4 types';
	await expect(page.getByRole('heading', { level: 2 })).toContainText([
		`Europe at a glance (${note})`
	]);
	await expect(
		page.getByText(`${format(shown.length)} commitments across ${format(countries)} countries`)
	).toBeVisible();
	await expect(page.locator('#chart-europe-types-title')).toHaveText(
		`Europe’s commitments by type and status (${note})`
	);
	const byType = await tableOf(page, 'chart-europe-types');
	const total = (type: CommitmentType) => String(shown.filter((c) => c.type === type).length);
	expect(byType.map((row) => row.at(-1))).toEqual(TYPES.map(total));

	await expect(page.locator('#chart-europe-compare-title')).toHaveText(`How it compares (${note})`);
	const expected = ranking(
		metricValues('commitments', EUROPEAN_COUNTRIES, shown, POPULATIONS, COMMITMENTS),
		name,
		'en-GB'
	).filter((r) => r.value > 0);
	const rows = await tableOf(page, 'chart-europe-compare');
	expect(rows.slice(0, expected.length)).toEqual(
		expected.map((r) => [name(r.iso2), String(r.rank), format(r.value)])
	);
	// The map's key says what it counts.
	await expect(page.locator('.key .title')).toHaveText(`Commitments (${note})`);
});

test('a country page counts that country: its legend, its figures and its chart', async ({
	page
}) => {
	await page.goto('/country/de');
	await waitForHydration(page);
	const germany = COMMITMENTS.filter((c) => c.country === 'DE');
	for (const type of TYPES) {
		const n = germany.filter((c) => c.type === type).length;
		await expect(typeGroup(page).locator(`label:has(input[value="${type}"]) .count`)).toHaveText(
			format(n)
		);
	}
	for (const status of STATUSES) {
		const n = germany.filter((c) => c.status === status).length;
		await expect(
			statusGroup(page).locator(`label:has(input[value="${status}"]) .count`)
		).toHaveText(format(n));
	}

	await page.goto('/country/de?types=datacenter');
	await waitForHydration(page);
	const datacenters = germany.filter((c) => c.type === 'datacenter');
	const sites = datacenters.filter((c) => c.coordinates).length;
	await expect(page.locator('.country .facts')).toHaveText(
		`${format(sites)} datacenter sites · ${format(datacenters.length)} commitments (Cloud & datacenters only)`
	);
	await expect(page.locator('#chart-types-title')).toHaveText(
		'Commitments by type and status (Cloud & datacenters only)'
	);
	const byType = await tableOf(page, 'chart-types');
	expect(byType[0]!.at(-1)).toBe(String(datacenters.length));
	expect(byType.slice(1).map((row) => row.at(-1))).toEqual(['0', '0', '0']);
});

test('the embed’s country figures follow its filters', async ({ page }) => {
	await page.goto('/embed?country=de&types=security');
	await waitForHydration(page);
	const germany = only(['security']).filter((c) => c.country === 'DE');
	expect(germany.length).toBeGreaterThan(0);
	const figures = page.locator('section[aria-labelledby="embed-country-heading"]');
	await expect(figures.locator('p').first()).toHaveText(
		`${format(germany.length)} ${germany.length === 1 ? 'commitment' : 'commitments'} (Security & trust only)`
	);
	await expect(page.locator('#embed-chart-types-title')).toHaveText(
		'Commitments by type and status (Security & trust only)'
	);
});

test('the map’s Europe-wide box counts what passes the filters, and opens their list', async ({
	page
}) => {
	await page.goto('/');
	await waitForHydration(page);
	const box = page.getByTestId('europe-wide');
	const europe = (types: readonly CommitmentType[]) =>
		only([...types]).filter((c) => c.country === null);
	await expect(box.locator('.all .count')).toHaveText(format(europe(TYPES).length));
	for (const type of TYPES) {
		await expect(box.locator(`[data-type="${type}"] .count`)).toHaveText(
			format(europe([type]).length)
		);
	}
	await page.getByRole('checkbox', { name: /Security & trust/ }).uncheck();
	const rest = europe(['datacenter', 'training', 'startup']);
	await expect(box.locator('.all .count')).toHaveText(format(rest.length));
	await expect(box.locator('[data-type="security"]')).toHaveCount(0);

	await box.locator('.all').click();
	const details = page.locator('.details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(
		`${format(rest.length)} Europe-wide commitments`
	);
	await expect(details.locator('.choices li')).toHaveCount(rest.length);
	await expect(details.locator('.choices .place')).toHaveCount(0);
});

test('the chooser says "at this place" only for commitments at one place', async ({ page }) => {
	// On the SVG map (MapLibre kept from starting), whose marks are elements to click.
	await withoutWebGL(page);
	await page.goto('/');
	await reachForMap(page);
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
	// Vienna: Austria East and the AI Innovation Factory, at the same coordinates. At the first
	// view their cluster may hold nearby marks too: a click zooms in to where it splits, and a
	// click on Vienna's two alone opens the chooser of those two.
	const vienna = COMMITMENTS.filter((c) => c.coordinates?.join() === '16.3738,48.2082');
	expect(vienna.length).toBe(2);
	const details = page.locator('.details');
	for (let i = 0; i < 8 && !(await details.isVisible()); i++) {
		await page.locator(`.svg-map .cluster[data-ids~="${vienna[0]!.id}"]`).click();
	}
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(
		'2 commitments at this place'
	);
	await expect(details.locator('.choices li')).toHaveCount(2);
	// At one place, the rows need not repeat it.
	await expect(details.locator('.choices .place')).toHaveCount(0);
});
