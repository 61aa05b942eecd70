import {
	COMMITMENTS,
	choroplethFill,
	drawnOnSvgMap,
	holdScripts,
	expect,
	listEntries,
	onTheMap,
	test,
	reachForMap,
	waitForHydration,
	showWholeList,
	waitForInteractiveMap,
	screenPoint
} from './fixtures';

const EXTREMES: Record<string, [number, number]> = {
	'Iceland, west': [-24.0, 65.0],
	'Cyprus, south': [33.0, 34.7],
	'Portugal, Cabo da Roca': [-9.5, 38.8],
	'Finland, north': [27.5, 70.0],
	'Finland, east': [31.5, 62.9]
};

for (const [width, height] of [
	[1440, 900],
	[390, 844]
] as const) {
	test(`the first view fits Europe at ${width}×${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await waitForInteractiveMap(page);
		const frame = (await page.locator('.map-frame').boundingBox())!;
		for (const [place, lonLat] of Object.entries(EXTREMES)) {
			const { x, y } = await screenPoint(page, lonLat);
			expect.soft(x, `${place} x`).toBeGreaterThanOrEqual(frame.x);
			expect.soft(x, `${place} x`).toBeLessThanOrEqual(frame.x + frame.width);
			expect.soft(y, `${place} y`).toBeGreaterThanOrEqual(frame.y);
			expect.soft(y, `${place} y`).toBeLessThanOrEqual(frame.y + frame.height);
		}
		// Nothing of the page overflows sideways on a phone.
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth).toBeLessThanOrEqual(width);
	});
}

test('the map draws every commitment with a place, and follows the filters', async ({ page }) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	const mapped = COMMITMENTS.filter(onTheMap).length;
	await expect(page.locator('.gl-map')).toHaveAttribute('data-rendered-points', String(mapped));

	await page.getByRole('checkbox', { name: /Announced/ }).uncheck();
	const shown = COMMITMENTS.filter((c) => onTheMap(c) && c.status !== 'announced').length;
	await expect(page.locator('.gl-map')).toHaveAttribute('data-rendered-points', String(shown));
});

test('a pointer that came to rest on the map before the page hydrated loads the interactive map', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	// The page's scripts are held back until the pointer has reached the map and stopped: its
	// pointerenter came when nothing listened, and none comes again.
	const release = await holdScripts(page);
	await page.goto('/', { waitUntil: 'commit' });
	await expect(page.locator('.map-frame')).toBeVisible();
	await page.mouse.move(400, 500, { steps: 4 });
	expect(await page.locator('.map-frame').getAttribute('data-map')).toBe('static');
	release();
	await waitForHydration(page);
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'ready', {
		timeout: 45_000
	});
});

test('zoom buttons and the keyboard move the map; reset shows Europe again', async ({ page }) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	const map = page.locator('.gl-map');
	await expect(map).toHaveAttribute('data-zoom', /\d/);
	const zoom = async () => Number(await map.getAttribute('data-zoom'));
	const start = await zoom();

	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(zoom).toBeCloseTo(start + 1, 1);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect.poll(zoom).toBeCloseTo(start, 1);

	const centre = await map.getAttribute('data-center');
	await page.locator('.gl-map canvas').focus();
	await page.keyboard.press('ArrowRight');
	await expect(map).not.toHaveAttribute('data-center', centre!);
	await page.keyboard.press('Equal');
	await expect.poll(zoom).toBeGreaterThan(start + 0.5);

	// Buttons pan too: a single-pointer alternative to dragging (WCAG 2.5.7).
	const before = (await map.getAttribute('data-center'))!;
	await page.getByRole('button', { name: 'Pan east' }).click();
	await expect
		.poll(async () => Number((await map.getAttribute('data-center'))!.split(',')[0]))
		.toBeGreaterThan(Number(before.split(',')[0]));
	await page.getByRole('button', { name: 'Pan north' }).click();
	await expect
		.poll(async () => Number((await map.getAttribute('data-center'))!.split(',')[1]))
		.toBeGreaterThan(Number(before.split(',')[1]));

	await page.getByRole('button', { name: 'Show all of Europe' }).click();
	await expect.poll(zoom).toBeCloseTo(start, 1);
	await expect(map).toHaveAttribute('data-center', centre!);
});

test('a list entry brings its commitment into view on the map', async ({ page }) => {
	await page.goto('/');
	await waitForInteractiveMap(page);
	await page.locator('#commitments [data-id="azure-norwaywest"]').click();
	const map = page.locator('.gl-map');
	await expect(map).toHaveAttribute('data-center', /^5\.73\d,58\.97\d$/);
	expect(Number(await map.getAttribute('data-zoom'))).toBeGreaterThanOrEqual(5);
});

test.describe('without WebGL', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			// @ts-expect-error narrowing the overloads is beside the point here
			HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
				if (type === 'webgl2' || type === 'webgl') return null;
				return original.call(this, type, ...rest);
			};
		});
	});

	test('the SVG map and the list stay, and the filters still work', async ({ page }) => {
		await page.goto('/');
		await reachForMap(page);
		await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
		await showWholeList(page);
		await expect(page.getByText('Showing a simplified map')).toBeVisible();
		const svgMap = page.locator('.svg-map');
		await expect(svgMap).toBeVisible();
		const mapped = COMMITMENTS.filter(onTheMap);
		await expect.poll(() => drawnOnSvgMap(page)).toBe(mapped.length);

		await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).uncheck();
		await expect
			.poll(() => drawnOnSvgMap(page))
			.toBe(mapped.filter((c) => c.type !== 'datacenter').length);
		await expect(listEntries(page)).toHaveCount(
			COMMITMENTS.filter((c) => c.type !== 'datacenter').length
		);

		// A mark on its own opens its commitment.
		const single = svgMap.locator('.commitment[data-id]').first();
		const id = (await single.getAttribute('data-id'))!;
		await single.click();
		const name = COMMITMENTS.find((c) => c.id === id)!.name;
		await expect(page.getByRole('region', { name })).toBeVisible();

		const viewBox = (await svgMap.locator('svg').getAttribute('viewBox'))!;
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(svgMap.locator('svg')).not.toHaveAttribute('viewBox', viewBox);
		const width = (box: string | null) => Number(box?.split(' ')[2]);
		expect(width(await svgMap.locator('svg').getAttribute('viewBox'))).toBeCloseTo(
			width(viewBox) / 2,
			3
		);
	});

	// The server lays the marks out for a map 720 px wide; the browser, for the map's own size,
	// once it has measured it (the frame after hydration).
	test('at a phone’s width, the marks are laid out for the map’s own size', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		await reachForMap(page);
		await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
		const svgMap = page.locator('.svg-map');
		const [, , w, h] = (await svgMap.locator('svg').getAttribute('viewBox'))!
			.split(' ')
			.map(Number);
		const size = await svgMap.evaluate((e) => [e.clientWidth, e.clientHeight]);
		const unitsPerPixel = Math.max(w! / size[0]!, h! / size[1]!);
		expect(unitsPerPixel).not.toBeCloseTo(w! / 720, 2);
		const scales = await svgMap
			.locator('.commitments > .commitment')
			.evaluateAll((marks) =>
				marks.map((m) => m.getAttribute('transform')!.match(/scale\((.*)\)/)![1])
			);
		expect(scales.length).toBeGreaterThan(10);
		expect(new Set(scales)).toEqual(new Set([unitsPerPixel.toFixed(4)]));
	});

	test('a link whose filters leave no mark: the server’s marks are gone', async ({ page }) => {
		// The page is hydrated, not drawn again: its map's elements are the server's.
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () =>
				Object.assign(window, { serverMarks: document.querySelector('.svg-map .commitments') })
			)
		);
		await page.goto('/?types=security&status=restricted');
		await reachForMap(page);
		await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
		await expect.poll(() => drawnOnSvgMap(page)).toBe(0);
		await expect(page.locator('.svg-map .commitments > *')).toHaveCount(0);
		const kept = await page.evaluate(
			() => (window as unknown as { serverMarks: Element }).serverMarks.isConnected
		);
		expect(kept).toBe(true);
	});

	test('its countries: shaded by the filters, lit by a country-wide entry, outlined under the pointer, a click opens the page', async ({
		page
	}) => {
		await page.goto('/');
		await reachForMap(page);
		await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
		const pathOf = (iso2: string) => page.locator(`.svg-map path[data-iso2="${iso2}"]`);
		const fillOf = async (iso2: string) => {
			const rgb = await pathOf(iso2).evaluate((path) => getComputedStyle(path).fill);
			return (
				'#' + (rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')
			);
		};
		const germany = pathOf('DE');
		expect(await fillOf('DE')).toBe(choroplethFill('DE'));
		// A country whose class the filter changes.
		const others = COMMITMENTS.filter((c) => c.type !== 'datacenter');
		const changed = ['FR', 'IT', 'ES', 'PL', 'NL', 'GB', 'IE', 'SE', 'AT', 'BE'].find(
			(iso2) => choroplethFill(iso2, others) !== choroplethFill(iso2)
		)!;
		expect(await fillOf(changed)).toBe(choroplethFill(changed));
		await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).uncheck();
		await expect.poll(() => fillOf(changed)).toBe(choroplethFill(changed, others));
		await page.getByRole('checkbox', { name: /Cloud & datacenters/ }).check();
		await expect.poll(() => fillOf(changed)).toBe(choroplethFill(changed));

		// A country-wide commitment's entry lights its country; leaving it gives its colour back.
		await page.locator('#commitments [data-id="skills-de"]').hover();
		await expect(germany).toHaveClass(/highlight/);
		await page.locator('h1').first().hover();
		await expect(germany).not.toHaveClass(/highlight/);
		expect(await fillOf('DE')).toBe(choroplethFill('DE'));

		// The pointer over a country outlines it; a click opens its page, the filters kept.
		await page.goto('/?types=datacenter');
		await reachForMap(page);
		// Eastern Bavaria: no datacentre's mark there.
		const centre = await screenPoint(page, [12.3, 49.2]);
		await page.mouse.move(centre.x, centre.y);
		await expect(page.locator('.svg-map path.hover-outline')).toHaveCount(1);
		await page.mouse.click(centre.x, centre.y);
		await expect(page).toHaveURL(/\/country\/de\?types=datacenter$/);
		await expect(page).toHaveTitle(/^Microsoft in Germany/);
		await expect(
			page.getByRole('heading', { level: 2, name: 'Microsoft in Germany' })
		).toBeVisible();
	});
});

test('with JavaScript off, the prerendered page has the SVG map, and its list reaches every commitment', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('.svg-map')).toBeVisible();
	await expect(page.locator('.svg-map .countries path').first()).toBeVisible();
	expect(await drawnOnSvgMap(page)).toBe(COMMITMENTS.filter(onTheMap).length);
	// The first entries (today: all), each a link to its commitment's page; past them (thousands),
	// the rest through their countries' pages, which the groups' headings link to.
	const listed = await listEntries(page).evaluateAll((links) =>
		links.map((a) => a.getAttribute('href'))
	);
	const countries = await page
		.locator('#commitments h3 a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	for (const c of COMMITMENTS) {
		const reached =
			listed.includes(`/commitment/${c.id}`) ||
			(c.country !== null && countries.includes(`/country/${c.country.toLowerCase()}`));
		expect(reached, c.id).toBe(true);
	}
	await context.close();
});
