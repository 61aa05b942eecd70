import { COMMITMENTS, expect, test, waitForHydration } from './fixtures';

const byId = (id: string) => COMMITMENTS.find((c) => c.id === id)!;

test('/de/ names a commitment in German where the name has a translation, marked as the page', async ({
	page
}) => {
	await page.goto('/de');
	await waitForHydration(page);
	const pledge = page.locator('#commitments [data-id="skills-de"] .name');
	await expect(pledge).toHaveText('Qualifizierungszusage: Deutschland');
	await expect(pledge).not.toHaveAttribute('lang', /./);
	// A programme's own name stays as it is, and says it is English.
	const elevate = page.locator('#commitments [data-id="skills-it-elevate"] .name');
	await expect(elevate).toHaveText('Microsoft Elevate Italia');
	await expect(elevate).toHaveAttribute('lang', 'en');

	await page.locator('#commitments [data-id="skills-de"]').click();
	const details = page.getByRole('region', { name: 'Qualifizierungszusage: Deutschland' });
	await expect(details.getByRole('heading', { level: 2 })).not.toHaveAttribute('lang', /./);
	// Partners by their German names: the Federal Employment Agency is the Bundesagentur.
	const partners = byId('skills-de').partnersIn!.de.join(', ');
	await expect(details.getByText(partners)).toBeVisible();
	await expect(details.getByText(partners)).not.toHaveAttribute('lang', /./);
});

test('/fr/commitment/skills-de: the French name in the heading and the title, partners in French', async ({
	page
}) => {
	await page.goto('/fr/commitment/skills-de');
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Engagement de formation\u00a0: Allemagne');
	await expect(heading).not.toHaveAttribute('lang', /./);
	await expect(page).toHaveTitle(/^Engagement de formation\u00a0: Allemagne · /);
	await expect(page.getByText("Agence fédérale pour l'emploi")).toBeVisible();
	// No element on the page claims English for a French name.
	await expect(page.locator('[lang="en"]', { hasText: 'Skills pledge' })).toHaveCount(0);
});

test('an untranslated proper name keeps lang="en" on its own page', async ({ page }) => {
	await page.goto('/de/commitment/skills-it-elevate');
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Microsoft Elevate Italia');
	await expect(heading).toHaveAttribute('lang', 'en');
});

test('each language’s files carry the name and partners in that language, and say which', async ({
	request
}) => {
	const details = await (await request.get('/data/details.pl.json')).json();
	expect(details['sec-europol-ec3'].partners).toEqual(byId('sec-europol-ec3').partnersIn!.pl);
	expect(details['sec-europol-ec3'].partnersLang).toBe('pl');
	expect(details['sec-europol-ec3'].partnersIn).toBeUndefined();
	expect(details['skills-gb'].partnersLang).toBe('en');
});
