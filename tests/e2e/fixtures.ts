/**
 * The browser tests' `test`: every page is watched for page errors, console errors, CSP
 * violations and requests to any other origin; a test fails if any happened.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Commitment } from '../../src/lib/data/types';

export interface Watch {
	errors: string[];
	foreignRequests: string[];
	/** Reset what was seen (a test that provokes an expected error). */
	clear(): void;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const watch: Watch = {
				errors: [],
				foreignRequests: [],
				clear() {
					this.errors.length = 0;
					this.foreignRequests.length = 0;
				}
			};
			page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') watch.errors.push(`console.error: ${message.text()}`);
			});
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) watch.foreignRequests.push(url);
			});
			await use(watch);
			expect(watch.errors, 'page errors and console errors').toEqual([]);
			expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The dataset the build used (written by npm run geo). */
export const COMMITMENTS: Commitment[] = JSON.parse(
	readFileSync(new URL('../../src/lib/generated/commitments.json', import.meta.url), 'utf8')
);

/** Waits until MapLibre has taken over from the SVG map. */
export async function waitForInteractiveMap(page: Page): Promise<void> {
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map', 'ready', {
		timeout: 20_000
	});
}

/** The list's entries (one button per commitment). */
export const listEntries = (page: Page) => page.locator('#commitments button.entry');
