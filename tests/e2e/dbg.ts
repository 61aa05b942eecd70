import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark'] as const) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		colorScheme: scheme
	});
	const page = await context.newPage();
	for (const p of ['/', '/embed', '/country/de', '/about']) {
		await page.goto('http://127.0.0.1:4175' + p);
		await page.waitForTimeout(2500);
		const r = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		console.log(
			scheme,
			p,
			r.violations.map(
				(v) =>
					`${v.id} (${v.nodes.length}): ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '').split('\n')[1])
						.join(' | ')}`
			)
		);
	}
	await context.close();
}
await browser.close();
