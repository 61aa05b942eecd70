import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { countriesWithin, type CountryFeature } from '../../geo/lib/countries';
import { labelPoints } from '../../geo/lib/labels';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { BASEMAP_CLIP } from '../../src/lib/frame/extent';

const square = (west: number, south: number, size: number): number[][] => [
	[west, south],
	[west, south + size],
	[west + size, south + size],
	[west + size, south],
	[west, south]
];

describe('labelPoints', () => {
	it('puts a country on its largest polygon, far from its edges', () => {
		// A small island at 0–1° and a mainland square at 10–14°E, around the equator (where
		// Mercator keeps the squares square): the point is the mainland's centre, 12°E 2°N.
		const country = {
			type: 'Feature',
			properties: { iso2: 'XX', name: 'Test' },
			geometry: { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, 0, 4)]] }
		} as unknown as CountryFeature;
		const [lon, lat] = labelPoints([country]).XX!;
		expect(lon).toBeCloseTo(12, 1);
		expect(lat).toBeCloseTo(2, 1);
	});

	const european = countriesWithin(BASEMAP_CLIP).filter((c) =>
		(EUROPEAN_COUNTRIES as readonly string[]).includes(c.properties.iso2)
	);
	const points = labelPoints(european);

	it('gives every European country a point inside it', () => {
		for (const country of european) {
			const point = points[country.properties.iso2];
			expect(point, country.properties.iso2).toBeDefined();
			expect(geoContains(country, point!), country.properties.iso2).toBe(true);
		}
	});

	it('keeps France in Europe and Norway on its mainland', () => {
		const [franceLon, franceLat] = points.FR!;
		expect(franceLon).toBeGreaterThan(-5);
		expect(franceLat).toBeGreaterThan(42);
		const [norwayLon, norwayLat] = points.NO!;
		expect(norwayLat).toBeLessThan(71); // not Svalbard
		expect(norwayLon).toBeLessThan(32);
	});
});
