import type { Page } from '@playwright/test';
import { MAP_COLORS } from '../../src/lib/symbols/palette';
import {
	choroplethFill,
	COMMITMENTS,
	expect,
	listEntries,
	onTheMap,
	test,
	showWholeList,
	waitForHydration,
	waitForInteractiveMap,
	screenPoint
} from './fixtures';

test.use({ colorScheme: 'light' });

/** The colour of one screen pixel, as #rrggbb, from a real screenshot of the page. */
async function pixel(page: Page, { x, y }: { x: number; y: number }) {
	const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 1;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
		return '#' + [r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('');
	}, png.toString('base64'));
}

function near(actual: string, expected: string, tolerance = 4) {
	const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const a = channels(actual);
	return channels(expected.toLowerCase()).every((v, i) => Math.abs(v - a[i]!) <= tolerance);
}

test('the map of Europe draws with WebGL: sea, land and the choropleth in the style’s colours', async ({
	page
}) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	await expect(page.locator('.gl-map canvas')).toBeVisible();
	const sea = await pixel(page, await screenPoint(page, [-6, 46])); // Bay of Biscay
	// Southern Belarus: no commitment, and clear of its name at its label point.
	const land = await pixel(page, await screenPoint(page, [28, 52.3]));
	// South-west France: no mark there (its country-wide marks sit at its label point).
	const france = await pixel(page, await screenPoint(page, [0.5, 45.0]));
	expect(near(sea, MAP_COLORS.light.sea), `sea pixel ${sea}`).toBe(true);
	expect(near(land, MAP_COLORS.light.land), `land pixel ${land}`).toBe(true);
	expect(near(france, choroplethFill('FR')), `France pixel ${france}`).toBe(true);
});

test('the list shows every commitment, grouped by country with a Europe-wide group', async ({
	page
}) => {
	await page.goto('/');
	const list = page.getByRole('region', { name: 'Commitments', exact: true });
	await expect(list).toBeVisible();
	await showWholeList(page);
	await expect(listEntries(page)).toHaveCount(COMMITMENTS.length);
	await expect(list.getByRole('heading', { level: 3, name: /Germany/ })).toBeVisible();
	const europeWide = COMMITMENTS.filter((c) => c.country === null).length;
	await expect(
		list.getByRole('heading', { level: 3, name: `Europe-wide ${europeWide}` })
	).toBeVisible();
	await expect(
		page.getByText(`Showing ${COMMITMENTS.length} of ${COMMITMENTS.length} commitments`)
	).toBeVisible();
});

test('unticking a type filters the list and the map, and the URL keeps it across a reload', async ({
	page
}) => {
	test.setTimeout(60_000); // two loads of the interactive map, and pixels polled
	await page.goto('/');
	await waitForInteractiveMap(page);
	await showWholeList(page);
	const withoutDatacenters = COMMITMENTS.filter((c) => c.type !== 'datacenter');
	// The map draws every commitment with a place, then all but the datacenters.
	const map = page.locator('.gl-map');
	await expect(map).toHaveAttribute(
		'data-rendered-points',
		String(COMMITMENTS.filter(onTheMap).length)
	);
	await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).uncheck();
	await expect(page).toHaveURL(/\?types=security,training,startup$/);
	await expect(listEntries(page)).toHaveCount(withoutDatacenters.length);
	await expect(page.locator('#commitments [data-id^="azure-"]')).toHaveCount(0);
	await expect(map).toHaveAttribute(
		'data-rendered-points',
		String(withoutDatacenters.filter(onTheMap).length)
	);

	await page.reload();
	await waitForInteractiveMap(page);
	await expect(page.getByRole('checkbox', { name: /Cloud & datacenters/ })).not.toBeChecked();
	await showWholeList(page);
	await expect(listEntries(page)).toHaveCount(withoutDatacenters.length);

	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await showWholeList(page);
	await expect(listEntries(page)).toHaveCount(COMMITMENTS.length);
});

