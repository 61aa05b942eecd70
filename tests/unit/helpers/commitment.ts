import type { CommitmentRecord } from '../../../src/lib/data/types';

/** A country-wide, operational, high-confidence datacenter in France; tests override what matters. */
export function commitment(
	overrides: Partial<CommitmentRecord> & Pick<CommitmentRecord, 'id'>
): CommitmentRecord {
	return {
		type: 'datacenter',
		status: 'operational',
		name: overrides.id,
		nameLang: 'en',
		country: 'FR',
		city: null,
		coordinates: null,
		precision: 'country',
		locationSource: [],
		placeNote: null,
		partOf: null,
		announced: null,
		opened: null,
		deadline: null,
		targetPeople: null,
		partners: [],
		partnersLang: 'en',
		summary: { en: 'A commitment.', fr: null, de: null, es: null, it: null, nl: null, pl: null },
		sources: ['https://example.org/source'],
		confidence: 'high',
		confidenceNote: null,
		claimedBy: null,
		notes: null,
		history: [],
		...overrides
	};
}
