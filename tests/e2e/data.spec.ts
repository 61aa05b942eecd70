import { TYPES } from '../../src/lib/data/types';
import { readFileSync } from 'node:fs';
import { COMMITMENTS, expect, fetchCsv, test } from './fixtures';

const META: { repository?: string } = JSON.parse(
	readFileSync(new URL('../../src/lib/generated/meta.json', import.meta.url), 'utf8')
);

test('the downloads have the commitments the map shows, with sources', async ({
	page,
	request
}) => {
	const rows = await fetchCsv(request, '/data/commitments.csv');
	expect(rows).toHaveLength(COMMITMENTS.length);

	const geojson = await (await request.get('/data/commitments.geojson')).json();
	expect(geojson.type).toBe('FeatureCollection');
	expect(geojson.features).toHaveLength(COMMITMENTS.length);
	for (const feature of geojson.features) {
		expect(feature.properties.sources.length, feature.id).toBeGreaterThan(0);
		for (const url of feature.properties.sources) expect(url).toMatch(/^https?:\/\//);
	}

	// The legend's count per type, in the default view, equals each download's.
	await page.goto('/');
	for (const type of TYPES) {
		const label = page.locator(`label:has(input[name="types"][value="${type}"])`);
		const shown = Number((await label.locator('.count').textContent())?.replace(/\D/g, ''));
		expect(rows.filter((r) => r.type === type)).toHaveLength(shown);
		expect(
			geojson.features.filter((f: { properties: { type: string } }) => f.properties.type === type)
		).toHaveLength(shown);
	}
});

test('"Get the data" and the about page link the downloads', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Get the data' })).toHaveAttribute(
		'href',
		'/data/commitments.csv'
	);
	await page.getByRole('link', { name: 'Sources and methodology' }).first().click();
	await expect(page).toHaveURL(/\/about$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sources and methodology' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Commitments as CSV' })).toHaveAttribute(
		'href',
		'/data/commitments.csv'
	);
	await expect(page.getByRole('link', { name: 'Commitments as GeoJSON' })).toHaveAttribute(
		'href',
		'/data/commitments.geojson'
	);
	await expect(
		page.getByRole('link', { name: /History of every commitment as CSV/ })
	).toHaveAttribute('href', '/data/history.csv');
	await expect(page.getByText(/Facts last checked on \d+ \w+ \d{4}/)).toBeVisible();
	await expect(page.getByText(/2\.5 million people in Europe by 2027 was not found/)).toBeVisible();
	// Where corrections go: the build's repository (dataset.json, REPOSITORY_URL or the clone's
	// origin), linked when known; without one the section still says how.
	await expect(page.getByRole('heading', { name: 'Report a correction' })).toBeVisible();
	const report = page.getByRole('link', { name: 'Report it in the project’s repository' });
	if (META.repository) await expect(report).toHaveAttribute('href', META.repository);
	else await expect(report).toHaveCount(0);
});
