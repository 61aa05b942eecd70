/**
 * Reads geo/data/history.csv: one row per dated event of a commitment. The named checks on
 * each row are here; the checks on each commitment's sequence of events, and on its row of
 * commitments.csv against them, are in timeline.ts.
 */
import {
	EVENT_KINDS,
	HISTORY_COLUMNS,
	STATUSES,
	type CommitmentEvent,
	type EventKind,
	type HistoryColumn,
	type Status
} from '../../src/lib/data/types';
import { httpUrls, oneOf } from './checks';
import { comparePartialDates, isPartialDate } from './dates';
import { has, splitUrls } from './problems';
import type { Check } from './table';

export { HISTORY_COLUMNS };
export type HistoryRow = Record<HistoryColumn, string>;

/** What a figure counts: people, or an ISO 4217 currency code. */
export const UNITS = ['people', 'EUR', 'GBP', 'USD', 'DKK', 'SEK', 'NOK', 'CHF', 'PLN'] as const;

export interface EventContext {
	/** YYYY-MM-DD: no event may be dated after it (injected, so tests do not depend on the day). */
	today: string;
	/** The ids of commitments.csv, and its name for the messages. */
	ids: ReadonlySet<string>;
	commitmentsFile: string;
}

const REQUIRED: HistoryColumn[] = ['id', 'date', 'event', 'status', 'sources'];

export const eventChecks = {
	requiredFields: (row) =>
		REQUIRED.filter((field) => !has(row[field])).map((field) => ({
			field,
			message:
				field === 'sources' ? 'is required: at least one URL supporting this event' : 'is required',
			value: row[field]
		})),
	knownId: (row, { ids, commitmentsFile }) =>
		has(row.id) && !ids.has(row.id)
			? [{ field: 'id', message: `is not a commitment in ${commitmentsFile}`, value: row.id }]
			: [],
	knownEvent: oneOf('event', EVENT_KINDS),
	knownStatus: oneOf('status', STATUSES),
	wellFormedDate: (row) =>
		has(row.date) && !isPartialDate(row.date)
			? [{ field: 'date', message: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD', value: row.date }]
			: [],
	notInFuture: (row, { today }) =>
		isPartialDate(row.date) && comparePartialDates(row.date, today) > 0
			? [{ field: 'date', message: `is after today (${today})`, value: row.date }]
			: [],
	httpSources: httpUrls('sources'),
	wholeFigure: (row) =>
		has(row.figure) && !/^(0|[1-9]\d*)$/.test(row.figure)
			? [{ field: 'figure', message: 'must be a whole number, digits only', value: row.figure }]
			: [],
	figureHasUnit: (row) => {
		if (has(row.figure) && !has(row.unit)) {
			return [
				{
					field: 'unit',
					message: `is required with a figure: one of ${UNITS.join(', ')}`,
					value: ''
				}
			];
		}
		return !has(row.figure) && has(row.unit)
			? [{ field: 'unit', message: 'must be empty without a figure', value: row.unit }]
			: [];
	},
	knownUnit: oneOf('unit', UNITS),
	noLineBreaks: (row) =>
		HISTORY_COLUMNS.filter((field) => /[\r\n]/.test(row[field])).map((field) => ({
			field,
			message: 'must fit on one line',
			value: row[field]
		}))
} satisfies Record<string, Check<HistoryRow, EventContext>>;

export type EventCheckName = keyof typeof eventChecks;

/** The app's record of a valid row. */
export function toEvent(row: HistoryRow): CommitmentEvent {
	return {
		date: row.date,
		kind: row.event as EventKind,
		status: row.status as Status,
		figure: has(row.figure) ? Number(row.figure) : null,
		unit: has(row.unit) ? row.unit : null,
		sources: splitUrls(row.sources),
		note: has(row.note) ? row.note : null
	};
}
