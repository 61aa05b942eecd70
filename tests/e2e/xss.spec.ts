import { expect, test } from './fixtures';

/**
 * The XSS canary: the site built from tests/e2e/fixtures/xss, whose every text field holds
 * markup (<img onerror>, <script>, "><svg onload>). It must appear as text, run nothing and
 * inject no element, on every page that shows dataset text.
 */
const CANARY = `http://127.0.0.1:${process.env.E2E_CANARY_PORT ?? 4176}`;
const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'<script>alert(2)</script>',
	'"><svg onload=alert(3)>'
];

test.beforeEach(({ watch }) => {
	watch.allowedOrigins.push(CANARY);
});

for (const path of [
	'/',
	'/?id=canary-point',
	'/country/de?id=canary-country',
	'/embed?id=canary-europe',
	'/fr?id=canary-point'
]) {
	test(`dataset markup stays text on ${path}`, async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`${CANARY}${path}`);
		await expect(page.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
		if (path.startsWith('/embed'))
			await page.getByText(/^List of the \d+ commitments shown$/).click();
		// On an ?id= link the strings appear once the commitment's details open, after hydration.
		await expect
			.poll(
				async () => {
					const text = await page.locator('body').innerText();
					return HOSTILE.some((h) => text.includes(h));
				},
				{ message: 'the strings are shown as text' }
			)
			.toBe(true);
		// The data travels inside SvelteKit's inline script as a string, its "<" escaped.
		for (const script of await page.locator('script:not([src])').allTextContents()) {
			expect(script).not.toMatch(/<\s*(img|script|svg)/i);
		}
		await expect(page.locator('img[src="x"], svg[onload], [onerror]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});
}

test('a hostile source URL is a link, not markup', async ({ page }) => {
	await page.goto(`${CANARY}/?id=canary-point`);
	// The commitment's own sources (its history's events list theirs apart).
	const links = page.getByRole('list', { name: 'Sources', exact: true }).getByRole('link');
	await expect(links).toHaveCount(2);
	expect(await links.nth(1).getAttribute('href')).toBe('https://example.org/"><b>x</b>');
	await expect(page.locator('.details b')).toHaveCount(0);
});
