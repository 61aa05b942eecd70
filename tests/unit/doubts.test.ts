import { describe, expect, it } from 'vitest';
import type { Confidence, Precision } from '../../src/lib/data/types';
import { isApproximatePlace, isUnconfirmed } from '../../src/lib/ui/doubts';

describe('the two doubts, kept apart', () => {
	it.each([
		['high', false],
		['medium', false],
		['low', true]
	] as [Confidence, boolean][])(
		'a claim of %s confidence is unconfirmed: %s',
		(confidence, yes) => {
			expect(isUnconfirmed({ confidence })).toBe(yes);
		}
	);

	it.each([
		// A city's or area's centre is always approximate, with or without a note.
		['city', 'Point is Espoo’s centre.', true],
		['city', null, true],
		// A site is exact, unless its place note holds a reservation.
		['site', null, false],
		['site', 'Two buildings; the point is the first.', true],
		// A country or Europe is not a point at all: nothing approximate is drawn.
		['country', null, false],
		['europe', null, false]
	] as [Precision, string | null, boolean][])(
		'precision %s with place note %j is an approximate place: %s',
		(precision, placeNote, yes) => {
			expect(isApproximatePlace({ precision, placeNote })).toBe(yes);
		}
	);
});
