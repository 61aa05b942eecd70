/**
 * Issue 16: the full pages' list hydrates when a reader comes near it, not with the page (it
 * stays the prerendered DOM until then: src/lib/ui/Island.svelte, used by FullSidebar.svelte).
 * What a reader does with it must work as before: scroll to it and choose an entry, tap an entry
 * before it has hydrated, reach it with the keyboard, pick a mark on the map and find its entry
 * shown as chosen in the list.
 */
import type { Page } from '@playwright/test';
import { COMMITMENTS, expect, listEntries, test, waitForHydration, withoutWebGL } from './fixtures';

/** The island (Island.svelte) that holds the list. */
const islandOf = (page: Page) =>
	page.locator('[data-island]').filter({ has: page.locator('#commitments') });

/** Svelte's warnings when hydration fails (it would then render the list again). */
function watchHydrationWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (/hydrat/i.test(message.text())) warnings.push(message.text());
	});
	return warnings;
}

/** A commitment's details, as the page labels them (a region named after it). */
const detailsOf = (page: Page, id: string) =>
	page.getByRole('region', { name: COMMITMENTS.find((c) => c.id === id)!.name, exact: true });

test.describe('on a phone (the list is below the first screen)', () => {
	test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'light', hasTouch: true });

	test('the list hydrates as it scrolls into view, and an entry opens its details', async ({
		page
	}) => {
		const warnings = watchHydrationWarnings(page);
		await page.goto('/');
		await waitForHydration(page);
		const island = islandOf(page);
		await page.waitForTimeout(500);
		await expect(page.locator('#commitments-heading')).not.toBeInViewport();
		await expect(island).toHaveAttribute('data-island', '');
		// Not hydrated, yet whole: the prerendered list, every commitment in it.
		await expect(listEntries(page)).toHaveCount(COMMITMENTS.length);

		await page.locator('#commitments-heading').scrollIntoViewIfNeeded();
		await expect(island).toHaveAttribute('data-island', 'hydrated');
		const entry = page.locator('#commitments [data-id="azure-spaincentral"]');
		await entry.click();
		await expect(page).toHaveURL(/\?id=azure-spaincentral$/);
		await expect(detailsOf(page, 'azure-spaincentral')).toBeVisible();
		await expect(entry).toHaveAttribute('aria-current', 'true');
		await expect(listEntries(page)).toHaveCount(COMMITMENTS.length);
		expect(warnings).toEqual([]);
	});

	test('a tap on an entry before the list has hydrated opens its details', async ({ page }) => {
		const warnings = watchHydrationWarnings(page);
		// The observer's report held back, as when a tap comes before it (a fling, a slow phone):
		// the tap itself must hydrate the list, in place, before its click.
		await page.addInitScript(() => {
			const observe = IntersectionObserver.prototype.observe;
			IntersectionObserver.prototype.observe = function (target: Element) {
				if (!target.hasAttribute('data-island')) observe.call(this, target);
			};
		});
		await page.goto('/');
		await waitForHydration(page);
		const island = islandOf(page);
		const entry = page.locator('#commitments [data-id="azure-polandcentral"]');
		await entry.scrollIntoViewIfNeeded();
		await page.waitForTimeout(300);
		await expect(island).toHaveAttribute('data-island', '');
		// What the island was when the tap began (its first pointer event: pointerover, then
		// pointerdown), before its own listeners ran.
		await page.evaluate(() => {
			const island = document.getElementById('commitments')!.parentElement!;
			const note = () => (document.body.dataset.atTap ??= island.getAttribute('data-island')!);
			for (const type of ['pointerover', 'pointerdown']) {
				window.addEventListener(type, note, { capture: true, once: true });
			}
		});
		const box = (await entry.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await expect(page).toHaveURL(/\?id=azure-polandcentral$/);
		await expect(detailsOf(page, 'azure-polandcentral')).toBeVisible();
		await expect(page.locator('body')).toHaveAttribute('data-at-tap', '');
		await expect(island).toHaveAttribute('data-island', 'hydrated');
		await expect(entry).toHaveAttribute('aria-current', 'true');
		expect(warnings).toEqual([]);
	});
});

test.describe('on a laptop (the list is in the sidebar, below its first screen)', () => {
	test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });

	test('a click on an entry, first thing after the page loads, opens its details', async ({
		page
	}) => {
		const warnings = watchHydrationWarnings(page);
		await page.goto('/');
		await waitForHydration(page);
		await expect(islandOf(page)).toHaveAttribute('data-island', '');
		const entry = page.locator('#commitments [data-id="azure-spaincentral"]');
		await entry.click();
		await expect(page).toHaveURL(/\?id=azure-spaincentral$/);
		const details = detailsOf(page, 'azure-spaincentral');
		await expect(details.getByRole('heading', { name: 'Spain Central' })).toBeFocused();
		// Escape closes them, and focus returns to the entry: the list is the hydrated one.
		await page.keyboard.press('Escape');
		await expect(details).toBeHidden();
		await expect(entry).toBeFocused();
		expect(warnings).toEqual([]);
	});

	test('the keyboard reaches the list by the skip link, and uses it', async ({ page }) => {
		const warnings = watchHydrationWarnings(page);
		await page.goto('/');
		await waitForHydration(page);
		const island = islandOf(page);
		await expect(island).toHaveAttribute('data-island', '');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip the map, go to the list' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('#commitments')).toBeFocused();
		await expect(island).toHaveAttribute('data-island', 'hydrated');
		// The first group's country, then its first entry.
		await page.keyboard.press('Tab');
		await expect(page.locator('#commitments a.country').first()).toBeFocused();
		await page.keyboard.press('Tab');
		const first = listEntries(page).first();
		await expect(first).toBeFocused();
		const id = (await first.getAttribute('data-id'))!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`\\?id=${id}$`));
		await expect(detailsOf(page, id)).toBeVisible();
		expect(warnings).toEqual([]);
	});

	test('a mark picked on the map before the list has hydrated: its entry is chosen, in view', async ({
		page
	}) => {
		const warnings = watchHydrationWarnings(page);
		await withoutWebGL(page);
		await page.goto('/');
		await waitForHydration(page);
		const island = islandOf(page);
		await expect(island).toHaveAttribute('data-island', '');
		// A mark that stands for one commitment (a cluster offers its members to choose from).
		const mark = page.locator('.svg-map .commitment[data-id]').last();
		const id = (await mark.getAttribute('data-id'))!;
		const entry = page.locator(`#commitments [data-id="${id}"]`);
		await expect(entry).not.toBeInViewport();
		await mark.click();
		await expect(page).toHaveURL(new RegExp(`[?&]id=${id}(&|$)`));
		await expect(detailsOf(page, id)).toBeVisible();
		await expect(entry).toHaveAttribute('aria-current', 'true');
		// The list, rendered afresh for the new selection, scrolled its entry into view.
		await expect(entry).toBeInViewport({ ratio: 1 });
		await expect(listEntries(page)).toHaveCount(COMMITMENTS.length);
		expect(warnings).toEqual([]);
	});
});
