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
				// axe over every mark and place name of a whole map: more than the default time.
				test.slow();
				await page.goto(path);
				if (path !== '/about' && path !== '/embed') await waitForInteractiveMap(page);
				expect(await violations(page)).toEqual([]);
			});
		}
	});
}

test('the embed dialog has no WCAG 2.2 AA violation', async ({ page }) => {
	test.slow(); // the page and the builder's preview, both scanned
	await page.goto('/');
	await waitForHydration(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	await expect(page.getByRole('dialog', { name: 'Embed this map' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('a keyboard alone reaches the list, the filters, a country, a commitment’s sources and the embed code', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
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

	// The embed builder: open it, Tab (focus stays in the dialog) to Copy, copy, Escape.
	const opener = page.getByRole('button', { name: 'Embed' });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	const copy = dialog.getByRole('button', { name: 'Copy the code' });
	for (let i = 0; i < 30 && !(await copy.evaluate((b) => b === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
		expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
		await expectVisibleFocus(page);
	}
	await expect(copy).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog.getByText('Copied to the clipboard')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		/^<iframe\s[\s\S]*\/embed\.js" async><\/script>$/
	);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();

	// Focus is always visible: the focused control has an outline.
	await page.getByRole('button', { name: 'Zoom in' }).focus();
	await expectVisibleFocus(page);
});

/** The focused element shows an outline (inside the embed's preview, if focus is there). */
async function expectVisibleFocus(page: Page) {
	const { outline, what } = await page.evaluate(() => {
		let element = document.activeElement!;
		while (element instanceof HTMLIFrameElement && element.contentDocument?.activeElement) {
			element = element.contentDocument.activeElement;
		}
		return {
			outline: getComputedStyle(element).outlineStyle,
			what: element.outerHTML.slice(0, 120)
		};
	});
	expect(outline, what).not.toBe('none');
}

test('under prefers-reduced-motion the camera jumps rather than glides', async ({ page }) => {
	const zoomInOnce = () =>
		page.evaluate(() => {
			const map = document.querySelector<HTMLElement>('.gl-map')!;
			const before = Number(map.dataset.zoom);
			document.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
			// Read at once: an animated move would not have ended yet.
			return Number(map.dataset.zoom) - before;
		});
	await page.emulateMedia({ reducedMotion: 'reduce' });
	// The map reports its zoom once it has settled (after 'load').
	const settled = async () => {
		await waitForInteractiveMap(page);
		await expect(page.locator('.gl-map')).toHaveAttribute('data-zoom', /\d/);
	};
	await page.goto('/');
	await settled();
	expect(await zoomInOnce()).toBeCloseTo(1, 2);

	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.reload();
	await settled();
	expect(await zoomInOnce()).toBe(0);
});
