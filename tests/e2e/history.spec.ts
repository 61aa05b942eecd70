/**
 * Issue 11, for the reader: a commitment's details show its dated, sourced history, and the two
 * doubts stay apart ("Unconfirmed" is about the claim, "Approximate place" only about the point).
 * Written against the dataset's second edition (geo/data/history.csv and the place columns).
 */
import type { Page } from '@playwright/test';
import { COMMITMENTS, expect, listEntries, test } from './fixtures';

/** A datacenter region with (at least) an "announced" and an "opened" event. */
const WITH_HISTORY = 'azure-francecentral';
/** A well-sourced region whose point is only a city's centre, with a place note. */
const APPROXIMATE_PLACE = 'azure-finlandcentral';
/** A claim no source supports (confidence low). */
const UNCONFIRMED = 'incident-response-centres-europe';

const byId = (id: string) => {
	const c = COMMITMENTS.find((commitment) => commitment.id === id);
	if (!c) throw new Error(`${id} is not in the dataset`);
	return c;
};

/** Opens a commitment's details through the URL, as a shared link does. */
async function openDetails(page: Page, id: string, path = '/') {
	await page.goto(`${path}?id=${id}`);
	// The details open once the page has hydrated (a busy machine can take a while).
	await expect(page.locator('.explorer')).toHaveAttribute('data-hydrated', 'true', {
		timeout: 20_000
	});
	const details = page.getByRole('region', { name: byId(id).name, exact: true });
	await expect(details).toBeVisible();
	return details;
}

test('a commitment’s details show its dated history, each event with its source', async ({
	page
}) => {
	const c = byId(WITH_HISTORY);
	const details = await openDetails(page, WITH_HISTORY);
	const history = details.getByRole('list', { name: 'History' });
	await expect(history).toBeVisible();
	const events = history.getByRole('listitem').filter({ has: page.locator('time') });
	await expect(events).toHaveCount(c.history.length);
	expect(c.history.length).toBeGreaterThanOrEqual(2);

	for (const [kind, label] of [
		['announced', 'Announced'],
		['opened', 'Opened']
	] as const) {
		const event = c.history.find((e) => e.kind === kind)!;
		expect(event, `${WITH_HISTORY} has an ${kind} event`).toBeDefined();
		const item = events.filter({ has: page.getByText(label, { exact: true }) }).first();
		// The date as precise as its source, as a machine-readable <time>.
		await expect(item.locator('time')).toHaveAttribute('datetime', event.date);
		await expect(item.locator('time')).toContainText(event.date.slice(0, 4));
		// Its sources, each a link that shows its host name.
		const link = item.getByRole('link').first();
		await expect(link).toHaveAttribute('href', event.sources[0]!);
		await expect(link).toContainText(new URL(event.sources[0]!).hostname.replace(/^www\./, ''));
		await expect(link).toHaveAttribute('target', '_blank');
	}
	// Oldest first: the announcement opens the history.
	await expect(events.first()).toContainText('Announced');
});

test('a commitment with a history shows it in French too, dates and words translated', async ({
	page
}) => {
	const details = await openDetails(page, WITH_HISTORY, '/fr');
	const history = details.getByRole('list', { name: 'Historique' });
	await expect(history).toBeVisible();
	await expect(history.getByText('Annonce', { exact: true })).toBeVisible();
	// Notes are the dataset's English, marked as such.
	const notes = history.locator('.note');
	if ((await notes.count()) > 0) await expect(notes.first()).toHaveAttribute('lang', 'en');
});

test('an approximate place says so, with its place note, and is not “Unconfirmed”', async ({
	page
}) => {
	const c = byId(APPROXIMATE_PLACE);
	expect(c.precision).toBe('city');
	expect(c.confidence).not.toBe('low');
	expect(c.placeNote).toBeTruthy();
	const details = await openDetails(page, APPROXIMATE_PLACE);
	await expect(details.getByText('Approximate place', { exact: true })).toBeVisible();
	await expect(details.getByText(c.placeNote!, { exact: true })).toBeVisible();
	await expect(details.getByText('Unconfirmed')).toHaveCount(0);
	// Nor in the list.
	const entry = listEntries(page).filter({ hasText: c.name });
	await expect(entry).toHaveCount(1);
	await expect(entry.getByText('Unconfirmed')).toHaveCount(0);
});

test('an unsupported claim is “Unconfirmed”, with its note, and not an approximate place', async ({
	page
}) => {
	const c = byId(UNCONFIRMED);
	expect(c.confidence).toBe('low');
	const details = await openDetails(page, UNCONFIRMED);
	await expect(details.getByText('Unconfirmed', { exact: true }).first()).toBeVisible();
	await expect(details.getByText(c.confidenceNote!, { exact: true })).toBeVisible();
	await expect(details.getByText('Approximate place')).toHaveCount(0);
	const entry = listEntries(page).filter({ hasText: c.name });
	await expect(entry.getByText('Unconfirmed', { exact: true })).toBeVisible();
});

test('a part of a broader commitment links to it, and says its figure is not added', async ({
	page
}) => {
	const part = COMMITMENTS.find((c) => c.partOf !== null);
	test.skip(!part, 'no commitment in this dataset is part of another');
	const parent = byId(part!.partOf!);
	const details = await openDetails(page, part!.id);
	await expect(details.getByText('not added', { exact: false }).first()).toBeVisible();
	await details.getByRole('link', { name: parent.name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]id=${parent.id}(&|$)`));
	const parentDetails = page.getByRole('region', { name: parent.name, exact: true });
	await expect(parentDetails.getByRole('heading', { level: 2 })).toBeFocused();
	// The broader one lists its part, side by side.
	await expect(parentDetails.getByRole('link', { name: part!.name, exact: true })).toBeVisible();
});

test('/about defines both doubts, the history’s events and overlapping pledges', async ({
	page
}) => {
	await page.goto('/about');
	await expect(page.getByRole('heading', { name: 'Two different doubts' })).toBeVisible();
	const doubts = page.getByRole('definition');
	await expect(doubts.filter({ hasText: 'A doubt about the claim itself' })).toBeVisible();
	await expect(doubts.filter({ hasText: 'A doubt about the place only' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^History/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Overlapping pledges' })).toBeVisible();
	await page.goto('/pl/about');
	await expect(page.getByRole('heading', { name: 'Dwie różne wątpliwości' })).toBeVisible();
});
