import { COMMITMENTS, expect, test, waitForHydration } from './fixtures';

test('/de/ shows the German summary, marked German, and the gazetteer’s city names', async ({
	page
}) => {
	await page.goto('/de');
	await waitForHydration(page);
	// Frankfurt's region: the German name Natural Earth gives.
	await expect(page.locator('#commitments [data-id="azure-germanywestcentral"]')).toContainText(
		'Frankfurt am Main'
	);
	await expect(page.locator('#commitments [data-id="azure-polandcentral"]')).toContainText(
		'Warschau'
	);
	await page.locator('#commitments [data-id="skills-de"]').click();
	const summary = page.locator('.details .summary');
	const german = COMMITMENTS.find((c) => c.id === 'skills-de')!.summary.de!;
	await expect(summary).toHaveText(german);
	await expect(summary).toHaveAttribute('lang', 'de');
	await expect(summary).toContainText('1.200.000');
});

test('/fr/ names cities in French, and the French summary is marked French', async ({ page }) => {
	await page.goto('/fr');
	await waitForHydration(page);
	await expect(page.locator('#commitments [data-id="azure-germanywestcentral"]')).toContainText(
		'Francfort-sur-le-Main'
	);
	await expect(page.locator('#commitments [data-id="azure-polandcentral"]')).toContainText(
		'Varsovie'
	);
	await expect(page.locator('#commitments [data-id="azure-belgiumcentral"]')).toContainText(
		'Bruxelles et environs'
	);
	await page.locator('#commitments [data-id="azure-polandcentral"]').click();
	await expect(page.locator('.details .summary')).toHaveAttribute('lang', 'fr');
});

test('the country picker finds "holland" and "england"', async ({ page }) => {
	await page.goto('/');
	await waitForHydration(page);
	const picker = page.getByRole('combobox', { name: 'Choose a country' });
	await picker.click();
	const options = page.getByRole('listbox', { name: 'Choose a country' }).getByRole('option');
	await picker.pressSequentially('holland');
	await expect(options).toHaveText([/^Netherlands/]);
	await picker.fill('');
	await picker.pressSequentially('england');
	await expect(options).toHaveText([/^United Kingdom/]);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/gb$/);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Microsoft in the United Kingdom' })
	).toBeVisible();
	await expect(page).toHaveTitle(/^Microsoft in the United Kingdom/);
});

test('each language’s details file carries English and that language only', async ({ request }) => {
	const response = await request.get('/data/details.pl.json');
	expect(response.ok()).toBe(true);
	const byId = await response.json();
	expect(byId['skills-pl'].summary.pl).toContain('1 mln');
	expect(byId['skills-pl'].summary.en).toBeTruthy();
	expect(byId['skills-pl'].summary.fr).toBeNull();
});
