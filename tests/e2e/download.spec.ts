import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test, waitForHydration, waitForInteractiveMap, withoutWebGL } from './fixtures';

/** Clicks `button` and returns the file the browser was given: its name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return {
		name: (file as Download).suggestedFilename(),
		bytes: await readFile((await file.path())!)
	};
}

/** The SVG read by the browser's XML parser: whether it parsed, its size, texts and marks. */
function readSvg(page: Page, text: string) {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const svg = doc.documentElement;
		return {
			ok: svg.nodeName === 'svg' && doc.querySelector('parsererror') === null,
			width: Number(svg.getAttribute('width')),
			height: Number(svg.getAttribute('height')),
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
			marks: [...doc.querySelectorAll('g.mark')].map(
				(g) => g.getAttribute('data-id') ?? g.getAttribute('data-ids')
			),
			rects: doc.querySelectorAll('svg svg rect').length,
			// Nothing outside the file: no link, no image, no font to fetch.
			links: [...doc.querySelectorAll('[href], image, style')].length
		};
	}, text);
}

/**
 * The PNG decoded by the browser: its size, and the share of pixels unlike its corner's (one
 * pixel in 16, enough to tell a picture from a blank).
 */
function readPng(page: Page, bytes: Buffer) {
	return page.evaluate(async (base64) => {
		const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
		let unlike = 0;
		let seen = 0;
		for (let i = 0; i < pixels.length; i += 64) {
			seen++;
			const d =
				Math.abs(pixels[i]! - pixels[0]!) +
				Math.abs(pixels[i + 1]! - pixels[1]!) +
				Math.abs(pixels[i + 2]! - pixels[2]!);
			if (d > 24) unlike++;
		}
		return { width: bitmap.width, height: bitmap.height, unlike: unlike / seen };
	}, bytes.toString('base64'));
}

// Each test makes images, reads and decodes them; the interactive map renders in software.
test.describe.configure({ timeout: 180_000 });

const DATED = /-\d{4}-\d{2}-\d{2}\./;

test('the SVG map downloads as an SVG and a PNG of the view, with its title, key, marks and sources', async ({
	page
}) => {
	await withoutWebGL(page);
	await page.goto('/?types=datacenter,security');
	await waitForHydration(page);
	await page.locator('.map-frame').dispatchEvent('pointerenter');
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
	// The masthead's data link names its file with the dataset's date too.
	await expect(page.getByRole('link', { name: 'Get the data' })).toHaveAttribute(
		'download',
		/^europe-commitments-\d{4}-\d{2}-\d{2}\.csv$/
	);

	const shown = await page.locator('.svg-map .commitment').count();
	expect(shown).toBeGreaterThan(5);
	await page.getByRole('button', { name: 'Download an image of the map' }).click();
	const svgFile = await download(page, () =>
		page.getByRole('button', { name: 'Download this view of the map as SVG' }).click()
	);
	expect(svgFile.name).toMatch(/^europe-commitments-map-\d{4}-\d{2}-\d{2}\.svg$/);
	const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
	expect(svg.ok).toBe(true);
	expect(svg.links).toBe(0);
	expect(svg.texts).toContain('Microsoft’s commitments in Europe');
	expect(svg.texts.some((t) => t.startsWith('Filtered:'))).toBe(true);
	expect(svg.texts.join(' ')).toMatch(
		/Europe Commitments Map, data checked on \d+ \w+ \d{4}, CC BY 4\.0/
	);
	expect(svg.texts.join(' ')).toContain('Base map: Natural Earth');
	for (const word of [
		'What the marks mean',
		'Operational',
		'Announced',
		'Country-wide, not a site'
	]) {
		expect(svg.texts).toContain(word);
	}
	// The same marks as the map: each single one by its id, each cluster by its members.
	const onMap = await page
		.locator('.svg-map .commitment')
		.evaluateAll((marks) =>
			marks.map((m) => (m as HTMLElement).dataset.id ?? (m as HTMLElement).dataset.ids)
		);
	expect(svg.marks.sort()).toEqual(onMap.sort());
	expect(svg.marks).toHaveLength(shown);

	const pngFile = await download(page, () =>
		page.getByRole('button', { name: 'Download this view of the map as PNG' }).click()
	);
	expect(pngFile.name).toMatch(/^europe-commitments-map-\d{4}-\d{2}-\d{2}\.png$/);
	const png = await readPng(page, pngFile.bytes);
	expect([png.width, png.height]).toEqual([svg.width * 2, svg.height * 2]);
	// The sea, the land and the marks: most of the picture is not the page's white.
	expect(png.unlike).toBeGreaterThan(0.5);
	await expect(page.getByRole('status').filter({ hasText: 'Image saved.' })).toBeVisible();
});

