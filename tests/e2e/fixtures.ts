/**
 * The browser tests' `test`: every page is watched for page errors, console errors, CSP
 * violations and requests to any other origin; a test fails if any happened.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { metricValue } from '../../src/lib/data/aggregate';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import type { CommitmentRecord, Population } from '../../src/lib/data/types';
import { choropleth } from '../../src/lib/map/choropleth';
import { basemapProjection } from '../../src/lib/frame/projection';

export interface Watch {
	errors: string[];
	foreignRequests: string[];
	/** Origins a test serves itself (a host page for an embed), not third parties. */
	allowedOrigins: string[];
	/** Reset what was seen (a test that provokes an expected error). */
	clear(): void;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const watch: Watch = {
				errors: [],
				foreignRequests: [],
				allowedOrigins: [],
				clear() {
					this.errors.length = 0;
					this.foreignRequests.length = 0;
				}
			};
			page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
			// Content-Security-Policy violations surface as console errors, which fail the test.
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			page.on('console', (message) => {
				if (message.type() === 'error') watch.errors.push(`console.error: ${message.text()}`);
			});
			page.on('request', (request) => {
				const url = request.url();
				const allowed = [origin, ...watch.allowedOrigins].some((o) => url.startsWith(o));
				if (!allowed && !/^(data|blob):/.test(url)) watch.foreignRequests.push(url);
			});
			await use(watch);
			expect(watch.errors, 'page errors and console errors').toEqual([]);
			expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The dataset the build used (written by npm run geo). */
export const COMMITMENTS: CommitmentRecord[] = JSON.parse(
	readFileSync(new URL('../../src/lib/generated/commitments.json', import.meta.url), 'utf8')
);

export const POPULATIONS: Population[] = JSON.parse(
	readFileSync(new URL('../../src/lib/generated/populations.json', import.meta.url), 'utf8')
);

/**
 * A country's fill in the choropleth of commitments, light scheme: over every commitment (the
 * default view), or over those the filters let through (`shown`), as the map colours them.
 */
export function choroplethFill(iso2: string, shown: CommitmentRecord[] = COMMITMENTS): string {
	const values = EUROPEAN_COUNTRIES.map((c) =>
		metricValue('commitments', c, shown, POPULATIONS, COMMITMENTS)
	);
	const scale = choropleth(
		values.filter((v): v is number => v !== null),
		'light',
		{ integer: true }
	);
	const colour = scale.color(metricValue('commitments', iso2, shown, POPULATIONS, COMMITMENTS));
	// d3 gives "rgb(r, g, b)" for interpolated colours: the tests compare #rrggbb.
	const rgb = colour.match(/\d+/g);
	return colour.startsWith('#')
		? colour
		: '#' +
				rgb!
					.slice(0, 3)
					.map((v) => Number(v).toString(16).padStart(2, '0'))
					.join('');
}

/**
 * Where a longitude/latitude is on screen, through the (hidden) SVG map's frame: the same
 * projection and first view as MapLibre's, so it also locates things on the WebGL map.
 */
export async function screenPoint(page: Page, lonLat: [number, number]) {
	const [x, y] = basemapProjection()(lonLat)!;
	return page.locator('.svg-map svg').evaluate(
		(svg: SVGSVGElement, [x, y]) => {
			const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
			return { x: Math.round(point.x), y: Math.round(point.y) };
		},
		[x, y] as const
	);
}

/** Waits until the page has hydrated: before that, typing into the picker does nothing yet. */
export async function waitForHydration(page: Page): Promise<void> {
	await expect(page.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	// And the frame after it: the SVG map is measured then (its ResizeObserver's first report)
	// and lays its marks out for its size; until then it shows the server's, laid out for 720 px.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

/**
 * Holds the page's scripts back (SvelteKit's start module) until the returned function is
 * called: what a reader does meanwhile reaches a prerendered page that does not listen yet.
 */
export async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/entry\/start\.[^/]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Wakes the interactive map as a reader does, by reaching for the map (the pointer goes over
 * it): every page loads MapLibre only then. The event is sent, not the mouse moved, so that
 * nothing on the map is hovered. Waits for hydration first: before it, nothing listens.
 */
export async function reachForMap(page: Page): Promise<void> {
	await waitForHydration(page);
	await page.locator('.map-frame').dispatchEvent('pointerenter');
}

/**
 * Wakes MapLibre (reachForMap) and waits until it has taken over from the SVG map: it starts
 * loading only then, and in software rendering on a busy machine it takes a while.
 */
export async function waitForInteractiveMap(page: Page, timeout = 45_000): Promise<void> {
	await reachForMap(page);
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'ready', { timeout });
}

/** The list's entries (one link per commitment). */
export const listEntries = (page: Page) => page.locator('#commitments .entry');

/**
 * Shows the whole list as a reader does, with its "Show all" button (a page draws its first
 * entries only), if it has one; it stays whole as the filters change. Waits for hydration first.
 */
export async function showWholeList(page: Page): Promise<void> {
	await waitForHydration(page);
	const showAll = page
		.locator('#commitments')
		.getByRole('button', { name: /^Show all \d+ commitments$/ });
	if ((await showAll.count()) > 0) await showAll.click();
	await expect(showAll).toHaveCount(0);
}

/** Whether a commitment is drawn on the maps: all but the Europe-wide ones. */
export const onTheMap = (c: CommitmentRecord) => c.precision !== 'europe';

/** How many commitments the SVG map draws: each single mark, and each cluster's members. */
export async function drawnOnSvgMap(page: Page): Promise<number> {
	return page
		.locator('.svg-map .commitment')
		.evaluateAll((marks) =>
			marks.reduce((n, mark) => n + ((mark as HTMLElement).dataset.ids?.split(' ').length ?? 1), 0)
		);
}

/** Keeps MapLibre from starting: the SVG map stays, hydrated and interactive. */
export async function withoutWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		// @ts-expect-error narrowing the overloads is beside the point here
		HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
			if (type === 'webgl2' || type === 'webgl') return null;
			return original.call(this, type, ...rest);
		};
	});
}

/** A CSV download, checked as served (found, as text/csv, with a BOM for spreadsheets), parsed. */
export async function fetchCsv(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('text/csv');
	const text = await response.text();
	expect(text.charCodeAt(0)).toBe(0xfeff);
	return csvParse(text.slice(1));
}
