/**
 * Whether several commitments picked together are really at one place: what the chooser's
 * heading may say ("3 commitments at this place") and whether each row must name its place.
 */
import type { Commitment } from './types';

/**
 * `point`: every one a site or city at the same coordinates; `country`: every one country-wide
 * in the same country; `europe`: every one Europe-wide; `mixed`: anything else (nearby places,
 * or a site with a country-wide pledge: not one place).
 */
export type SharedPlace = 'point' | 'country' | 'europe' | 'mixed';

/** Coordinates closer than this (degrees, about 1 m) are the same point. */
const SAME_POINT = 1e-5;

/** Where a commitment is, as far as "the same place" goes. */
function placeKey(c: Commitment): { kind: SharedPlace; country: string | null; at: number[] } {
	if (c.precision === 'europe' || c.country === null)
		return { kind: 'europe', country: null, at: [] };
	if (c.precision === 'country' || !c.coordinates)
		return { kind: 'country', country: c.country, at: [] };
	return { kind: 'point', country: c.country, at: c.coordinates };
}

export function sharedPlace(commitments: readonly Commitment[]): SharedPlace {
	const [first, ...rest] = commitments.map(placeKey);
	if (!first) return 'mixed';
	const same = rest.every(
		(p) =>
			p.kind === first.kind &&
			p.country === first.country &&
			p.at.every((v, i) => Math.abs(v - first.at[i]!) < SAME_POINT)
	);
	return same ? first.kind : 'mixed';
}
