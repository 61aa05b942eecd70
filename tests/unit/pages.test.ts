import { describe, expect, it } from 'vitest';
import { atLeast, framedShapes, pathBox, staticMapFrame } from '../../src/lib/frame/static-map';
import { EUROPE_VIEW, type LonLatBounds } from '../../src/lib/frame/extent';
import { viewBoxOf } from '../../src/lib/frame/projection';
import { localeOfPath, canonicalPath } from '../../src/lib/ui/not-found';
import { ownCountryHref } from '../../src/lib/ui/own-country';

describe('pathBox', () => {
	it('spans every point of an absolute M/L path', () => {
		expect(pathBox('M449,845L445,843L449,850Z')).toEqual([445, 843, 4, 7]);
		expect(pathBox('M1,2L3,4ZM-5,10L0,0Z')).toEqual([-5, 0, 8, 10]);
	});
	it('is null for a path without a point', () => {
		expect(pathBox('')).toBeNull();
	});
});

describe('atLeast', () => {
	it('grows a small box around its centre', () => {
		expect(
			atLeast(
				[
					[14, 35.8],
					[14.6, 36.1]
				],
				7
			)
		).toEqual([
			[10.8, 34.2],
			[17.8, 37.7]
		]);
	});
	it('keeps a box that is already large enough', () => {
		const box: LonLatBounds = [
			[0, 40],
			[10, 50]
		];
		expect(atLeast(box, 7)).toEqual(box);
	});
});

describe('staticMapFrame', () => {
	const focus: Record<string, LonLatBounds> = {
		ES: [
			[-10, 36],
			[4, 44]
		]
	};
	const labels: Record<string, [number, number]> = { ES: [-3.5, 40] };

	it('frames a site on its country with a margin of 15% a side', () => {
		const frame = staticMapFrame(
			{ country: 'ES', coordinates: [-3.7, 40.4], precision: 'site' },
			focus,
			labels
		);
		// 14° × 8°: 2.1° and 1.2° of margin.
		expect(frame.bounds[0][0]).toBeCloseTo(-12.1);
		expect(frame.bounds[0][1]).toBeCloseTo(34.8);
		expect(frame.bounds[1][0]).toBeCloseTo(6.1);
		expect(frame.bounds[1][1]).toBeCloseTo(45.2);
		expect(frame).toMatchObject({ point: [-3.7, 40.4], countryWide: false });
	});
	it('takes in a point outside the country’s largest polygon (an island)', () => {
		const frame = staticMapFrame(
			{ country: 'ES', coordinates: [-15.4, 28.1], precision: 'city' },
			focus,
			labels
		);
		expect(frame.bounds[0][0]).toBeLessThan(-15.4);
		expect(frame.bounds[0][1]).toBeLessThan(28.1);
	});
	it('puts a country-wide commitment’s ring at the country’s label point', () => {
		expect(
			staticMapFrame({ country: 'ES', coordinates: null, precision: 'country' }, focus, labels)
		).toMatchObject({ point: [-3.5, 40], countryWide: true });
	});
	it('shows Europe, without a mark, for a Europe-wide commitment', () => {
		expect(
			staticMapFrame({ country: null, coordinates: null, precision: 'europe' }, focus, labels)
		).toEqual({ bounds: EUROPE_VIEW, point: null, countryWide: false });
	});
});

describe('framedShapes', () => {
	it('keeps the outlines that reach into the frame', () => {
		const bounds: LonLatBounds = [
			[-10, 36],
			[4, 44]
		];
		const [x, y, w, h] = viewBoxOf(bounds);
		const inside = { iso2: 'IN', d: `M${x + 1},${y + 1}L${x + 2},${y + 2}Z` };
		const across = { iso2: 'AC', d: `M${x - 5},${y - 5}L${x + 1},${y + 1}Z` };
		const outside = { iso2: 'OUT', d: `M${x + w + 1},${y + h + 1}L${x + w + 9},${y + h + 9}Z` };
		const result = framedShapes([inside, across, outside], bounds);
		expect(result.viewBox).toEqual([x, y, w, h]);
		expect(result.shapes.map((s) => s.iso2)).toEqual(['IN', 'AC']);
	});
});

describe('the 404 page’s reading of its address', () => {
	it.each([
		['/fr/nope', 'fr'],
		['/DE/country/xx', 'de'],
		['/pl', 'pl'],
		['/nope', 'en'],
		['/xx/nope', 'en'],
		['/france', 'en']
	])('%s is in %s', (path, lang) => expect(localeOfPath(path)).toBe(lang));

	it('offers the lower-case address when the case differs', () => {
		expect(canonicalPath('/country/DE')).toBe('/country/de');
		expect(canonicalPath('/FR/Country/De')).toBe('/fr/country/de');
		expect(canonicalPath('/country/de')).toBeNull();
	});
});

describe('ownCountryHref', () => {
	const commitments = [
		{ id: 'es-1', country: 'ES' },
		{ id: 'de-1', country: 'DE' },
		{ id: 'eu-1', country: null }
	];
	const at = (href: string) => new URL(href, 'https://example.org');

	it('sends another country’s commitment to its own country, keeping the query', () => {
		expect(
			ownCountryHref(at('/country/de?id=es-1&types=datacenter#x'), 'DE', commitments, 'en')
		).toBe('/country/es?id=es-1&types=datacenter#x');
		expect(ownCountryHref(at('/fr/country/de?id=es-1'), 'DE', commitments, 'fr')).toBe(
			'/fr/country/es?id=es-1'
		);
	});
	it('sends a Europe-wide commitment to Europe’s page', () => {
		expect(ownCountryHref(at('/de/country/de?id=eu-1'), 'DE', commitments, 'de')).toBe(
			'/de?id=eu-1'
		);
	});
	it('leaves the country’s own, unknown and missing ids alone', () => {
		expect(ownCountryHref(at('/country/de?id=de-1'), 'DE', commitments, 'en')).toBeNull();
		expect(ownCountryHref(at('/country/de?id=nope'), 'DE', commitments, 'en')).toBeNull();
		expect(ownCountryHref(at('/country/de'), 'DE', commitments, 'en')).toBeNull();
	});
});
