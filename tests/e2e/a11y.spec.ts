import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration, waitForInteractiveMap } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
	const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of ['/', '/embed', '/country/de', '/about', '/fr/country/fr?id=skills-fr']) {
			test(`${path} has no WCAG 2.2 AA violation`, async ({ page }) => {
				await page.goto(path);
				if (path !== '/about' && path !== '/embed') await waitForInteractiveMap(page);
				expect(await violations(page)).toEqual([]);
			});
		}
	});
}

test('the embed dialog has no WCAG 2.2 AA violation', async ({ page }) => {
	await page.goto('/');
	await waitForHydration(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	await expect(page.getByRole('dialog', { name: 'Embed this map' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('a keyboard alone reaches the list, the filters, a country and a commitment’s sources', async ({
	page
}) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	// The skip link is the first stop and jumps past the map.
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip the map, go to the list' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#commitments')).toBeFocused();

	// A filter, by keyboard.
	const datacenters = page.getByRole('checkbox', { name: /Cloud & datacenters/ });
	await datacenters.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/types=security,training,startup/);
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/\/(#commitments)?$/);

	// A commitment from the list: its details take focus; Escape gives it back.
	const entry = page.locator('#commitments [data-id="research-cambridge"]');
	await entry.focus();
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { name: 'Microsoft Research Cambridge' });
	await expect(heading).toBeFocused();
	await page.keyboard.press('Tab'); // the first link after the heading… up to the sources
	await expect(page.locator('.details').getByRole('link').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(entry).toBeFocused();

	// A country from the picker.
	await page.getByRole('combobox', { name: 'Choose a country' }).focus();
	await page.keyboard.type('ger');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/de$/);

	// Focus is always visible: the focused control has an outline.
	await page.getByRole('button', { name: 'Zoom in' }).focus();
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
});
