/**
 * Issue 16, a filter change at scale: the list keeps the order it sorted once (listOrder) and
 * the SVG map updates its cluster marks in place rather than making them anew. What a reader
 * sees must not change: the list after a filter change is the list the data gives, in the
 * list's order, and each cluster on the map counts, and offers, its own members.
 */
import type { Page } from '@playwright/test';
import { filterCommitments } from '../../src/lib/data/filter';
import { STATUSES, TYPES, type CommitmentType } from '../../src/lib/data/types';
import { COMMITMENTS, expect, listEntries, test, waitForHydration, withoutWebGL } from './fixtures';

/** The type's checkbox in the legend, clicked on its label as a reader does. */
const typeLabel = (page: Page, type: CommitmentType) =>
	page.locator(`label:has(input[name=types][value=${type}])`).first();
const listedIds = (page: Page) =>
	listEntries(page).evaluateAll((entries) => entries.map((e) => e.getAttribute('data-id')!));
const idsOf = (types: CommitmentType[]) =>
	new Set(filterCommitments(COMMITMENTS, { types, statuses: [...STATUSES] }).map((c) => c.id));

test('the list keeps its order as a type is filtered out and back in', async ({ page }) => {
	await page.goto('/');
	await waitForHydration(page);
	const whole = await listedIds(page);
	// Today's data is listed whole, every commitment once.
	expect(new Set(whole)).toEqual(idsOf([...TYPES]));
	expect(whole).toHaveLength(COMMITMENTS.length);

	for (const type of ['datacenter', 'training'] as const) {
		await typeLabel(page, type).click();
		const rest = idsOf(TYPES.filter((t) => t !== type));
		// The same entries the data gives for the other types, in the whole list's order.
		await expect.poll(() => listedIds(page)).toEqual(whole.filter((id) => rest.has(id)));
		await typeLabel(page, type).click();
		await expect.poll(() => listedIds(page)).toEqual(whole);
	}
});

test('each cluster on the SVG map counts and offers its own members after filter changes', async ({
	page
}) => {
	await withoutWebGL(page);
	await page.goto('/');
	await waitForHydration(page);
	const clusters = page.locator('.svg-map .cluster');
	/** Each cluster's badge count, beside the number of commitments it stands for. */
	const counts = () =>
		clusters.evaluateAll((marks) =>
			marks.map((m) => [
				m.textContent!.trim(),
				String(m.getAttribute('data-ids')!.split(' ').length)
			])
		);
	const before = await counts();
	expect(before.length).toBeGreaterThan(0);

	await typeLabel(page, 'datacenter').click();
	const shown = idsOf(TYPES.filter((t) => t !== 'datacenter'));
	// Every cluster left stands for shown commitments only, and its badge says how many.
	const hidden = () =>
		clusters.evaluateAll(
			(marks, shown) =>
				marks
					.flatMap((m) => m.getAttribute('data-ids')!.split(' '))
					.filter((id) => !shown.includes(id)),
			[...shown]
		);
	await expect.poll(hidden).toEqual([]);
	expect(await clusters.count()).toBeGreaterThan(0);
	for (const [badge, members] of await counts()) expect(badge).toBe(members);

	await typeLabel(page, 'datacenter').click();
	await expect.poll(counts).toEqual(before);
	for (const [badge, members] of before) expect(badge).toBe(members);
});
