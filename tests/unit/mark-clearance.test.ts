import { describe, expect, it } from 'vitest';
import basemap from '../../src/lib/generated/basemap.json' with { type: 'json' };
import commitments from '../../src/lib/generated/commitments.json' with { type: 'json' };
import { TYPES, type Commitment } from '../../src/lib/data/types';
import {
	closestAcrossLevel,
	mergeOverlapping,
	overlapWithinLevel,
	toLonLat,
	toPixels,
	type Drawn
} from '../../src/lib/frame/mark-clearance';
import { layoutMarks, type LabelPoints, type Mark } from '../../src/lib/frame/marks';
import { commitment } from './helpers/commitment';

const at = (point: [number, number], offset: [number, number] = [0, 0], size = 15): Drawn => ({
	point,
	offset,
	size
});

describe('closestAcrossLevel', () => {
	it('is the distance at the level`s zoom when only places differ (they move apart)', () => {
		// (20, 5) · s is largest across: 20 at s = 1.
		expect(closestAcrossLevel(at([20, 5]), at([0, 0]))).toBe(20);
	});

	it('finds where two marks cross within the level, though apart at both ends', () => {
		// Across: 40 · s − 60 is −20 at s = 1, 0 at s = 1.5, +20 at s = 2.
		expect(closestAcrossLevel(at([40, 0]), at([0, 0], [60, 0]))).toBe(0);
	});

	it('takes the larger of across and down, least where they are equal', () => {
		// (10 s − 10, 10 s − 20): at s = 1.5 both are 5 (at s = 1 or 2, one of them is 10).
		expect(closestAcrossLevel(at([10, 10], [-10, -20]), at([0, 0]))).toBeCloseTo(5, 9);
	});
});

describe('overlapWithinLevel', () => {
	it('is an overlap of more than a third of the smaller mark, across and down', () => {
		// Two 15 px symbols: (15 + 15) / 2 − 15 / 3 = 10 px apart is the limit.
		expect(overlapWithinLevel(at([0, 0]), at([9.9, 0]))).toBe(true);
		expect(overlapWithinLevel(at([0, 0]), at([10, 0]))).toBe(false);
		// A 17 px ring and a 19 px badge: 18 − 17 / 3 = 12.33 px.
		expect(overlapWithinLevel(at([0, 0], [0, 0], 17), at([12.3, 0], [0, 0], 19))).toBe(true);
		expect(overlapWithinLevel(at([0, 0], [0, 0], 17), at([12.4, 0], [0, 0], 19))).toBe(false);
	});
});

describe('mergeOverlapping', () => {
	it('merges groups that would overlap somewhere in the level, and only those', () => {
		const places: Record<string, Drawn> = {
			a: at([0, 0]),
			b: at([40, 0], [-60, 0]), // on a at s = 1.5
			c: at([100, 0])
		};
		const drawn = (group: string[]) => places[group[0]!]!;
		expect(mergeOverlapping([['a'], ['b'], ['c']], drawn)).toEqual([['a', 'b'], ['c']]);
	});
});

describe('layoutMarks across a zoom level', () => {
	// At zoom 2 the world is 2048 px. The United Kingdom's case, in round numbers: three
	// country-wide marks at the label point [0, 0] in a grid at (−10, −34), (10, −34), (0, −14);
	// two sites 12 px above the label point, at x = 0 and x = 3.
	const size = 512 * 2 ** 2;
	const [x, y] = toPixels([0, 0], size);
	const site = (id: string, dx: number, dy: number) =>
		commitment({
			id,
			precision: 'city',
			country: 'GB',
			coordinates: toLonLat([x + dx, y + dy], size)
		});
	const shown = [
		site('a', 0, -12),
		site('b', 3, -12),
		...['w1', 'w2', 'w3'].map((id) => commitment({ id, country: 'GB' }))
	];
	const labels: LabelPoints = { GB: [0, 0] };

	it('merges a cluster that drifts onto its country`s grid before the next zoom', () => {
		// Supercluster takes a, b and the grid's lowest mark (0, −14): their centre is
		// (1, −12.67), drawn at (s, −12.67 s). From the upper-right mark (10, −34), that is
		// (−9, 21.3) at s = 1, clear, but (−8, 8.67) at s = 2: within 18 − 17 / 3 = 12.33 of it.
		const marks = layoutMarks(shown, labels, 2, null);
		expect(marks).toHaveLength(1);
		expect(marks[0]).toMatchObject({
			kind: 'cluster',
			ids: ['a', 'b', 'w1', 'w2', 'w3'],
			onePlace: false
		});
	});
});

/** The marks as drawn at `zoom` (laid out at its whole level), as [id, x, y, size]. */
function drawnAt(marks: Mark[], zoom: number) {
	const size = 512 * 2 ** zoom;
	return marks.map((m) => {
		const [x, y] = toPixels(m.at, size);
		const count = m.kind === 'cluster' ? m.ids.length : 1;
		const box =
			count > 1
				? count < 10
					? 19
					: count < 100
						? 22
						: 26
				: 'countryWide' in m && m.countryWide
					? 17
					: 15;
		return { id: m.kind === 'single' ? m.id : m.key, x: x + m.offset[0], y: y + m.offset[1], box };
	});
}

describe('the dataset`s marks', () => {
	const dataset = commitments as Commitment[];
	const labels = basemap.labels as unknown as LabelPoints;

	it.each([...TYPES.map((t) => [t, [t]] as const), ['all types', TYPES] as const])(
		'%s: no two overlap by more than a third, at any zoom from 2 to 8 (tenths)',
		(_, types) => {
			const shown = dataset.filter((c) => types.includes(c.type));
			const found: string[] = [];
			for (let tenth = 20; tenth < 80; tenth++) {
				const zoom = tenth / 10;
				const boxes = drawnAt(layoutMarks(shown, labels, zoom, null), zoom);
				for (const [i, a] of boxes.entries()) {
					for (const b of boxes.slice(i + 1)) {
						const limit = (a.box + b.box) / 2 - Math.min(a.box, b.box) / 3;
						if (Math.abs(a.x - b.x) < limit && Math.abs(a.y - b.y) < limit) {
							found.push(`${zoom}: ${a.id} × ${b.id}`);
						}
					}
				}
			}
			expect(found).toEqual([]);
		}
	);
});
