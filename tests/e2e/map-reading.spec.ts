/**
 * Issue 13, "a map that explains itself": place names on both maps in the page's language,
 * tooltips on hover and on focus, the hand over marks and countries, a phone's one-finger swipe
 * scrolling the page, MapLibre taking over only once its shading is drawn, and dark-theme status
 * marks told apart.
 */
import type { Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en';
import { countryName } from '../../src/lib/i18n/format';
import {
	COMMITMENTS,
	choroplethFill,
	expect,
	screenPoint,
	test,
	waitForHydration,
	reachForMap,
	waitForInteractiveMap
} from './fixtures';

/** A browser without WebGL: the SVG map stays, and stays interactive. */
const svgOnly = (page: Page) =>
	page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		// @ts-expect-error narrowing the overloads is beside the point here
		HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
			if (type === 'webgl2' || type === 'webgl') return null;
			return original.call(this, type, ...rest);
		};
	});

const mapped = COMMITMENTS.filter((c) => c.coordinates);
/** A commitment with no other within `degrees`: one mark, however the marks are laid out. */
function alone(status?: string, degrees = 1.5) {
	return mapped.find(
		(c) =>
			(!status || c.status === status) &&
			mapped.every(
				(o) =>
					o === c ||
					Math.hypot(o.coordinates![0] - c.coordinates![0], o.coordinates![1] - c.coordinates![1]) >
						degrees
			)
	)!;
}
const lonely = alone();
const lonelyPlace = `${lonely.city}, ${countryName(lonely.country!, 'en-GB')}`;

const tooltip = (page: Page) => page.getByRole('tooltip');

test.describe('place names', () => {
	test('the SVG map names the countries in the page’s language', async ({ page }) => {
		await svgOnly(page);
		await page.goto('/fr');
		const names = page.locator('.svg-map .place-names .country text');
		// (Germany's name gives way to its many marks at the first view of a 1280×720 window.)
		await expect(names.filter({ hasText: /^ROYAUME-UNI$/ })).toHaveCount(1);
		await expect(names.filter({ hasText: /^ESPAGNE$/ })).toHaveCount(1);
		// Small countries give way at the first view instead of overlapping.
		await expect(names.filter({ hasText: /^SAINT-MARIN$/ })).toHaveCount(0);
		// None overlaps another.
		const boxes = await names.evaluateAll((texts) =>
			texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect)
		);
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				const overlap =
					a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				expect(overlap, `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(false);
			}
		}
	});

	test('MapLibre names the countries in the page’s language', async ({ page }) => {
		await page.goto('/fr');
		await waitForInteractiveMap(page);
		const gl = page.locator('.gl-map');
		// (Names give way to marks where they collide: Germany's, under its many marks, may not
		// show at the first view of a small window.)
		await expect(gl).toHaveAttribute('data-place-names', /\|ROYAUME-UNI\|/);
		await expect(gl).toHaveAttribute('data-place-names', /\|ESPAGNE\|/);
		await expect(gl).not.toHaveAttribute('data-place-names', /SAINT-MARIN/);
	});

	test('cities are named at a closer zoom, on both maps', async ({ page }) => {
		const benelux = '/de?bbox=2,49.3,7.5,53.6';
		await page.goto(benelux);
		await waitForInteractiveMap(page);
		// Frankfurt, in German (Natural Earth's name_de); names give way to marks where they collide.
		await expect(page.locator('.gl-map')).toHaveAttribute(
			'data-place-names',
			/\|Frankfurt am Main\|/
		);
		await svgOnly(page);
		await page.goto(benelux);
		await expect(
			page.locator('.svg-map .place-names .city text').filter({ hasText: 'Den Haag' })
		).toHaveCount(1);
		await expect(page.locator('.svg-map .place-names')).not.toContainText('The Hague');
		// And not at the first view.
		await page.goto('/de');
		await expect(page.locator('.svg-map .place-names .city')).toHaveCount(0);
	});
});

test.describe('hover and focus', () => {
	test('MapLibre: a mark tells its name, place and status; the hand over marks and countries', async ({
		page
	}) => {
		await page.goto('/');
		await waitForInteractiveMap(page);
		const { x, y } = await screenPoint(page, lonely.coordinates!);
		await page.mouse.move(x, y);
		await expect(tooltip(page)).toContainText(lonely.name);
		await expect(tooltip(page)).toContainText(lonelyPlace);
		await expect(tooltip(page)).toContainText(en.statuses[lonely.status]);
		const cursor = () =>
			page.locator('.gl-map canvas').evaluate((canvas) => getComputedStyle(canvas).cursor);
		expect(await cursor()).toBe('pointer');
		// Ukraine: a European country with no commitment, under the pointer.
		const ukraine = await screenPoint(page, [32.0, 49.5]);
		await page.mouse.move(ukraine.x, ukraine.y);
		await expect(tooltip(page)).toContainText('Ukraine');
		expect(await cursor()).toBe('pointer');
		// Over the sea: no tooltip, MapLibre's own hand.
		const sea = await screenPoint(page, [-15.0, 45.0]);
		await page.mouse.move(sea.x, sea.y);
		await expect(tooltip(page)).toHaveCount(0);
		expect(await cursor()).not.toBe('pointer');
	});

	test('MapLibre: a focused list entry shows its tooltip at its mark', async ({ page }) => {
		await page.goto('/');
		await waitForInteractiveMap(page);
		await page.locator(`#commitments [data-id="${lonely.id}"]`).focus();
		await expect(tooltip(page)).toContainText(lonely.name);
		const box = (await tooltip(page).boundingBox())!;
		const mark = await screenPoint(page, lonely.coordinates!);
		expect(Math.abs(box.x + box.width / 2 - mark.x)).toBeLessThan(box.width / 2 + 2);
		expect(box.y + box.height).toBeLessThanOrEqual(mark.y);
	});

	test('SVG map: a mark and a country tell what they are', async ({ page }) => {
		await svgOnly(page);
		await page.goto('/');
		await waitForHydration(page);
		await page.locator(`.svg-map [data-id="${lonely.id}"]`).hover();
		await expect(tooltip(page)).toContainText(lonely.name);
		await expect(tooltip(page)).toContainText(lonelyPlace);
		const ukraine = await screenPoint(page, [32.0, 49.5]);
		await page.mouse.move(ukraine.x, ukraine.y);
		await expect(tooltip(page)).toContainText('Ukraine');
		await expect(page.locator('.svg-map path.hover-outline')).toHaveCount(1);
		const cursor = await page
			.locator('.svg-map path[data-iso2="UA"]')
			.evaluate((path) => getComputedStyle(path).cursor);
		expect(cursor).toBe('pointer');
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	for (const which of ['MapLibre', 'SVG'] as const) {
		test(`a one-finger swipe on the ${which} map scrolls the page`, async ({ page }) => {
			if (which === 'SVG') await svgOnly(page);
			await page.goto('/');
			if (which === 'MapLibre') await waitForInteractiveMap(page);
			else await waitForHydration(page);
			const frame = (await page.locator('.map-frame').boundingBox())!;
			const centre =
				which === 'MapLibre' ? await page.locator('.gl-map').getAttribute('data-center') : null;
			// One finger, upwards over the map, as a phone sends it.
			const cdp = await page.context().newCDPSession(page);
			const x = Math.round(frame.x + frame.width / 2);
			const [from, to] = [frame.y + frame.height * 0.7, frame.y + frame.height * 0.2];
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchStart',
				touchPoints: [{ x, y: from }]
			});
			for (let i = 1; i <= 10; i++) {
				const y = from + ((to - from) * i) / 10;
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
				await page.waitForTimeout(16);
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
			if (which === 'MapLibre') {
				// The map did not move with it.
				await expect(page.locator('.gl-map')).toHaveAttribute('data-center', centre ?? '');
			}
		});
	}
});

/** The colour of a page's pixel, read from a screenshot (decoded in a blank page). */
async function pixel(page: Page, probe: Page, x: number, y: number): Promise<number[]> {
	const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
	return probe.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 1;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
	}, png.toString('base64'));
}

