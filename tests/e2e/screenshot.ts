/**
 * Screenshots of a running app, for README and for looking at what we build:
 *   npx tsx tests/e2e/screenshot.ts http://127.0.0.1:4173/ out.png [width] [height]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', w = '1440', h = '900'] =
	process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (message) => console.log(`console.${message.type()}: ${message.text()}`));
page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
page.on('request', (request) => {
	if (!request.url().startsWith(new URL(url).origin) && !request.url().startsWith('data:'))
		console.log(`third-party request: ${request.url()}`);
});
await page.goto(url);
await page
	.waitForSelector('.svg-map.hidden', { state: 'attached', timeout: 15_000 })
	.catch(() => console.log('(the interactive map did not take over)'));
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