test('statuses filter too, and the legend counts match the list', async ({ page }) => {
	await page.goto('/?status=announced');
	await showWholeList(page);
	const announced = COMMITMENTS.filter((c) => c.status === 'announced');
	await expect(listEntries(page)).toHaveCount(announced.length);
	const datacenters = announced.filter((c) => c.type === 'datacenter').length;
	await expect(
		page.getByRole('checkbox', { name: /Cloud & datacenters/ }).locator('..')
	).toContainText(String(datacenters));
});

test('malformed parameters fall back to the defaults without an error', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	for (const [query, expected] of [
		['?types=%3Cscript%3Ealert(1)%3C/script%3E', COMMITMENTS.length],
		['?types=castle&status=%%%', COMMITMENTS.length],
		['?id=../../etc/passwd&country=DEU&theme=purple', COMMITMENTS.length],
		['?types=DATACENTER,,datacenter', COMMITMENTS.filter((c) => c.type === 'datacenter').length]
	] as const) {
		await page.goto(`/${query}`);
		await showWholeList(page);
		await expect(listEntries(page)).toHaveCount(expected);
		await expect(page.locator('script:not([src]):not([type])')).not.toContainText(['alert(1)']);
	}
	expect(dialogs).toEqual([]);
});

test('a list entry opens its details with sources; Escape closes them and focus returns', async ({
	page
}) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	const entry = page.locator('#commitments [data-id="azure-spaincentral"]');
	await entry.click();
	await expect(page).toHaveURL(/\?id=azure-spaincentral$/);
	const details = page.getByRole('region', { name: 'Spain Central' });
	await expect(details).toBeVisible();
	await expect(details.getByRole('heading', { name: 'Spain Central' })).toBeFocused();
	await expect(details).toContainText('11 June 2024');
	const sources = details.getByRole('listitem').getByRole('link');
	expect(await sources.count()).toBeGreaterThan(0);
	for (const href of await sources.evaluateAll((links) =>
		links.map((a) => a.getAttribute('href'))
	)) {
		expect(href).toMatch(/^https?:\/\//);
	}
	await page.keyboard.press('Escape');
	await expect(details).toBeHidden();
	await expect(page).toHaveURL(/\/$/);
	await expect(entry).toBeFocused();
});

test('clicking a symbol on the map opens its details', async ({ page }) => {
	// Datacenters only: with all types, Warsaw's region shares a cluster with Poland's others.
	await page.goto('/?types=datacenter');
	await waitForInteractiveMap(page);
	const warsaw = COMMITMENTS.find((c) => c.id === 'azure-polandcentral')!;
	const at = await screenPoint(page, warsaw.coordinates!);
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(/[?&]id=azure-polandcentral(&|$)/);
	await expect(page.getByRole('region', { name: 'Poland Central' })).toBeVisible();
});

test('every unconfirmed commitment says so in the list and in its details', async ({ page }) => {
	const low = COMMITMENTS.filter((c) => c.confidence === 'low');
	expect(low.length).toBeGreaterThan(0);
	await page.goto('/');
	// Before hydration an entry is a plain link: it would open the commitment's own page.
	await waitForHydration(page);
	for (const c of low) {
		const entry = page.locator(`#commitments [data-id="${c.id}"]`);
		await expect(entry).toContainText('Unconfirmed');
		await entry.click();
		const details = page.getByRole('region', { name: c.name });
		await expect(details).toContainText('Unconfirmed');
		await expect(details).toContainText(c.confidenceNote!);
	}
});

test('a pledge past its deadline says "deadline passed; outcome not reported", never met', async ({
	page
}) => {
	await page.goto('/?id=skills-dk');
	const details = page.getByRole('region', { name: 'Skills pledge: Denmark' });
	await expect(details).toContainText('Deadline passed; outcome not reported');
	await expect(details).toContainText('200,000 people to train');
});

test('a country-wide commitment highlights its country instead of a fake point', async ({
	page
}) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	const germanyCentre = await screenPoint(page, [10.2, 51.0]);
	const before = await pixel(page, germanyCentre);
	await page.locator('#commitments [data-id="skills-de"]').hover();
	await expect
		.poll(async () => near(await pixel(page, germanyCentre), MAP_COLORS.light.highlight, 6))
		.toBe(true);
	expect(near(before, choroplethFill('DE'))).toBe(true);
});
