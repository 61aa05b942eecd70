/**
 * What a fact-checker with JavaScript off finds beyond the explorer's own controls (pages.spec
 * has those): nothing on the map that looks clickable and opens nothing, no Copy button that
 * cannot copy.
 */
import { en } from '../../src/lib/i18n/en';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('a cluster on the map leads to its country’s page, which lists its commitments', async ({
	page
}) => {
	await page.goto('/');
	const cluster = page.locator('.svg-map .cluster[data-ids~="azure-uksouth"]');
	const box = (await cluster.boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	const href = await page.evaluate(
		([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'),
		[x, y]
	);
	expect(href).toBe('/country/gb');
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/\/country\/gb$/);
	await expect(page.locator('#commitments [data-id="azure-uksouth"]')).toHaveAttribute(
		'href',
		'/commitment/azure-uksouth'
	);
});

test('the map shows no empty Europe-wide panel (its buttons need JavaScript)', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('europe-wide')).toBeHidden();
});

test('the citation on /about is there to select, without a Copy button that cannot copy', async ({
	page
}) => {
	await page.goto('/about');
	await expect(page.locator('#cite-plain')).toBeVisible();
	await expect(page.locator('#cite-plain')).toHaveValue(/Europe Commitments Map/);
	await expect(page.getByRole('button', { name: en.share.copyPlain })).toBeHidden();
	await expect(page.getByRole('button', { name: en.share.copyBibtex })).toBeHidden();
});

test('the map reaches down to the footer: no empty band where the time control would be', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	await expect(page.locator('.time-slot')).toBeHidden();
	const map = (await page.locator('.map-frame').boundingBox())!;
	const footer = (await page.locator('footer').first().boundingBox())!;
	expect(footer.y - (map.y + map.height)).toBeLessThan(2);
});

test('/promises shows its promises without controls that need JavaScript', async ({ page }) => {
	await page.goto('/promises');
	await expect(page.locator('.tracker .filters')).toBeHidden();
	const buttons = await page.locator('.tracker button').all();
	expect(buttons.length).toBeGreaterThan(0);
	for (const button of buttons) await expect(button).toBeHidden();
	const promises = page.locator('.promises > li.promise');
	expect(await promises.count()).toBeGreaterThan(0);
	for (const promise of await promises.all()) await expect(promise).toBeVisible();
});
