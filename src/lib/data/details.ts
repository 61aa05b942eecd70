/**
 * A commitment in two parts: what the map, the list and the charts need (`Commitment`, carried
 * in every page's HTML) and what only its details panel shows (`CommitmentDetails`: the texts,
 * sources and history, three quarters of the record's bytes), served once as
 * /data/details.json and loaded when a reader first chooses a commitment.
 */
import {
	DETAIL_FIELDS,
	type Commitment,
	type CommitmentDetails,
	type CommitmentRecord
} from './types';

/** The record without its details' fields. */
export function briefOf(record: CommitmentRecord): Commitment {
	const brief: Record<string, unknown> = { ...record };
	for (const field of DETAIL_FIELDS) delete brief[field];
	return brief as unknown as Commitment;
}

/** Only the details' fields of the record. */
export function detailsOf(record: CommitmentRecord): CommitmentDetails {
	return Object.fromEntries(
		DETAIL_FIELDS.map((field) => [field, record[field]])
	) as unknown as CommitmentDetails;
}

/** Every commitment's details by id: the body of /data/details.json. */
export function detailsById(
	records: readonly CommitmentRecord[]
): Record<string, CommitmentDetails> {
	return Object.fromEntries(records.map((record) => [record.id, detailsOf(record)]));
}

/** What a commitment whose details could not be had shows: no text, no source, no history. */
export const NO_DETAILS: CommitmentDetails = {
	locationSource: [],
	partners: [],
	summary: { en: '', fr: null },
	sources: [],
	confidenceNote: null,
	claimedBy: null,
	notes: null,
	history: []
};

/** The whole record again, from its brief part and the details loaded for it. */
export function withDetails(
	brief: Commitment,
	details: Readonly<Record<string, CommitmentDetails>>
): CommitmentRecord {
	return { ...brief, ...(details[brief.id] ?? NO_DETAILS) };
}
