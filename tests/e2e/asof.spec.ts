/**
 * The map as of a date (issue 14, §1 and §4): ?asof= on the explorer and the embed, the time
 * control by keyboard, the pinned embed's notice, and the builder's "Keep today's data". The
 * expected counts come from the dataset the build used, through the unit-tested reading of dates
 * (src/lib/data/asof.ts), never from guesses.
 */
import { readFileSync } from 'node:fs';
import {
	changesSince,
	commitmentsAsOf,
	firstDay,
	localToday,
	monthEndAfter,
	timelineOf
} from '../../src/lib/data/asof';
import { en } from '../../src/lib/i18n/en';
import { formatPartialDate } from '../../src/lib/i18n/format';
import { intlLocale } from '../../src/lib/i18n/locales';
import {
	COMMITMENTS,
	drawnOnSvgMap,
	expect,
	listEntries,
	test,
	waitForHydration
} from './fixtures';

const CHECKED: string = JSON.parse(
	readFileSync(new URL('../../geo/data/dataset.json', import.meta.url), 'utf8')
).updated;
const TIMELINES = Object.fromEntries(
	COMMITMENTS.map((c) => [c.id, timelineOf(c.history, CHECKED)])
);
const on = (day: string) => commitmentsAsOf(COMMITMENTS, TIMELINES, day);
const date = (day: string) => formatPartialDate(day, intlLocale('en'));
const showing = (n: number) => en.showing(String(n), String(n));
/** The slider's first position: the last day of the first announcement's month. */
const FIRST = monthEndAfter(firstDay(TIMELINES)!, 0);

test.use({ colorScheme: 'light' });

test('before the first announcement the map is empty and says why', async ({ page }) => {
	await page.goto('/?asof=1990-01-01');
	await waitForHydration(page);
	await expect(page.getByRole('status').filter({ hasText: 'No commitment had been' })).toHaveText(
		`No commitment had been announced by 1 January 1990. The first in the data dates from ${date(FIRST.slice(0, 7))}.`
	);
	await expect(page.getByText('Showing 0 of 0 commitments')).toBeVisible();
	await expect(listEntries(page)).toHaveCount(0);
	expect(await drawnOnSvgMap(page)).toBe(0);
});

test('a day in 2024 shows fewer commitments than today, each with its status then', async ({
	page
}) => {
	const day = '2024-06-30';
	const then = on(day);
	expect(then.length).toBeGreaterThan(0);
	expect(then.length).toBeLessThan(COMMITMENTS.length);
	await page.goto(`/?asof=${day}`);
	await waitForHydration(page);
	await expect(page.getByText(showing(then.length))).toBeVisible();
	// The legend counts the statuses they had then, not today's.
	const operational = then.filter((c) => c.status === 'operational').length;
	await expect(
		page.locator('.legend label.option:has(input[value="operational"]) .count')
	).toHaveText(String(operational));
	await expect(page.getByRole('slider', { name: 'Map as of' })).toHaveAttribute(
		'aria-valuetext',
		'30 June 2024'
	);
	// A country page too: only what that country had then.
	const germany = then.filter((c) => c.country === 'DE').length;
	await page.goto(`/country/de?asof=${day}`);
	await waitForHydration(page);
	await expect(page.getByText(showing(germany))).toBeVisible();
});

test('the slider changes the URL and the list by keyboard alone', async ({ page }) => {
	await page.goto('/');
	await waitForHydration(page);
	const slider = page.getByRole('slider', { name: 'Map as of' });
	await expect(slider).toHaveAttribute('aria-valuetext', /^today, /);
	await slider.focus();

	await page.keyboard.press('Home');
	await expect(page).toHaveURL(new RegExp(`\\?asof=${FIRST}$`));
	await expect(slider).toHaveAttribute('aria-valuetext', date(FIRST));
	await expect(page.getByText(showing(on(FIRST).length))).toBeVisible();

	await page.keyboard.press('ArrowRight');
	const next = monthEndAfter(FIRST, 1);
	await expect(page).toHaveURL(new RegExp(`\\?asof=${next}$`));
	await expect(page.getByText(showing(on(next).length))).toBeVisible();
	await expect(slider).toBeFocused();

	// Each step replaces the entry: Back leaves the page's history, not one month.
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByText(showing(COMMITMENTS.length))).toBeVisible();
	await expect(page.getByRole('button', { name: 'Today' })).toBeDisabled();
});