test('the interactive map downloads the view it shows, zoomed in', async ({ page }) => {
	await page.goto('/');
	await waitForInteractiveMap(page, 90_000);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Download an image of the map' }).click();
	const file = await download(page, () =>
		page.getByRole('button', { name: 'Download this view of the map as SVG' }).click()
	);
	const svg = await readSvg(page, file.bytes.toString('utf8'));
	expect(svg.ok).toBe(true);
	expect(svg.marks.length).toBeGreaterThan(5);
	expect(svg.texts).toContain('Microsoft’s commitments in Europe');
	// Zoomed in, the countries' names are those of the closer view: some cities are named.
	expect(svg.width).toBeGreaterThan(600);
});

test('a chart downloads as an SVG and a PNG with its title, the filters and the source line', async ({
	page
}) => {
	await page.goto('/country/de?status=operational,restricted');
	await waitForHydration(page);
	const chart = page.locator('figure.chart').filter({ has: page.locator('#chart-types-title') });
	const title = (await chart.locator('h3').textContent())!;
	expect(title).toContain('Filtered');
	const segments = await chart.locator('.plot svg rect').count();
	expect(segments).toBeGreaterThan(0);

	const svgFile = await download(page, () =>
		chart.getByRole('button', { name: `Download the chart “${title}” as SVG` }).click()
	);
	expect(svgFile.name).toMatch(/^europe-commitments-chart-types-de-\d{4}-\d{2}-\d{2}\.svg$/);
	expect(svgFile.name).toMatch(DATED);
	const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
	expect(svg.ok).toBe(true);
	expect(svg.links).toBe(0);
	expect(svg.texts.join(' ')).toContain(title.slice(0, 30));
	expect(svg.texts.join(' ')).toMatch(/facts checked on \d+ \w+ \d{4}/);
	expect(svg.texts).toContain('Operational'); // the legend under the plot
	expect(svg.rects).toBe(segments);

	const pngFile = await download(page, () =>
		chart.getByRole('button', { name: `Download the chart “${title}” as PNG` }).click()
	);
	const png = await readPng(page, pngFile.bytes);
	expect([png.width, png.height]).toEqual([svg.width * 2, svg.height * 2]);
	expect(png.unlike).toBeGreaterThan(0.02);
});

test('the embed’s SVG map says how to zoom when the wheel scrolls over it, and zooms with Ctrl', async ({
	page
}) => {
	await withoutWebGL(page);
	await page.setViewportSize({ width: 700, height: 500 });
	await page.goto('/embed');
	await waitForHydration(page);
	const map = page.locator('.svg-map');
	const hint = page.locator('.wheel-hint');
	await expect(hint).toHaveCSS('opacity', '0');
	// The hint shows for a moment: watch for it rather than poll (a busy machine could miss it).
	await hint.evaluate((element) => {
		const seen = () => element.classList.contains('shown') && (element.dataset.seen = 'yes');
		// (Its class only: writing data-seen must not wake the observer again.)
		new MutationObserver(seen).observe(element, { attributeFilter: ['class'] });
	});
	// A wheel event as a mouse over the map's middle sends it (Playwright's mouse.wheel waits on
	// the page's scrolling, which a busy machine can hold up for minutes).
	const wheel = (deltaY: number, ctrlKey: boolean) =>
		map.evaluate(
			(element, [deltaY, ctrlKey]) => {
				const { left, top, width, height } = element.getBoundingClientRect();
				const [clientX, clientY] = [left + width / 2, top + height / 2];
				const event = { deltaY, ctrlKey, clientX, clientY, bubbles: true, cancelable: true };
				return element.querySelector('svg')!.dispatchEvent(new WheelEvent('wheel', event));
			},
			[deltaY, ctrlKey] as const
		);
	// Not cancelled: the page scrolls on.
	expect(await wheel(120, false)).toBe(true);
	await expect(hint).toHaveText('Use Ctrl + scroll to zoom the map');
	await expect(hint).toHaveAttribute('data-seen', 'yes');
	// …and goes again.
	await expect(hint).toHaveCSS('opacity', '0');

	const viewBox = () => map.locator('svg').first().getAttribute('viewBox');
	const before = await viewBox();
	// Cancelled: the map zooms instead of the page.
	expect(await wheel(-200, true)).toBe(false);
	await expect.poll(viewBox).not.toBe(before);
	const width = (v: string | null) => Number(v!.split(' ')[2]);
	expect(width(await viewBox())).toBeLessThan(width(before));
	await expect(hint).toHaveCSS('opacity', '0');
});
