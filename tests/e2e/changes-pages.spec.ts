/**
 * Issue 16: /changes in pages, so that no page's HTML grows with the dataset. The newest events
 * on /changes, the older ones on /changes/2, /changes/3…, reached by plain links, in every
 * language; every event once across the pages, newest first; the feed carries the newest page.
 */
import { detectAtomFeed, parseAtomFeed } from 'feedsmith';
import { changeKey, changesOf } from '../../src/lib/data/changes';
import { isPromise, startOf } from '../../src/lib/data/outcome';
import { expect, test, COMMITMENTS } from './fixtures';

const EVENTS = changesOf(COMMITMENTS);
const PER_PAGE = 100;
const PAGES = Math.ceil(EVENTS.length / PER_PAGE);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the older pages are reached by links, every event once, newest first', async ({ page }) => {
		expect(PAGES).toBeGreaterThan(1);
		await page.goto('/changes');
		await expect(page.getByRole('link', { name: 'Newer events' })).toHaveCount(0);
		const keys: string[] = [];
		for (let n = 1; n <= PAGES; n++) {
			if (n > 1) {
				await page.getByRole('link', { name: 'Older events' }).click();
				await expect(page).toHaveURL(new RegExp(`/changes/${n}$`));
				await expect(page).toHaveTitle(
					`What changed, page ${n} of ${PAGES} · Europe Commitments Map`
				);
			} else {
				await expect(page).toHaveTitle('What changed · Europe Commitments Map');
			}
			const pager = page.getByRole('navigation', { name: 'Pages of events' });
			await expect(pager.locator('[aria-current="page"]')).toHaveText(String(n));
			const onPage = await page
				.locator('li.event')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')!));
			expect(onPage.length).toBe(n < PAGES ? PER_PAGE : EVENTS.length - PER_PAGE * (PAGES - 1));
			keys.push(...onPage);
		}
		await expect(page.getByRole('link', { name: 'Older events' })).toHaveCount(0);
		expect(keys).toEqual(EVENTS.map(changeKey));
		const days = EVENTS.map((e) => startOf(e.date));
		expect(days).toEqual([...days].sort().reverse());

		// And back: the first page from the last, by its number.
		await page
			.getByRole('navigation', { name: 'Pages of events' })
			.getByRole('link', { name: 'Page 1', exact: true })
			.click();
		await expect(page).toHaveURL(/\/changes$/);
		await expect(page.locator('li.event').first()).toHaveAttribute(
			'data-key',
			changeKey(EVENTS[0]!)
		);
	});
});

test('an older page in French: its title, its count, and the way back to the newest', async ({
	page
}) => {
	await page.goto('/fr/changes/2');
	await expect(page).toHaveTitle(`Ce qui a changé, page 2 sur ${PAGES} · Europe Commitments Map`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Ce qui a changé, page 2 sur ${PAGES}`
	);
	await expect(page.locator('li.event').first()).toHaveAttribute(
		'data-key',
		changeKey(EVENTS[PER_PAGE]!)
	);
	await expect(
		page.getByText(`Événements 101 à ${Math.min(200, EVENTS.length)} sur`)
	).toBeVisible();
	const newer = page.getByRole('link', { name: 'Événements plus récents' });
	await expect(newer).toHaveAttribute('href', '/fr/changes');
	await newer.click();
	await expect(page).toHaveURL(/\/fr\/changes$/);
	await expect(page.locator('li.event').first()).toHaveAttribute('data-key', changeKey(EVENTS[0]!));
});

test('the feed carries the newest page of events and links /changes for the rest', async ({
	request
}) => {
	const xml = await (await request.get('/changes.xml')).text();
	expect(detectAtomFeed(xml)).toBe(true);
	const feed = parseAtomFeed(xml);
	expect(feed.entries).toHaveLength(Math.min(PER_PAGE, EVENTS.length));
	expect(feed.entries![0]!.links?.[0]?.href).toBe(`/?id=${EVENTS[0]!.id}`);
	expect(feed.links?.some((l) => l.rel === 'alternate' && l.href === '/changes')).toBe(true);
});

test('a page past the last, or /changes/1, is not a page', async ({ request }) => {
	expect((await request.get(`/changes/${PAGES + 1}`)).status()).toBe(404);
	expect((await request.get('/changes/1')).status()).toBe(404);
});

test('/promises carries its page of promises, and a filter fetches every promise to apply', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/data/promises.')) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto('/promises');
	await expect(page.locator('main.tracker')).toHaveAttribute('data-hydrated', 'true');
	const promises = COMMITMENTS.filter(isPromise);
	await expect(page.locator('li.promise')).toHaveCount(Math.min(promises.length, 100));
	expect(fetched).toEqual([]);

	await page.getByRole('combobox', { name: 'Type' }).selectOption('training');
	await expect(page).toHaveURL(/\/promises\?type=training$/);
	const training = promises.filter((c) => c.type === 'training');
	await expect(page.locator('li.promise')).toHaveCount(training.length);
	expect(fetched).toEqual(['/data/promises.en.json']);
});
