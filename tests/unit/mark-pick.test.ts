import { describe, expect, it } from 'vitest';
import { markRadius, pickMark } from '../../src/lib/map/mark-pick';

describe('pickMark', () => {
	it('takes the mark under the pointer, not a neighbour whose image reaches it', () => {
		// Brussels at MapLibre's deep zoom: the cluster of three under the click, MolenGeek's
		// symbol 16.9 px away (its 21 px image, halo room included, reaches the click box).
		const hits = [
			{ id: 'skills-be-molengeek', order: 1, radius: 7.5, distance: 16.9 },
			{ id: 'cluster:azure-belgiumcentral:3', order: 0, radius: 9.5, distance: 0 }
		];
		expect(pickMark(hits)).toBe('cluster:azure-belgiumcentral:3');
	});

	it('takes the topmost of the marks under the pointer (the selected over the others)', () => {
		const hits = [
			{ id: 'cluster', order: 0, radius: 9.5, distance: 3 },
			{ id: 'single', order: 1, radius: 7.5, distance: 5 },
			{ id: 'selected', order: 2, radius: 7.5, distance: 6 }
		];
		expect(pickMark(hits)).toBe('selected');
	});

	it('takes the nearest when none is under the pointer, and nothing when none is near', () => {
		const hits = [
			{ id: 'far', order: 1, radius: 7.5, distance: 12 },
			{ id: 'near', order: 0, radius: 9.5, distance: 10 }
		];
		expect(pickMark(hits)).toBe('near');
		expect(pickMark([])).toBeNull();
	});
});

describe('markRadius', () => {
	it('is the drawn symbol`s: a site 7.5, a country-wide ring 8.5, a badge by its count', () => {
		expect(markRadius('datacenter-operational')).toBe(7.5);
		expect(markRadius('training-announced-wide')).toBe(8.5);
		expect(markRadius('cluster-3')).toBe(9.5);
		expect(markRadius('cluster-14')).toBe(11);
	});
});
