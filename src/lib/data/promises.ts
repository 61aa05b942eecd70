/**
 * The promise tracker's data (/promises): one row per promise (a commitment with a target or a
 * deadline) with its outcome and evidence, made at build time; its filters and sort, read from
 * and written to the URL (`?type=training&country=DE&outcome=deadline-passed&sort=outcome`,
 * malformed values fall back to the defaults); and the counts its chart draws. Pure.
 */
import { isEuropean } from './countries';
import { summaryIn } from './details';
import { localBrief } from './local-names';
import type { Locale } from '../i18n/locales';
import { isOutcome, isPromise, OUTCOMES, outcomeOf, type OutcomeKind } from './outcome';
import { lastDayOf } from './dates';
import {
	isCommitmentType,
	TYPES,
	type CommitmentEvent,
	type CommitmentRecord,
	type CommitmentType,
	type PartialDate
} from './types';

export interface PromiseRow {
	id: string;
	name: string;
	type: CommitmentType;
	/** ISO 3166-1 alpha-2, or null for a Europe-wide promise. */
	country: string | null;
	/** What was promised, in the page's language where the dataset has it, else in English. */
	summary: string;
	/** The summary's language when it is not the page's (for a `lang` attribute). */
	summaryLang: string | null;
	/** The name's language where it is not the page's (a proper name stays English). */
	nameLang: string | null;
	claimedBy: string | null;
	deadline: PartialDate | null;
	targetPeople: number | null;
	outcome: OutcomeKind;
	evidence: CommitmentEvent | null;
}

/**
 * Every promise in the dataset, with its outcome as of `today` (YYYY-MM-DD), the facts checked on
 * `checked`: by default `today` (the build's day, never before the facts were checked).
 */
export function promiseRows(
	records: readonly CommitmentRecord[],
	lang: Locale,
	today: string,
	checked = today
): PromiseRow[] {
	return records.filter(isPromise).map((c) => {
		const { kind, evidence } = outcomeOf(c, c.history, today, checked);
		const summary = summaryIn(c.summary, lang);
		const local = localBrief(c, lang);
		return {
			id: c.id,
			name: local.name,
			nameLang: local.nameLang === lang ? null : local.nameLang,
			type: c.type,
			country: c.country,
			summary: summary.text,
			summaryLang: summary.lang === lang ? null : summary.lang,
			claimedBy: c.claimedBy,
			deadline: c.deadline,
			targetPeople: c.targetPeople,
			outcome: kind,
			evidence
		};
	});
}

export const SORTS = ['deadline', 'outcome', 'country'] as const;
export type PromiseSort = (typeof SORTS)[number];

/** `country`: an ISO code, or 'europe' for the Europe-wide promises; null for all. */
export interface PromiseQuery {
	type: CommitmentType | null;
	country: string | null;
	outcome: OutcomeKind | null;
	sort: PromiseSort;
}

export const DEFAULT_QUERY: PromiseQuery = Object.freeze({
	type: null,
	country: null,
	outcome: null,
	sort: 'deadline'
});

export function parsePromiseQuery(params: URLSearchParams): PromiseQuery {
	const type = params.get('type') ?? '';
	const outcome = params.get('outcome') ?? '';
	const country = (params.get('country') ?? '').trim();
	const sort = params.get('sort') ?? '';
	return {
		type: isCommitmentType(type) ? type : null,
		country:
			country.toLowerCase() === 'europe'
				? 'europe'
				: isEuropean(country.toUpperCase())
					? country.toUpperCase()
					: null,
		outcome: isOutcome(outcome) ? outcome : null,
		sort: (SORTS as readonly string[]).includes(sort) ? (sort as PromiseSort) : 'deadline'
	};
}

/** The query string of a query (`?…`, or '' for the defaults): only what differs is written. */
export function promiseSearch(query: PromiseQuery): string {
	const params = new URLSearchParams();
	if (query.type) params.set('type', query.type);
	if (query.country) params.set('country', query.country.toLowerCase());
	if (query.outcome) params.set('outcome', query.outcome);
	if (query.sort !== 'deadline') params.set('sort', query.sort);
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The rows a query's type and country let through, before the outcome filter (the chart's). */
export function byTypeAndCountry(rows: readonly PromiseRow[], query: PromiseQuery): PromiseRow[] {
	return rows.filter(
		(r) =>
			(!query.type || r.type === query.type) &&
			(!query.country || (r.country ?? 'europe') === query.country)
	);
}

/** The rows a query lets through, in its order. `name` gives a country's name for sorting. */
export function queryPromises(
	rows: readonly PromiseRow[],
	query: PromiseQuery,
	name: (iso2: string) => string,
	locale: string
): PromiseRow[] {
	const kept = byTypeAndCountry(rows, query).filter(
		(r) => !query.outcome || r.outcome === query.outcome
	);
	const collator = new Intl.Collator(locale);
	/** Soonest deadline first; none last; then by name. */
	const byDeadline = (a: PromiseRow, b: PromiseRow) =>
		(a.deadline ? lastDayOf(a.deadline) : '9999').localeCompare(
			b.deadline ? lastDayOf(b.deadline) : '9999'
		) || collator.compare(a.name, b.name);
	const place = (r: PromiseRow) => (r.country ? name(r.country) : '\uffff');
	const order: Record<PromiseSort, (a: PromiseRow, b: PromiseRow) => number> = {
		deadline: byDeadline,
		outcome: (a, b) =>
			OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) || byDeadline(a, b),
		country: (a, b) => collator.compare(place(a), place(b)) || byDeadline(a, b)
	};
	return [...kept].sort(order[query.sort]);
}

export interface OutcomeCounts {
	/** A type, an ISO code, or 'europe'. */
	key: string;
	counts: Record<OutcomeKind, number>;
	total: number;
}

const zero = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeKind, number>;

/** Promises by type and outcome: every type with at least one promise, in the types' order. */
export function outcomesByType(rows: readonly PromiseRow[]): OutcomeCounts[] {
	return TYPES.map((type) =>
		countOutcomes(
			type,
			rows.filter((r) => r.type === type)
		)
	).filter((c) => c.total > 0);
}

/** Promises by country and outcome, most first (then by code); Europe-wide ones last. */
export function outcomesByCountry(rows: readonly PromiseRow[]): OutcomeCounts[] {
	const keys = [...new Set(rows.map((r) => r.country ?? 'europe'))];
	return keys
		.map((key) =>
			countOutcomes(
				key,
				rows.filter((r) => (r.country ?? 'europe') === key)
			)
		)
		.sort(
			(a, b) =>
				Number(a.key === 'europe') - Number(b.key === 'europe') ||
				b.total - a.total ||
				a.key.localeCompare(b.key)
		);
}

function countOutcomes(key: string, rows: readonly PromiseRow[]): OutcomeCounts {
	const counts = zero();
	for (const r of rows) counts[r.outcome] += 1;
	return { key, counts, total: rows.length };
}