test('the switch to MapLibre shows France shaded all along, never blank or grey', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const probe = await context.newPage();
	await page.goto('/');
	await expect(page.locator('.svg-map path[data-iso2="FR"]')).toBeVisible();
	const { x, y } = await screenPoint(page, [0.0, 45.6]);
	await reachForMap(page);
	const expected = choroplethFill('FR')
		.slice(1)
		.match(/../g)!
		.map((h) => parseInt(h, 16));
	const samples: number[][] = [];
	let readyAt = -1;
	for (let i = 0; i < 300 && (readyAt < 0 || samples.length < readyAt + 5); i++) {
		samples.push(await pixel(page, probe, x, y));
		if (readyAt < 0 && (await page.locator('.map-frame[data-map="ready"]').count()) > 0)
			readyAt = samples.length;
	}
	expect(readyAt, 'MapLibre took over').toBeGreaterThan(0);
	for (const [i, sample] of samples.entries()) {
		const off = Math.max(...sample.map((v, c) => Math.abs(v - expected[c]!)));
		expect(
			off,
			`sample ${i} of ${samples.length} (ready at ${readyAt}): ${sample}`
		).toBeLessThanOrEqual(6);
	}
	await probe.close();
});

test('dark theme: a restricted mark and an announced one differ by at least 2:1', async ({
	page,
	context
}) => {
	const probe = await context.newPage();
	await svgOnly(page);
	await page.goto('/?theme=dark');
	await waitForHydration(page);
	const centre = async (id: string) => {
		const box = (await page.locator(`.svg-map [data-id="${id}"] path`).first().boundingBox())!;
		return pixel(
			page,
			probe,
			Math.round(box.x + box.width / 2),
			Math.round(box.y + box.height / 2)
		);
	};
	const luminance = ([r, g, b]: number[]) => {
		const f = (v: number) => {
			const s = v / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
	};
	const restricted = await centre(alone('restricted', 0.5).id);
	const announced = await centre(alone('announced', 0.5).id);
	const [high, low] = [luminance(restricted), luminance(announced)].sort((a, b) => b - a);
	expect((high! + 0.05) / (low! + 0.05)).toBeGreaterThanOrEqual(2);
	await probe.close();
});
