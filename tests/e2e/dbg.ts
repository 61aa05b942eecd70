import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { basemapProjection } from '../../src/lib/map/projection';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({
	viewport: { width: 1280, height: 720 },
	colorScheme: 'light'
});
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
await page.goto('http://127.0.0.1:4173/');
await page.waitForSelector('.map-frame[data-map=ready]');
for (const ll of [
	[-6, 46],
	[2.5, 46.8],
	[21.0167, 52.2333]
] as [number, number][]) {
	const [x, y] = basemapProjection()(ll)!;
	const p = await page.locator('.svg-map svg').evaluate(
		(svg: SVGSVGElement, [x, y]) => {
			const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
			return [point.x, point.y];
		},
		[x, y] as const
	);
	console.log(ll, p);
}
await page.screenshot({ path: '/tmp/dbg.png' });
await browser.close();
