/**
 * Issue 16: the sidebar's charts hydrate when a reader comes near them, not with the page (they
 * stay the prerendered DOM until then: src/lib/ui/Island.svelte), and the embed's list when it
 * is opened. What a reader does must work as before: scroll to a chart and use it, set a filter
 * first and find the chart following it, reach a chart's controls with the keyboard.
 * Expectations are computed from the dataset the build used.
 */
import type { Page } from '@playwright/test';
import { METRIC_INFO, metricValues, ranking, type Metric } from '../../src/lib/data/aggregate';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { filterCommitments } from '../../src/lib/data/filter';
import { STATUSES, TYPES, type CommitmentType } from '../../src/lib/data/types';
import { COMMITMENTS, POPULATIONS, expect, test, waitForHydration } from './fixtures';

// A phone: the sidebar's charts are below the first screen.
test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });

const name = (iso2: string) => new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(iso2)!;

/** The island (Island.svelte) that holds a chart, by the chart's id. */
const islandOf = (page: Page, chartId: string) =>
	page.locator('[data-island]').filter({ has: page.locator(`#${chartId}-title`) });

/** The rows of a chart's table alternative, as text (read without opening it). */
function tableOf(page: Page, chartId: string) {
	return page
		.locator(`#${chartId}-table tbody tr`)
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()))
		);
}

/** The comparison's rows above zero, as its table shows them. */
function expectedRanking(metric: Metric, types: readonly CommitmentType[] = TYPES) {
	const shown = filterCommitments(COMMITMENTS, { types: [...types], statuses: [...STATUSES] });
	const digits = METRIC_INFO[metric].digits;
	const fmt = new Intl.NumberFormat('en-GB', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
	return ranking(
		metricValues(metric, EUROPEAN_COUNTRIES, shown, POPULATIONS, COMMITMENTS),
		name,
		'en-GB'
	)
		.filter((r) => r.value > 0)
		.map((r) => [name(r.iso2), String(r.rank), fmt.format(r.value)]);
}

/** Svelte's warnings when hydration fails (it would then render the chart again). */
function watchHydrationWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (/hydrat/i.test(message.text())) warnings.push(message.text());
	});
	return warnings;
}

test('the comparison hydrates as it scrolls into view, and its metric picker ranks again', async ({
	page
}) => {
	const warnings = watchHydrationWarnings(page);
	await page.goto('/');
	await waitForHydration(page);
	const island = islandOf(page, 'chart-europe-compare');
	// Below the first screen: still the prerendered chart, showing the prerendered figures.
	await page.waitForTimeout(500);
	await expect(island).toHaveAttribute('data-island', '');
	expect(await tableOf(page, 'chart-europe-compare')).toEqual(
		expect.arrayContaining(expectedRanking('commitments'))
	);

	await page.locator('#chart-europe-compare-title').scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-island', 'hydrated');
	const select = island.getByRole('combobox', { name: 'Colour countries by' });
	await select.selectOption('trainingPerThousand');
	await expect(page.locator('#chart-europe-compare-title')).toHaveText('How it compares');
	await expect
		.poll(async () => (await tableOf(page, 'chart-europe-compare')).slice(0, 3))
		.toEqual(expectedRanking('trainingPerThousand').slice(0, 3));
	// The map follows the chart's picker: one state, shared with the rest of the page.
	await expect(page).toHaveURL(/metric=trainingPerThousand/);
	expect(warnings).toEqual([]);
});

test('a filter set before the charts are reached: they show the filtered figures', async ({
	page
}) => {
	const warnings = watchHydrationWarnings(page);
	await page.goto('/');
	await waitForHydration(page);
	await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).uncheck();
	const types = TYPES.filter((t) => t !== 'datacenter');
	const shown = filterCommitments(COMMITMENTS, { types, statuses: [...STATUSES] });
	// Out of sight, each is rendered afresh for the filter right after the click has painted.
	for (const id of ['chart-europe-types', 'chart-europe-compare']) {
		await expect(islandOf(page, id)).toHaveAttribute('data-island', 'hydrated');
	}

	await page.locator('#chart-europe-types-title').scrollIntoViewIfNeeded();
	await expect(page.locator('#chart-europe-types-title')).toHaveText(
		'Europe’s commitments by type and status (Filtered: 3 of 4 types)'
	);
	const byType = await tableOf(page, 'chart-europe-types');
	expect(byType.map((row) => row.at(-1))).toEqual(
		TYPES.map((type) => String(shown.filter((c) => c.type === type).length))
	);
	await page.locator('#chart-europe-compare-title').scrollIntoViewIfNeeded();
	const expected = expectedRanking('commitments', types);
	expect((await tableOf(page, 'chart-europe-compare')).slice(0, expected.length)).toEqual(expected);
	expect(warnings).toEqual([]);
});

test('the keyboard reaches a chart’s controls, and they work', async ({ page }) => {
	const warnings = watchHydrationWarnings(page);
	await page.goto('/country/de');
	await waitForHydration(page);
	const island = islandOf(page, 'chart-types');
	await page.waitForTimeout(500);
	await expect(island).toHaveAttribute('data-island', '');

	// From the link before the charts, Tab: the chart's plot, then its table's toggle.
	await page.getByRole('link', { name: '← All of Europe' }).focus();
	await page.keyboard.press('Tab');
	await expect(island.locator('.plot')).toBeFocused();
	await expect(island).toHaveAttribute('data-island', 'hydrated');
	// The plot's arrow keys read its values, as before.
	await page.keyboard.press('ArrowRight');
	await expect(island.locator('.tooltip')).toBeVisible();
	await page.keyboard.press('Tab');
	const toggle = island.locator('[aria-controls="chart-types-table"]');
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#chart-types-table table')).toBeVisible();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	expect(warnings).toEqual([]);
});

test('the embed’s list hydrates when it is opened, and follows the filters', async ({ page }) => {
	const warnings = watchHydrationWarnings(page);
	await page.goto('/embed');
	await waitForHydration(page);
	const island = page.locator('.embed-list [data-island]');
	await page.waitForTimeout(500);
	await expect(island).toHaveAttribute('data-island', '');

	await page.locator('.embed-list summary').click();
	await expect(island).toHaveAttribute('data-island', 'hydrated');
	const ids = () => island.locator('a.entry').evaluateAll((as) => as.map((a) => a.dataset.id));
	const datacenters = new Set(COMMITMENTS.filter((c) => c.type === 'datacenter').map((c) => c.id));
	const isDatacenter = (id: string | undefined) => datacenters.has(id!);
	await expect(island.locator('a.entry').first()).toBeVisible();
	expect((await ids()).some(isDatacenter)).toBe(true);
	await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).uncheck();
	await expect.poll(async () => (await ids()).some(isDatacenter)).toBe(false);
	expect((await ids()).length).toBeGreaterThan(0);
	expect(warnings).toEqual([]);
});
