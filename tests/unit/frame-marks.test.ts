import { describe, expect, it } from 'vitest';
import {
	expansionZoom,
	gridOffsets,
	layoutMarks,
	placeMarks,
	type ClusterMark,
	type Mark
} from '../../src/lib/frame/marks';
import { scaleOfZoom, toBasemap, zoomOfScale } from '../../src/lib/frame/projection';
import { commitment } from './helpers/commitment';

const site = (id: string, lon: number, lat = 0) =>
	commitment({ id, precision: 'city', coordinates: [lon, lat], country: 'BE' });
const wide = (id: string, country = 'FR') => commitment({ id, precision: 'country', country });
const LABELS = { FR: [2, 46.5], DE: [10, 51] } as Record<string, [number, number]>;

const ids = (marks: Mark[]) => marks.map((m) => (m.kind === 'single' ? m.id : m.ids.join('+')));

describe('gridOffsets', () => {
	it.each([
		[1, [[0, -14]]],
		[
			2,
			[
				[-10, -14],
				[10, -14]
			]
		],
		[
			3,
			[
				[-10, -34],
				[10, -34],
				[0, -14]
			]
		],
		[
			4,
			[
				[-10, -34],
				[10, -34],
				[-10, -14],
				[10, -14]
			]
		],
		[
			5,
			[
				[-20, -34],
				[0, -34],
				[20, -34],
				[-10, -14],
				[10, -14]
			]
		]
	])('puts %i marks side by side, 20 px apart, the lowest row 14 px up', (n, expected) => {
		expect(gridOffsets(n)).toEqual(expected);
	});
});

describe('placeMarks', () => {
	it('draws sites at their point, country-wide at the label point, Europe-wide not at all', () => {
		const marks = placeMarks(
			[
				site('a', 4.35, 50.85),
				wide('b'),
				commitment({ id: 'c', precision: 'europe', country: null })
			],
			LABELS
		);
		expect(marks.map((m) => [m.id, m.at, m.offset, m.countryWide])).toEqual([
			['a', [4.35, 50.85], [0, 0], false],
			['b', [2, 46.5], [0, -14], true]
		]);
	});

	it('orders a country grid by type, then id', () => {
		const marks = placeMarks(
			[wide('z', 'DE'), { ...wide('y', 'DE'), type: 'security' }, wide('x', 'DE')],
			LABELS
		);
		expect(marks.map((m) => m.id)).toEqual(['x', 'z', 'y']);
	});
});

describe('layoutMarks', () => {
	// At zoom 0 the world is 512 px: 10° at the equator is 14.2 px, 12° is 17.1 px.
	it('clusters marks closer than a symbol (16 px), not those further apart', () => {
		expect(ids(layoutMarks([site('a', 0), site('b', 10)], {}, 0, null))).toEqual(['a+b']);
		expect(ids(layoutMarks([site('a', 0), site('b', 12)], {}, 0, null))).toEqual(['a', 'b']);
	});

	it('clusters at floor(zoom): at 0.9 as at 0, at 1 (28.4 px apart) no more', () => {
		expect(ids(layoutMarks([site('a', 0), site('b', 10)], {}, 0.9, null))).toEqual(['a+b']);
		expect(ids(layoutMarks([site('a', 0), site('b', 10)], {}, 1, null))).toEqual(['a', 'b']);
	});

	it('knows whether a cluster is at one place', () => {
		const [same] = layoutMarks([site('a', 4), site('b', 4), site('c', 4)], {}, 10, null);
		expect(same).toMatchObject({ kind: 'cluster', ids: ['a', 'b', 'c'], onePlace: true });
		expect(same!.at).toEqual([4, 0]);
		const [near] = layoutMarks([site('a', 0), site('b', 10)], {}, 0, null);
		expect(near).toMatchObject({ kind: 'cluster', onePlace: false });
	});

	it('never stacks country-wide marks of one country, at any zoom', () => {
		const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => wide(id, 'DE'));
		for (const zoom of [0, 3.5, 12]) {
			const marks = layoutMarks(six, LABELS, zoom, null);
			expect(marks.every((m) => m.kind === 'single' && m.countryWide)).toBe(true);
			expect(marks.map((m) => m.offset)).toEqual(expect.arrayContaining(gridOffsets(6)));
		}
	});

	it('never clusters the selected commitment, and draws it last', () => {
		const marks = layoutMarks(
			[site('a', 4), site('b', 4), site('c', 4), site('d', 90)],
			{},
			5,
			'b'
		);
		expect(ids(marks)).toEqual(['a+c', 'd', 'b']);
	});

	it('leaves Europe-wide commitments off the map', () => {
		const europe = commitment({ id: 'e', precision: 'europe', country: null });
		expect(layoutMarks([europe], LABELS, 3, null)).toEqual([]);
	});

	// Timed once by hand (about 45 ms a zoom level, warm); not here, where the machine's load varies.
	it('lays out 10,000 commitments, each drawn once', () => {
		const many = Array.from({ length: 10_000 }, (_, i) =>
			site(`s${i}`, -10 + ((i * 7919) % 4000) / 100, 35 + ((i * 104729) % 3000) / 100)
		);
		const marks = layoutMarks(many, {}, 4, null);
		const drawn = marks.reduce((n, m) => n + (m.kind === 'single' ? 1 : m.ids.length), 0);
		expect(drawn).toBe(10_000);
	});
});

describe('expansionZoom', () => {
	const near = [site('a', 0), site('b', 10)];
	it('is the zoom where the members split; null at one place', () => {
		const cluster = layoutMarks(near, {}, 0, null)[0] as ClusterMark;
		expect(expansionZoom(near, {}, cluster, 0, null, 10)).toBe(1);
		const same = [site('a', 4), site('b', 4)];
		const together = layoutMarks(same, {}, 0, null)[0] as ClusterMark;
		expect(expansionZoom(same, {}, together, 0, null, 22)).toBeNull();
	});

	it('is null when they split only past the map`s deepest zoom', () => {
		const close = [site('a', 0), site('b', 0.0001)];
		const cluster = layoutMarks(close, {}, 2, null)[0] as ClusterMark;
		expect(expansionZoom(close, {}, cluster, 2, null, 8)).toBeNull();
	});
});

describe('the SVG map`s zoom', () => {
	it('is the inverse of its scale', () => {
		for (const zoom of [0, 3.4, 9]) expect(zoomOfScale(scaleOfZoom(zoom))).toBeCloseTo(zoom, 9);
	});

	it('shows two points as many pixels apart as MapLibre does at that zoom', () => {
		const zoom = 3.7;
		const [x0] = toBasemap([0, 0]);
		const [x1] = toBasemap([10, 0]);
		const svgPixels = (x1 - x0) / scaleOfZoom(zoom);
		expect(svgPixels).toBeCloseTo((512 * 2 ** zoom * 10) / 360, 6);
	});
});
