import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
await page.goto('http://127.0.0.1:4173/?theme=dark');
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => { const e = document.querySelector('.explorer')!; const m = document.querySelector('.masthead')!; return [e.getAttribute('style'), getComputedStyle(e).colorScheme, getComputedStyle(m).backgroundColor, getComputedStyle(m).getPropertyValue('--page'), getComputedStyle(e).backgroundColor]; }));
await browser.close();
