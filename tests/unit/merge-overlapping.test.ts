import { describe, expect, it } from 'vitest';
import {
	mergeOverlapping,
	overlapWithinLevel,
	type Drawn
} from '../../src/lib/frame/mark-clearance';

/** The merge as first written: after each merge, the search starts over from the first pair. */
function startingOver<T>(groups: T[][], drawn: (group: T[]) => Drawn): T[][] {
	let result = groups;
	for (let merged = true; merged;) {
		merged = false;
		const marks = result.map(drawn);
		search: for (let a = 0; a < result.length; a++) {
			for (let b = a + 1; b < result.length; b++) {
				if (overlapWithinLevel(marks[a]!, marks[b]!)) {
					result = result.flatMap((group, i) =>
						i === a ? [[...group, ...result[b]!]] : i === b ? [] : [group]
					);
					merged = true;
					break search;
				}
			}
		}
	}
	return result;
}

describe('mergeOverlapping', () => {
	it('merges the same groups, in the same order, as a search that starts over after each merge', () => {
		let seed = 1;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let trial = 0; trial < 400; trial++) {
			const n = 2 + Math.floor(random() * 60);
			const marks = Array.from({ length: n }, () => ({
				point: [random() * 300, random() * 300],
				offset: [Math.round(random() * 40 - 20), Math.round(random() * 40 - 20)]
			}));
			// A group is drawn at its members' mean, bigger the more it holds (as a cluster).
			const drawn = (group: number[]): Drawn => {
				const mean = (k: 0 | 1, of: 'point' | 'offset') =>
					group.reduce((sum, i) => sum + marks[i]![of][k]!, 0) / group.length;
				return {
					point: [mean(0, 'point'), mean(1, 'point')],
					offset: [mean(0, 'offset'), mean(1, 'offset')],
					size: group.length > 1 ? 18 + group.length : 15
				};
			};
			const groups = marks.map((_, i) => [i]);
			expect(mergeOverlapping(groups, drawn)).toEqual(startingOver(groups, drawn));
		}
	});
});
