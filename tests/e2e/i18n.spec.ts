import { de } from '../../src/lib/i18n/de';
import { fr } from '../../src/lib/i18n/fr';
import { COMMITMENTS, expect, test, waitForHydration, waitForInteractiveMap } from './fixtures';

test('/fr/ shows the French interface', async ({ page }) => {
	await page.goto('/fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1, name: fr.siteTitle })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: new RegExp(fr.types.datacenter) })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: fr.listHeading, exact: true })
	).toBeVisible();
	await expect(page.getByRole('link', { name: fr.about }).first()).toHaveAttribute(
		'href',
		'/fr/about'
	);
	// Country names and numbers in French; the French summary of a commitment.
	await expect(page.getByRole('heading', { level: 3, name: /^Allemagne/ })).toBeVisible();
	// Once the page listens: before, an entry is the link to the commitment's own page.
	await waitForHydration(page);
	await page.locator('#commitments [data-id="skills-fr"]').click();
	const details = page.getByRole('region', { name: 'Engagement de formation\u00a0: France' });
	await expect(details).toContainText('1\u202f000\u202f000');
	const french = COMMITMENTS.find((c) => c.id === 'skills-fr')!.summary.fr!;
	await expect(details.locator('.summary')).toHaveText(french);
	await expect(details.locator('.summary')).not.toHaveAttribute('lang', 'en');
	// The name in French, so not marked as another language.
	await expect(
		details.getByRole('heading', { name: 'Engagement de formation\u00a0: France' })
	).not.toHaveAttribute('lang', /./);
	const alternates = await page
		.locator('link[rel="alternate"][hreflang]')
		.evaluateAll((links) =>
			links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
		);
	expect(alternates).toEqual([
		'en /',
		'fr /fr',
		'de /de',
		'es /es',
		'nl /nl',
		'it /it',
		'pl /pl',
		'x-default /'
	]);
});

test('/de/country/fr shows Frankreich with German numbers and dates', async ({ page }) => {
	await page.goto('/de/country/fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page).toHaveTitle(new RegExp(`^${de.countryPageTitle('Frankreich')}`));
	await expect(
		page.getByRole('heading', { level: 2, name: de.countryPageTitle('Frankreich') })
	).toBeVisible();
	await expect(page.getByText('1.000.000').first()).toBeVisible();
	// France's pledge runs "by 2027" (a year, as its source says), in German words.
	await expect(page.locator('.headline')).toContainText('bis 2027');
	// The summary is in German, and says so (the details in place, once the page listens).
	await waitForHydration(page);
	await page.locator('#commitments [data-id="azure-francecentral"]').click();
	await expect(page.locator('.details .summary')).toHaveAttribute('lang', 'de');
	await expect(page.locator('.details .summary')).toContainText('Azure-Cloudregion');
	// Its history's dates in German, at the precision of their source (2018-03: a month).
	await expect(page.locator('.details')).toContainText('März 2018');
});

test('switching language keeps the filters', async ({ page }) => {
	await page.goto('/?types=training');
	await waitForInteractiveMap(page);
	await page.locator('.languages summary').click();
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\?types=training$/);
	await expect(page.getByRole('checkbox', { name: new RegExp(fr.types.training) })).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: new RegExp(fr.types.datacenter) })
	).not.toBeChecked();
});

test('the embed builder’s snippet for Dutch points at /nl/embed', async ({ page }) => {
	await page.goto('/');
	await waitForHydration(page); // the button opens its dialog once the page listens
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await dialog.getByLabel('Language').selectOption('nl');
	await expect(dialog.getByRole('textbox', { name: 'Code to paste' })).toHaveValue(
		/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/nl\/embed"/
	);
	await expect(dialog.locator('iframe')).toHaveAttribute('src', /\/nl\/embed$/);
});
