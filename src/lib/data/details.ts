/**
 * A commitment in two parts: what the map, the list and the charts need (`Commitment`, carried
 * in every page's HTML) and what only its details panel shows (`CommitmentDetails`: the texts,
 * sources and history, three quarters of the record's bytes), served per language as
 * /data/details.{lang}.json (the summaries in English and that language only: all seven would
 * double the file) and loaded when a reader first chooses a commitment. /data/details.json
 * keeps every language, for those who want the whole set.
 */
import { LOCALES, type Locale } from '../i18n/locales';
import { localDetails } from './local-names';
import {
	DETAIL_FIELDS,
	type Commitment,
	type CommitmentDetails,
	type CommitmentRecord,
	type Summaries
} from './types';

/** No summary in any language. */
const NO_SUMMARIES: Summaries = Object.fromEntries(
	LOCALES.map((l) => [l, l === 'en' ? '' : null])
) as Summaries;

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

/**
 * Every commitment's details for a page in `lang`: the summary in English and `lang` only, the
 * partners in `lang` where translated (local-names.ts).
 */
export function detailsForLocale(
	records: readonly CommitmentRecord[],
	lang: Locale
): Record<string, CommitmentDetails> {
	const only = (summary: Summaries): Summaries => {
		const kept = { ...NO_SUMMARIES, en: summary.en };
		if (lang !== 'en') kept[lang] = summary[lang];
		return kept;
	};
	return Object.fromEntries(
		records.map((record) => [
			record.id,
			{ ...localDetails(detailsOf(record), lang), summary: only(record.summary) }
		])
	);
}

/** A text to show and the language it is in (so the element can say so: `lang`). */
export interface LocalText {
	text: string;
	lang: Locale;
}

/** The summary in `lang`, or the English one, said to be English, where `lang` has none. */
export function summaryIn(summary: Summaries, lang: Locale): LocalText {
	const text = summary[lang];
	return text ? { text, lang } : { text: summary.en, lang: 'en' };
}

/** What a commitment whose details could not be had shows: no text, no source, no history. */
export const NO_DETAILS: CommitmentDetails = {
	locationSource: [],
	partners: [],
	partnersLang: 'en',
	summary: NO_SUMMARIES,
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
