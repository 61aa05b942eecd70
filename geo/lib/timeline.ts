/**
 * The checks on each commitment's dated events as a whole (geo/data/history.csv), and on its row
 * of commitments.csv against them. The history is the source of truth for dates and status:
 * commitments.csv keeps `status`, `announced` and `opened` so that it reads on its own, and
 * these checks make sure they say what the history says.
 */
import type { Row } from './checks';
import { comparePartialDates, isPartialDate } from './dates';
import type { HistoryRow } from './history';
import { has, type Issue } from './problems';
import type { Check, Lined } from './table';

type Event = Lined<HistoryRow>;
type LinedIssue = Issue & { line: number };
/** A named check on the whole of history.csv; each issue on the line of its row. */
type HistoryFileCheck = (rows: readonly Event[]) => LinedIssue[];

/** Each id's events, in the file's order. */
export function eventsById(rows: readonly Event[]): Map<string, Event[]> {
	const byId = new Map<string, Event[]>();
	for (const event of rows) {
		if (!has(event.row.id)) continue;
		const events = byId.get(event.row.id);
		if (events) events.push(event);
		else byId.set(event.row.id, [event]);
	}
	return byId;
}

const perId = (check: (id: string, events: Event[]) => LinedIssue[]): HistoryFileCheck => {
	return (rows) => [...eventsById(rows)].flatMap(([id, events]) => check(id, events));
};
const isAnnouncement = ({ row }: Event) => row.event === 'announced';

export const sequenceChecks = {
	idRowsTogether: (rows) => {
		const lastLine = new Map<string, number>();
		return rows.flatMap(({ line, row }, i) => {
			const earlier = lastLine.get(row.id);
			lastLine.set(row.id, line);
			return earlier !== undefined && rows[i - 1]!.row.id !== row.id
				? [
						{
							line,
							field: 'id',
							message: `must be with its other events, which are contiguous (its last one is line ${earlier})`,
							value: row.id
						}
					]
				: [];
		});
	},
	announcedFirst: perId((id, events) => {
		const announcements = events.filter(isAnnouncement);
		const [first] = events;
		if (announcements.length === 0) {
			return [
				{
					line: first!.line,
					field: 'event',
					message: `must be announced: the first event of ${id} is its announcement, and it has none`,
					value: first!.row.event
				}
			];
		}
		return announcements.flatMap((event, i) => {
			if (i > 0) {
				return [
					{
						line: event.line,
						field: 'event',
						message: `is a second announcement of ${id} (the first is line ${announcements[0]!.line}); use restated`,
						value: event.row.event
					}
				];
			}
			return event === first
				? []
				: [
						{
							line: event.line,
							field: 'event',
							message: `must be the first event of ${id} (line ${first!.line} comes before it)`,
							value: event.row.event
						}
					];
		});
	}),
	noEventBeforeAnnouncement: perId((id, events) => {
		const announcement = events.find(isAnnouncement);
		if (!announcement || !isPartialDate(announcement.row.date)) return [];
		return events
			.filter(
				(e) =>
					e !== announcement &&
					isPartialDate(e.row.date) &&
					comparePartialDates(e.row.date, announcement.row.date) < 0
			)
			.map(({ line, row }) => ({
				line,
				field: 'date',
				message: `is before the announcement of ${id} (line ${announcement.line}: ${announcement.row.date})`,
				value: row.date
			}));
	}),
	datesInOrder: perId((_id, events) => {
		const dated = events.filter((e) => !isAnnouncement(e) && isPartialDate(e.row.date));
		return dated.flatMap(({ line, row }, i) => {
			const later = dated.slice(0, i).find((e) => comparePartialDates(row.date, e.row.date) < 0);
			return later
				? [
						{
							line,
							field: 'date',
							message: `goes backwards: line ${later.line}, above it, has ${later.row.date}`,
							value: row.date
						}
					]
				: [];
		});
	})
} satisfies Record<string, HistoryFileCheck>;

export type SequenceCheckName = keyof typeof sequenceChecks;

export interface AgreementContext {
	eventsOf: ReadonlyMap<string, readonly Event[]>;
	historyFile: string;
}

const where = (file: string, event: Event) => `${file}:${event.line}`;

/** Named checks on a row of commitments.csv against its history; reported on commitments.csv. */
export const agreementChecks = {
	hasHistory: (row, { eventsOf, historyFile }) =>
		has(row.id) && !eventsOf.has(row.id)
			? [
					{
						field: 'id',
						message: `has no events in ${historyFile}; every commitment needs at least its announced event`,
						value: row.id
					}
				]
			: [],
	announcedAsHistory: (row, { eventsOf, historyFile }) => {
		const announcement = eventsOf.get(row.id)?.find(isAnnouncement);
		return announcement && row.announced !== announcement.row.date
			? [
					{
						field: 'announced',
						message: `must be the date of its announced event: ${where(historyFile, announcement)} gives ${announcement.row.date}`,
						value: row.announced
					}
				]
			: [];
	},
	statusAsHistory: (row, { eventsOf, historyFile }) => {
		const last = eventsOf.get(row.id)?.at(-1);
		return last && row.status !== last.row.status
			? [
					{
						field: 'status',
						message: `must be the status after its last event: ${where(historyFile, last)} (${last.row.event}, ${last.row.date}) gives ${last.row.status}`,
						value: row.status
					}
				]
			: [];
	},
	openedAsHistory: (row, { eventsOf, historyFile }) => {
		const events = eventsOf.get(row.id);
		if (!events) return [];
		const opening = events.find((e) => e.row.event === 'opened');
		if (opening) {
			return row.opened === opening.row.date
				? []
				: [
						{
							field: 'opened',
							message: `must be the date of its opened event: ${where(historyFile, opening)} gives ${opening.row.date}`,
							value: row.opened
						}
					];
		}
		return isPartialDate(row.opened)
			? [
					{
						field: 'opened',
						message: `is a date, but ${historyFile} has no opened event for it: add the event, or write "unknown" (or leave it empty if it is not open)`,
						value: row.opened
					}
				]
			: [];
	}
} satisfies Record<string, Check<Row, AgreementContext>>;

export type AgreementCheckName = keyof typeof agreementChecks;
