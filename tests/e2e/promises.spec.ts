/**
 * Issue 14, §2, §3 and §5 for the reader: the promise tracker lists every promise with its
 * outcome and evidence, filters it by the URL, and leads to the commitment on the map; /changes
 * lists the dataset's events newest first; the Atom feed parses.
 */
import { readFileSync } from 'node:fs';
import { detectAtomFeed, parseAtomFeed } from 'feedsmith';
import { changesOf } from '../../src/lib/data/changes';
import { isPromise, outcomeOf, startOf } from '../../src/lib/data/outcome';
import type { Page } from '@playwright/test';
import { COMMITMENTS, expect, test } from './fixtures';

const PROMISES = COMMITMENTS.filter(isPromise);
/** The build's day is the test's (the site is built just before the tests run). */
const TODAY = new Date().toISOString().slice(0, 10);
/** The day the dataset's facts were checked. */
const CHECKED: string = JSON.parse(
	readFileSync(new URL('../../src/lib/generated/meta.json', import.meta.url), 'utf8')
).updated;
const outcome = (id: string) => {
	const c = PROMISES.find((p) => p.id === id)!;
	return outcomeOf(c, c.history, TODAY, CHECKED).kind;
};
const PASSED = PROMISES.filter((c) => outcome(c.id) === 'deadline-passed');

/** The tracker reads its filters from the URL once hydrated. */
const waitForHydration = (page: Page) =>
	expect(page.locator('main.tracker')).toHaveAttribute('data-hydrated', 'true');

test('/promises lists every commitment with a deadline or a target, with its outcome', async ({
	page
}) => {
	expect(PROMISES.length).toBeGreaterThan(20);
	await page.goto('/promises');
	const rows = page.locator('li.promise');
	await expect(rows).toHaveCount(PROMISES.length);
	await expect(
		page.getByText(`Showing ${PROMISES.length} of ${PROMISES.length} promises`)
	).toBeVisible();
	expect(
		(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).sort()
	).toEqual(PROMISES.map((c) => c.id).sort());
	// Each row says its outcome in words, and cites the event it rests on with its source.
	const dk = page.locator('li.promise[data-id="skills-dk"]');
	await expect(dk).toHaveAttribute('data-outcome', outcome('skills-dk'));
	await expect(dk.getByText('Deadline passed; outcome not reported')).toBeVisible();
	await expect(dk.locator('.evidence time')).toHaveAttribute('datetime', '2020-12-07');
	await expect(dk.locator('.evidence a').first()).toHaveAttribute('href', /^https:\/\//);
	// The chart's numbers as a table: the outcomes by type add up to every promise.
	await page.locator('#by-type-title').scrollIntoViewIfNeeded();
	await page.getByRole('button', { name: 'Show as table' }).first().click();
	const totals = await page
		.getByRole('region', { name: 'Promises by type and outcome' })
		.locator('tbody tr td:last-child')
		.allTextContents();
	expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(PROMISES.length);
});

test('filtering by outcome changes the rows and the URL; a malformed one shows all', async ({
	page
}) => {
	expect(PASSED.length).toBeGreaterThan(0);
	await page.goto('/promises');
	await waitForHydration(page);
	await page.locator('select[name="outcome"]').selectOption('deadline-passed');
	await expect(page).toHaveURL(/\/promises\?outcome=deadline-passed$/);
	const rows = page.locator('li.promise');
	await expect(rows).toHaveCount(PASSED.length);
	for (const value of await rows.evaluateAll((els) => els.map((el) => el.dataset.outcome)))
		expect(value).toBe('deadline-passed');
	// The same address again (a shared link) shows the same rows and menus.
	await page.goto('/promises?outcome=deadline-passed&type=training');
	await waitForHydration(page);
	const training = PASSED.filter((c) => c.type === 'training');
	await expect(rows).toHaveCount(training.length);
	await expect(page.locator('select[name="outcome"]')).toHaveValue('deadline-passed');
	await page.getByRole('button', { name: 'Show every promise' }).click();
	await expect(page).toHaveURL(/\/promises$/);
	await expect(rows).toHaveCount(PROMISES.length);
	// Malformed values fall back to the defaults.
	await page.goto('/promises?outcome=kept&type=rocket&country=zz&sort=random');
	await waitForHydration(page);
	await expect(rows).toHaveCount(PROMISES.length);
	await expect(page.locator('select[name="outcome"]')).toHaveValue('');
});

test('a promise’s name opens the commitment on the map, in the page’s language', async ({
	page
}) => {
	await page.goto('/fr/promises?country=dk');
	await waitForHydration(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suivi des promesses');
	const link = page.locator('li.promise[data-id="skills-dk"] h3 a');
	await expect(link).toHaveAttribute('href', '/fr?id=skills-dk');
	await link.click();
	await expect(page).toHaveURL(/\/fr\?id=skills-dk$/);
	const dk = COMMITMENTS.find((c) => c.id === 'skills-dk')!;
	const name = dk.nameIn?.fr ?? dk.name;
	await expect(page.getByRole('region', { name, exact: true })).toBeVisible({ timeout: 20_000 });
});

test('/changes lists the dataset’s events newest first and links its Atom feed', async ({
	page
}) => {
	const events = changesOf(COMMITMENTS);
	await page.goto('/changes');
	const dates = await page
		.locator('li.event > time')
		.evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
	// The newest 100 (the older ones are on /changes/2…: changes-pages.spec.ts).
	expect(dates).toHaveLength(Math.min(events.length, 100));
	const days = dates.map(startOf);
	expect(days).toEqual([...days].sort().reverse());
	expect(dates[0]).toBe(events[0]!.date);
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
		'href',
		'/changes.xml'
	);
});

test('the Atom feed parses, one entry per event of the newest 100, newest first', async ({
	request
}) => {
	const response = await request.get('/changes.xml');
	expect(response.ok()).toBe(true);
	const xml = await response.text();
	expect(detectAtomFeed(xml)).toBe(true);
	const feed = parseAtomFeed(xml);
	const events = changesOf(COMMITMENTS);
	const newest = Math.min(events.length, 100);
	expect(feed.entries).toHaveLength(newest);
	const first = feed.entries![0]!;
	expect(first.updated).toBe(`${startOf(events[0]!.date)}T00:00:00Z`);
	expect(first.links?.[0]?.href).toBe(`/?id=${events[0]!.id}`);
	expect(new Set(feed.entries!.map((e) => e.id)).size).toBe(newest);
});

test('the map’s key and marks show a deadline passed with no outcome reported', async ({
	page,
	request
}) => {
	await page.goto('/');
	await expect(
		page.locator('.map-key').getByText('Deadline passed; outcome not reported')
	).toBeAttached();
	// The prerendered SVG map draws the dot on those promises' marks (not in clusters), only.
	const html = await (await request.get('/')).text();
	const marks = html.split('<g class="commitment').slice(1);
	const dotted = marks
		.filter((mark) => /class="sym-passed/.test(mark.split('</g>')[0]!))
		.map((mark) => /data-id="([^"]+)"/.exec(mark)?.[1]);
	expect(dotted.length).toBeGreaterThan(0);
	for (const id of dotted) expect(PASSED.map((c) => c.id)).toContain(id);
});
