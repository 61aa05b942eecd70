/**
 * A page shows its prerendered text before it hydrates: its scripts and data are fetched, and
 * hydration (a long task on a phone) begins, once the browser has recorded the first contentful
 * paint (src/lib/server/after-first-paint.ts, src/lib/state/explorer-data.ts).
 */
import { expect, holdScripts, test, waitForHydration } from './fixtures';

for (const path of ['/', '/embed', '/de/country/fr']) {
	test(`${path} paints its text first, then hydrates`, async ({ page }) => {
		await page.goto(path);
		await waitForHydration(page);
		const [paint, hydrate] = await page.evaluate(() => [
			performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			performance.getEntriesByName('explorer:hydrate')[0]?.startTime
		]);
		expect(paint, 'the first contentful paint is recorded').toBeGreaterThan(0);
		expect(hydrate, 'hydration was let go').toBeGreaterThan(0);
		expect(hydrate!).toBeGreaterThanOrEqual(paint!);
	});

	test(`${path} fetches its scripts and data only once it has painted`, async ({ page }) => {
		await page.goto(path);
		await waitForHydration(page);
		const [paint, fetched] = await page.evaluate(
			() =>
				[
					performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
					performance
						.getEntriesByType('resource')
						.filter((entry) => /\/_app\/immutable\/.+\.(js|json)$/.test(entry.name))
						.map((entry) => ({ file: entry.name, start: entry.startTime }))
				] as const
		);
		// The page's modules (a few dozen) and the explorer's shared data.
		expect(fetched.filter(({ file }) => file.endsWith('.js')).length).toBeGreaterThan(10);
		expect(fetched.filter(({ file }) => file.includes('/explorer-data.'))).toHaveLength(1);
		const early = fetched.filter(({ start }) => start < paint).map(({ file }) => file);
		expect(early, 'fetched before the first contentful paint').toEqual([]);
		// Every link held back is in the head again with its rel (a few a task: app.html).
		const missing = await page.evaluate(() =>
			[...document.querySelectorAll('link[data-after-first-paint]')]
				.map((held) => [held.getAttribute('data-after-first-paint'), held.getAttribute('href')])
				.filter(
					([rel, href]) =>
						!document.head.querySelector(`link[rel="${rel}"][href="${CSS.escape(href!)}"]`)
				)
		);
		expect(missing, 'held links not added back').toEqual([]);
	});
}

test('a button pressed before the page listened is pressed once it does', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/', { waitUntil: 'commit' });
	const embed = page.getByRole('button', { name: 'Embed' });
	// Twice, as a reader whose first tap did nothing would: the dialog opens once.
	await embed.click();
	await embed.click();
	await expect(page.locator('.explorer')).not.toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	release();
	await waitForHydration(page);
	await expect(page.getByRole('dialog', { name: 'Embed this map' })).toBeVisible();
	// After that, the page's own handlers alone: a press is not kept to be pressed again.
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.waitForTimeout(300);
	await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a button pressed before the page listened, in a part that hydrates later, is pressed too', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto('/', { waitUntil: 'commit' });
	// The Europe-wide chart's table toggle: in an island (Island.svelte), which hydrates after the
	// page, as it comes near the viewport; the press is made again before it does.
	const toggle = page.locator('[aria-controls="chart-europe-types-table"]');
	await toggle.click();
	await expect(page.locator('.explorer')).not.toHaveAttribute('data-hydrated', 'true');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	release();
	await waitForHydration(page);
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('#chart-europe-types-table')).toBeVisible();
	// Pressed once: it stays open.
	await page.waitForTimeout(300);
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});
