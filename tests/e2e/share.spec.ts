import type { Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/lib/i18n/en';
import { loadAllMessages } from '../../src/lib/i18n';
import { cardLines } from '../../src/lib/share/card';
import { shareTexts } from '../../src/lib/share/pages';
import { COMMITMENTS, POPULATIONS, expect, test, waitForHydration } from './fixtures';

/** Sharing (issue 17): cards, citations, oEmbed and print. */

const BUILD = process.env.BUILD_DIR ?? 'build';

/** Every prerendered HTML page of the build but the embeds (which are noindex). */
function pages(dir = BUILD): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory())
			return ['embed', 'changes', 'promises'].includes(name) ? [] : pages(path);
		// (Not the embed; not the 404 page, an address that does not exist; not /changes, a log
		// with a feed of its own, and the later pages of /changes and /promises: none has a card.)
		return name.endsWith('.html') && !['embed.html', '404.html', 'changes.html'].includes(name)
			? [path]
			: [];
	});
}

const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

test('every page has its card: Open Graph and Twitter tags, and a 1200×630 PNG in the build', () => {
	const all = pages();
	// 7 languages × (home, about, 46 countries).
	expect(all.length).toBeGreaterThanOrEqual(7 * 48);
	for (const file of all) {
		const html = readFileSync(file, 'utf8');
		for (const key of ['og:title', 'og:description', 'og:image:alt', 'og:locale', 'twitter:title'])
			expect(meta(html, key), `${key} in ${file}`).toBeTruthy();
		expect(meta(html, 'og:type')).toBe('website');
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
		expect(meta(html, 'og:image:width')).toBe('1200');
		expect(meta(html, 'og:image:height')).toBe('630');
		const image = meta(html, 'og:image')!;
		expect(meta(html, 'twitter:image')).toBe(image);
		// Without SITE_URL: root-relative, never a guessed domain.
		expect(image, file).toMatch(/^\/og\/[a-z]{2}\/[a-z-]+\.png$/);
		const png = readFileSync(join(BUILD, image));
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
	}
});

test('a French country page’s card is in French', async ({ page }) => {
	await page.goto('/fr/country/fr');
	const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
	const texts = shareTexts({ kind: 'country', iso2: 'FR' }, await loadAllMessages('fr'), 'fr', {
		commitments: COMMITMENTS,
		populations: POPULATIONS,
		updated: JSON.parse(readFileSync('src/lib/generated/meta.json', 'utf8')).updated
	});
	expect(alt).toBe(texts.alt);
	expect(alt).toContain('engagements de Microsoft');
	const lines = cardLines(texts.card).map((l) => l.text);
	expect(lines.join(' ')).toContain('Microsoft en France');
	expect(lines.join(' ')).toContain('données vérifiées le');
	expect(lines.join(' ')).not.toContain(en.share.credit('').split('·')[1]!.trim());
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		'/og/fr/country-fr.png'
	);
});

for (const path of ['/about', '/country/de']) {
	test(`${path} cites the dataset, with its date and permalink, and copies it`, async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(path);
		const plain = page.locator('[data-citation] textarea[data-format="plain"]');
		const bibtex = page.locator('[data-citation] textarea[data-format="bibtex"]');
		// Once hydrated (on a country's page, when the reader comes near it, at the sidebar's
		// end), the permalink is the page's own origin and path.
		await plain.scrollIntoViewIfNeeded();
		await expect(plain).toHaveValue(new RegExp(`${baseURL}${path}$`));
		await expect(plain).toHaveValue(
			/^Europe Commitments Map contributors \(\d{4}\)\. Europe Commitments Map: Microsoft’s commitments in Europe \[Data set\]\. Data checked on \d{1,2} \w+ \d{4}\. CC BY 4\.0\. /
		);
		await expect(bibtex).toHaveValue(/^@misc\{europe-commitments-map-\d{4},/);
		await expect(bibtex).toHaveValue(new RegExp(`url = \\{${baseURL}${path}\\}`));
		await expect(bibtex).toHaveValue(/note = \{Data checked on .+\. CC BY 4\.0\}/);

		await page.getByRole('button', { name: en.share.copyBibtex }).click();
		// (Each format has its own status, beside its button: BibTeX's is the second.)
		await expect(page.locator('[data-citation] [role="status"]').nth(1)).toHaveText(
			en.share.copied
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await bibtex.inputValue()
		);
	});
}

