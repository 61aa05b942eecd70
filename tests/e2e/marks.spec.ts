/**
 * Every commitment with a place is on both maps, and no mark hides another (issue 13, parts 1
 * and 2). The SVG map is read from its marks (`data-id`, a cluster's `data-ids`); MapLibre's
 * through its test hook (instrument.ts: `data-rendered-points`, `data-rendered-marks`).
 */
import type { Page } from '@playwright/test';
import { TYPES } from '../../src/lib/data/types';
import { parseImageId } from '../../src/lib/map/expressions';
import { clusterRadius, COUNTRY_RING } from '../../src/lib/symbols/symbols';
import {
	COMMITMENTS,
	drawnOnSvgMap,
	expect,
	onTheMap,
	test,
	waitForHydration,
	waitForInteractiveMap
} from './fixtures';

/** Opens `url` on the SVG map alone: hydrated and interactive, MapLibre kept from starting. */
async function onSvgMap(page: Page, url: string) {
	await withoutWebGL(page);
	await page.goto(url);
	await waitForHydration(page);
	// The explorer asks for MapLibre after its first paint, or when the reader reaches for it.
	await page.locator('.map-frame').dispatchEvent('pointerenter');
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'failed');
}

/** Keeps MapLibre from starting: the SVG map stays, hydrated and interactive. */
async function withoutWebGL(page: Page) {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		// @ts-expect-error narrowing the overloads is beside the point here
		HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
			if (type === 'webgl2' || type === 'webgl') return null;
			return original.call(this, type, ...rest);
		};
	});
}

interface Placed {
	id: string;
	image: string;
	ids: string[];
	x: number;
	y: number;
}

/** MapLibre's marks as its test hook lists them, once it has settled (the same for 1 s). */
async function glMarks(page: Page): Promise<Placed[]> {
	const map = page.locator('.gl-map');
	await expect(map).toHaveAttribute('data-rendered-marks', /\[/);
	let listed = await map.getAttribute('data-rendered-marks');
	for (;;) {
		await page.waitForTimeout(1_000);
		const again = await map.getAttribute('data-rendered-marks');
		if (again === listed) break;
		listed = again;
	}
	return JSON.parse(listed!) as Placed[];
}

/** The size a MapLibre image is drawn at (as icons.ts draws it), in pixels. */
function imageSize(image: string): number {
	const parsed = parseImageId(image);
	if (parsed?.kind === 'cluster') return 2 * clusterRadius(parsed.count);
	if (parsed?.kind === 'symbol' && parsed.countryWide) return 2 * COUNTRY_RING.radius;
	return 15;
}

type Box = { id: string; x: number; y: number; size: number };

/** Pairs of marks whose boxes overlap by more than a third of the smaller one, each way. */
function overlapping(boxes: Box[]): string[] {
	const found: string[] = [];
	for (const [i, a] of boxes.entries()) {
		for (const b of boxes.slice(i + 1)) {
			const limit = Math.min(a.size, b.size) / 3;
			const dx = (a.size + b.size) / 2 - Math.abs(a.x - b.x);
			const dy = (a.size + b.size) / 2 - Math.abs(a.y - b.y);
			if (dx > limit && dy > limit) found.push(`${a.id} × ${b.id}`);
		}
	}
	return found;
}

/** The SVG map's marks as boxes: a symbol's ink, a country-wide ring, a cluster's badge. */
async function svgBoxes(page: Page): Promise<Box[]> {
	return page.locator('.svg-map .commitment').evaluateAll((marks) =>
		marks.map((mark) => {
			const core =
				mark.querySelector('.sym-badge') ??
				mark.querySelector('.sym-ring') ??
				mark.querySelector('.sym-ink')!;
			const r = core.getBoundingClientRect();
			const element = mark as SVGElement;
			return {
				id: element.dataset.id ?? element.dataset.ids ?? '?',
				x: r.x + r.width / 2,
				y: r.y + r.height / 2,
				size: Math.max(r.width, r.height)
			};
		})
	);
}

const FILTERS = [...TYPES.map((type) => [type, [type]] as const), ['all', TYPES] as const];

for (const [name, types] of FILTERS) {
	const query = name === 'all' ? '/' : `/?types=${name}`;
	const expected = COMMITMENTS.filter((c) => onTheMap(c) && types.includes(c.type)).length;

	test(`${query}: the SVG map draws all ${name} commitments with a place`, async ({ page }) => {
		await onSvgMap(page, query);
		await expect.poll(() => drawnOnSvgMap(page)).toBe(expected);
	});

	test(`${query}: MapLibre draws all ${name} commitments with a place`, async ({ page }) => {
		await page.goto(query);
		await waitForInteractiveMap(page);
		await expect(page.locator('.gl-map')).toHaveAttribute('data-rendered-points', String(expected));
	});
}

for (const [width, height] of [
	[1440, 900],
	[390, 844]
] as const) {
	test(`no mark hides another at ${width}×${height}, on either map`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height } });
		const svgPage = await context.newPage();
		await onSvgMap(svgPage, '/');
		const svg = await svgBoxes(svgPage);
		expect(svg.length).toBeGreaterThan(10);
		expect(overlapping(svg)).toEqual([]);

		const glPage = await context.newPage();
		await glPage.goto('/');
		await waitForInteractiveMap(glPage);
		const gl = (await glMarks(glPage)).map((m) => ({ ...m, size: imageSize(m.image) }));
		expect(gl.length).toBe(svg.length);
		expect(overlapping(gl)).toEqual([]);
		await context.close();
	});
}

