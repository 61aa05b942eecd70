/**
 * A page shows its prerendered text before it hydrates: hydration, a long task on a phone, waits
 * for the browser's record of the first contentful paint (src/lib/state/explorer-data.ts).
 */
import { expect, test, waitForHydration } from './fixtures';

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
}
