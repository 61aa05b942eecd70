import type { Commitment } from '$lib/data/types';

/**
 * The two doubts a reader sees, kept apart: "Unconfirmed" is about the claim (confidence low);
 * "Approximate place" only about the point: a city's or area's centre, or a site with a reservation
 * in its place note. A well-sourced commitment at an approximate place is not unconfirmed.
 */
export const isUnconfirmed = (c: Pick<Commitment, 'confidence'>): boolean => c.confidence === 'low';

export const isApproximatePlace = (c: Pick<Commitment, 'precision' | 'placeNote'>): boolean =>
	c.precision === 'city' || (c.precision === 'site' && c.placeNote !== null);