test('a country reached from another one cites its own permalink', async ({ page, baseURL }) => {
	await page.goto('/country/de');
	await waitForHydration(page);
	// Chosen before the reader has come near the citation (it hydrates then).
	const picker = page.getByRole('combobox', { name: 'Choose a country' });
	await picker.click();
	await picker.press('Control+A');
	await picker.pressSequentially('fran');
	const options = page.getByRole('listbox', { name: 'Choose a country' }).getByRole('option');
	await expect(options).toHaveText([/^France/]);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/fr$/);
	// Out of sight, it is rendered afresh (its props changed before it hydrated), with France's
	// permalink, whether or not the reader scrolls to it.
	const plain = page.locator('[data-citation] textarea[data-format="plain"]');
	await expect(plain).toHaveValue(new RegExp(`${baseURL}/country/fr$`));
	await expect(page.locator('[data-citation] textarea[data-format="bibtex"]')).toHaveValue(
		new RegExp(`url = \\{${baseURL}/country/fr\\}`)
	);
});

test('the citation’s copy falls back to selecting the text', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('denied')) }
		});
	});
	await page.goto('/about');
	await expect(page.locator('[data-citation] textarea').first()).toHaveValue(/http/);
	await page.getByRole('button', { name: en.share.copyPlain }).click();
	// (Each format has its own status, beside its button: the plain text's is the first.)
	await expect(page.locator('[data-citation] [role="status"]').first()).toHaveText(
		en.share.copyFailed
	);
	await expect(page.locator('[data-citation] [role="status"]').nth(1)).toHaveText('');
	const selected = await page.evaluate(() => {
		const field = document.activeElement as HTMLTextAreaElement;
		return field.value.slice(field.selectionStart, field.selectionEnd);
	});
	expect(selected).toMatch(/^Europe Commitments Map contributors/);
});

for (const [path, embed] of [
	['/', '/embed'],
	['/fr/country/de', '/fr/embed?country=de'],
	['/pl/about', '/pl/embed']
]) {
	test(`${path} has an oEmbed of its embed, on the site’s own origin`, async ({
		page,
		request,
		baseURL
	}) => {
		await page.goto(path!);
		const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		const href = await link.getAttribute('href');
		const response = await request.get(new URL(href!, baseURL).href);
		expect(response.ok()).toBe(true);
		const oembed = await response.json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 640 });
		expect(oembed.title).toBe(await link.getAttribute('title'));
		expect(oembed.provider_name).toBe('Europe Commitments Map');
		const src = /<iframe src="([^"]+)"/.exec(oembed.html)![1]!.replaceAll('&amp;', '&');
		const url = new URL(src, baseURL);
		expect(url.origin).toBe(new URL(baseURL!).origin);
		expect(`${url.pathname}${url.search}`).toBe(embed);
	});
}

/** The map redrawn for the paper's width (two frames after the media change). */
const settled = (page: Page) =>
	page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);

test('a printed country page has the map, figures, charts and sources, and no controls', async ({
	page
}, testInfo) => {
	await page.goto('/country/de');
	await expect(page.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	await page.emulateMedia({ media: 'print' });
	await settled(page);
	for (const control of [
		'.skip-link',
		'.embed-button',
		'.languages',
		'.controls',
		'.pan',
		'.picker',
		'.toggle',
		'[data-citation] button'
	]) {
		for (const element of await page.locator(control).all()) await expect(element).toBeHidden();
	}
	await expect(page.locator('.svg-map svg')).toBeVisible();
	await expect(page.locator('.svg-map .commitment').first()).toBeVisible();
	await expect(page.locator('.facts')).toBeVisible();
	await expect(page.locator('figure.chart').first()).toBeVisible();
	await expect(page.locator('.chart .source').first()).toBeVisible();
	await expect(page.locator('[data-citation] textarea').first()).toBeVisible();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	writeFileSync(testInfo.outputPath('country-de.pdf'), pdf);
	await page.goto('/');
	await expect(page.locator('.explorer')).toHaveAttribute('data-hydrated', 'true');
	await page.emulateMedia({ media: 'print' });
	await settled(page);
	await expect(page.locator('.embed-button')).toBeHidden();
	await expect(page.locator('.svg-map svg')).toBeVisible();
	writeFileSync(testInfo.outputPath('home.pdf'), await page.pdf({ format: 'A4' }));
});
