import { describe, expect, it } from 'vitest';
import { sharedPlace } from '../../src/lib/data/place';
import { commitment } from './helpers/commitment';

const brussels: [number, number] = [4.3517, 50.8503];
const site = (id: string, country: string, coordinates: [number, number]) =>
	commitment({ id, country, coordinates, precision: 'site' });
const countryWide = (id: string, country: string) => commitment({ id, country });
const europeWide = (id: string) => commitment({ id, country: null, precision: 'europe' });

describe('sharedPlace', () => {
	it.each([
		[
			'three at the same coordinates',
			[site('a', 'BE', brussels), site('b', 'BE', brussels), site('c', 'BE', [4.3517, 50.8503])],
			'point'
		],
		[
			'a city point and a site at the same coordinates',
			[
				commitment({ id: 'a', country: 'BE', coordinates: brussels, precision: 'city' }),
				site('b', 'BE', brussels)
			],
			'point'
		],
		[
			'Copenhagen and Staffanstorp (two countries)',
			[site('se', 'SE', [13.21, 55.64]), site('dk', 'DK', [12.57, 55.68])],
			'mixed'
		],
		[
			'two points 0.01° apart in one city',
			[site('a', 'FR', [2.35, 48.85]), site('b', 'FR', [2.36, 48.85])],
			'mixed'
		],
		[
			'two country-wide pledges in Germany',
			[countryWide('a', 'DE'), countryWide('b', 'DE')],
			'country'
		],
		[
			'country-wide pledges in Germany and France',
			[countryWide('a', 'DE'), countryWide('b', 'FR')],
			'mixed'
		],
		[
			'a site and a country-wide pledge in one country',
			[site('a', 'DE', [8.68, 50.11]), countryWide('b', 'DE')],
			'mixed'
		],
		['two Europe-wide commitments', [europeWide('a'), europeWide('b')], 'europe'],
		['a Europe-wide and a country-wide one', [europeWide('a'), countryWide('b', 'DE')], 'mixed'],
		['one commitment', [site('a', 'BE', brussels)], 'point'],
		['none', [], 'mixed']
	] as const)('%s → %s', (_, commitments, expected) => {
		expect(sharedPlace(commitments)).toBe(expected);
	});
});