test('a pinned embed says its day, the changes since, and links to the current map', async ({
	page
}) => {
	const day = '2024-06-30';
	const changes = changesSince(TIMELINES, day);
	expect(changes).toBeGreaterThan(1);
	await page.goto(`/embed?asof=${day}&types=datacenter`);
	await waitForHydration(page);
	await expect(page.getByText('Data as of 30 June 2024')).toBeVisible();
	await expect(page.getByText(`${changes} changes since`)).toBeVisible();
	const current = page.getByRole('link', { name: /See the current map/ });
	await expect(current).toHaveAttribute('href', '/?types=datacenter');
	await expect(current).toHaveAttribute('target', '_blank');
	await expect(page.locator('.time-control')).toHaveCount(0);

	// Pinned today: nothing has changed since.
	await page.goto(`/embed?asof=${localToday()}`);
	await waitForHydration(page);
	await expect(page.getByText(/^Data as of /)).toBeVisible();
	await expect(page.getByRole('link', { name: /See the current map/ })).toHaveCount(0);
});

test('the embed builder keeps today’s data on request', async ({ page }) => {
	// The dialog's preview loads an embed (and each change reloads it): three times the time.
	test.slow();
	await page.goto('/');
	await waitForHydration(page); // the button opens its dialog once the page listens
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	const code = dialog.getByRole('textbox', { name: 'Code to paste' });
	await expect(dialog.getByRole('radio', { name: /^Live data/ })).toBeChecked();
	await expect(code).not.toHaveValue(/asof=/);
	await dialog.getByRole('radio', { name: /^Keep today’s data/ }).check();
	await expect(code).toHaveValue(new RegExp(`/embed\\?asof=${localToday()}"`));
	await dialog.getByRole('radio', { name: /^Live data/ }).check();
	await expect(code).not.toHaveValue(/asof=/);
});

test('a country page as of a day says that day and its count in its title and description', async ({
	page
}) => {
	const day = '2024-06-01';
	const inGermany = (list: readonly { country: string | null }[]) =>
		list.filter((c) => c.country === 'DE').length;
	const then = inGermany(on(day));
	const now = inGermany(COMMITMENTS);
	expect(then).toBeGreaterThan(0);
	expect(then).not.toBe(now);
	const description = page.locator('head meta[name="description"]');

	// Without a date: today's count, no date (as prerendered).
	await page.goto('/country/de');
	await waitForHydration(page);
	await expect(page).toHaveTitle('Microsoft in Germany · Europe Commitments Map');
	await expect(description).toHaveCount(1);
	await expect(description).toHaveAttribute(
		'content',
		new RegExp(`\\b${en.factCommitments(String(now))}\\b`)
	);

	await page.goto(`/country/de?asof=${day}`);
	await waitForHydration(page);
	const asOf = en.asof.dataAsOf('1 June 2024');
	await expect(page).toHaveTitle(`Microsoft in Germany · ${asOf} · Europe Commitments Map`);
	await expect(description).toHaveCount(1);
	await expect(description).toHaveAttribute(
		'content',
		new RegExp(`^${asOf}\\. Microsoft in Germany: .*\\b${en.factCommitments(String(then))}\\b`)
	);
	await expect(description).not.toHaveAttribute(
		'content',
		new RegExp(`\\b${en.factCommitments(String(now))}\\b`)
	);
});

test('the home page and the embed as of a day say it in their title and description', async ({
	page
}) => {
	const day = '2024-06-01';
	const asOf = en.asof.dataAsOf('1 June 2024');
	const description = page.locator('head meta[name="description"]');
	for (const path of ['/', '/embed']) {
		await page.goto(`${path}?asof=${day}`);
		await waitForHydration(page);
		await expect(page).toHaveTitle(`${en.siteTitle} · ${asOf} · Europe Commitments Map`);
		const n = en.factCommitments(String(on(day).length));
		await expect(description).toHaveAttribute('content', new RegExp(`^${asOf}: ${n}, `));
	}
});