const BRUSSELS = [
	'azure-belgiumcentral',
	'security-transparency-center-brussels',
	'innovation-hub-brussels'
];
const names = (ids: string[]) => ids.map((id) => COMMITMENTS.find((c) => c.id === id)!.name);

test('Brussels’ marks open a chooser of those three only (SVG map)', async ({ page }) => {
	await onSvgMap(page, '/');
	// Clusters of several places zoom in; at one place, the chooser opens.
	for (let step = 0; step < 8; step++) {
		if (await page.locator('.choices').isVisible()) break;
		const cluster = page.locator(`.svg-map .cluster[data-ids~="${BRUSSELS[0]}"]`);
		await cluster.click();
	}
	await expect(page.locator('.choices li')).toHaveCount(BRUSSELS.length);
	const chosen = await page.locator('.choices li').allInnerTexts();
	expect(chosen.map((text) => text.trim()).sort()).toEqual(names(BRUSSELS).sort());
	// The chooser is drawn in the browser, its symbols by SymbolMark's `{@html}`: SVG elements,
	// with a size, inked in their colour by the symbols' stylesheet (black without it).
	const inks = await page.locator('.choices li .sym-ink').evaluateAll((paths) =>
		paths.map((path) => ({
			namespace: path.namespaceURI,
			width: (path as SVGGraphicsElement).getBBox().width,
			fill: getComputedStyle(path).fill,
			colour: getComputedStyle(path).color
		}))
	);
	expect(inks).toHaveLength(BRUSSELS.length);
	for (const ink of inks) {
		expect(ink.namespace).toBe('http://www.w3.org/2000/svg');
		expect(ink.width).toBeGreaterThan(5);
		expect(ink.fill).toBe(ink.colour);
		expect(ink.fill).not.toBe('rgb(0, 0, 0)');
	}
});

// A click on a cluster at MapLibre's deep zoom once opened the details of a mark 17 px away
// (MolenGeek): its image's edge reached the click. A click now means the mark under it.
test('Brussels’ marks open a chooser of those three only (MapLibre)', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForInteractiveMap(page);
	const map = page.locator('.gl-map');
	const frame = (await map.boundingBox())!;
	for (let step = 0; step < 6; step++) {
		const listed = (await glMarks(page)).find((m) => m.ids.includes(BRUSSELS[0]!))!;
		expect(listed.ids.length).toBeGreaterThan(1);
		const before = await map.getAttribute('data-zoom');
		await page.mouse.click(frame.x + listed.x, frame.y + listed.y);
		// Either the chooser opens, or the map zooms in (and lists its marks again).
		await expect
			.poll(
				async () =>
					(await page.locator('.choices').isVisible()) ||
					(await map.getAttribute('data-zoom')) !== before,
				{ timeout: 20_000 }
			)
			.toBe(true);
		// Nothing else opened: no one commitment's details.
		const opened = page.locator('.details').filter({ hasNot: page.locator('.choices') });
		await expect(opened).toHaveCount(0);
		if (await page.locator('.choices').isVisible()) break;
	}
	await expect(page.locator('.choices li')).toHaveCount(BRUSSELS.length);
	const chosen = await page.locator('.choices li').allInnerTexts();
	expect(chosen.map((text) => text.trim()).sort()).toEqual(names(BRUSSELS).sort());
});

test('the selected commitment is never in a cluster, and is drawn on top', async ({ page }) => {
	const id = 'security-transparency-center-brussels';
	await onSvgMap(page, `/?id=${id}`);
	const marks = page.locator('.svg-map .commitment');
	await expect(marks.last()).toHaveAttribute('data-id', id);
	await expect(page.locator(`.svg-map .cluster[data-ids~="${id}"]`)).toHaveCount(0);

	const glPage = await page.context().newPage();
	await glPage.goto(`/?id=${id}`);
	await waitForInteractiveMap(glPage);
	const gl = await glMarks(glPage);
	expect(gl.filter((m) => m.ids.includes(id))).toEqual([
		expect.objectContaining({ id, ids: [id] })
	]);
});
