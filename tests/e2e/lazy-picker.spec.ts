/**
 * Issue 16: the country picker hydrates when a reader points at it or tabs into it
 * (src/lib/ui/Island.svelte), not with the page. What a reader does with it must work as before,
 * from the first tap or key, and a country left elsewhere before then must not stay in it.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });

/** The island (Island.svelte) that holds the picker. */
const pickerIsland = (page: Page) =>
	page
		.locator('[data-island]')
		.filter({ has: page.getByRole('combobox', { name: 'Choose a country' }) });

test('the picker hydrates at the first tap, and chooses a country', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (m) => void (/hydrat/i.test(m.text()) && warnings.push(m.text())));
	await page.goto('/');
	await waitForHydration(page);
	// The page has hydrated without it, and seeing it is not enough.
	await expect(pickerIsland(page)).toHaveAttribute('data-island', '');
	const picker = page.getByRole('combobox', { name: 'Choose a country' });
	await picker.scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	await expect(pickerIsland(page)).toHaveAttribute('data-island', '');
	await picker.click();
	await expect(pickerIsland(page)).toHaveAttribute('data-island', 'hydrated');
	await picker.pressSequentially('pola');
	const options = page.getByRole('listbox', { name: 'Choose a country' }).getByRole('option');
	await expect(options).toHaveText([/^Poland/]);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/pl$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Microsoft in Poland' })).toBeVisible();
	await expect(picker).toHaveValue('Poland');
	expect(warnings).toEqual([]);
});

test('the keyboard reaches it and types into it at once', async ({ page }) => {
	await page.goto('/');
	await waitForHydration(page);
	const picker = page.getByRole('combobox', { name: 'Choose a country' });
	// Tab from the legend's last control, just before it: focus enters the island, which
	// hydrates in place.
	await page.locator('.sidebar .legend :is(input, button):visible').last().focus();
	await page.keyboard.press('Tab');
	await expect(picker).toBeFocused();
	await page.keyboard.type('swe');
	const options = page.getByRole('listbox', { name: 'Choose a country' }).getByRole('option');
	await expect(options).toHaveText([/^Sweden/]);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/se$/);
});

test('a country left before the picker is reached no longer shows in it', async ({ page }) => {
	await page.goto('/country/fr');
	await waitForHydration(page);
	await expect(pickerIsland(page)).toHaveAttribute('data-island', '');
	const picker = page.getByRole('combobox', { name: 'Choose a country' });
	await expect(picker).toHaveValue('France');
	// Back to Europe by the link above the map: the picker is still out of sight.
	await page.getByRole('link', { name: '← All of Europe' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(picker).toHaveValue('');
	await expect(picker).toHaveAttribute('placeholder', 'Type a country');
});
