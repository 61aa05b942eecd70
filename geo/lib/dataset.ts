/**
 * Reads the two editable files that make the dataset, commitments.csv and history.csv, checks
 * each and each against the other, and gives every commitment its dated events, oldest first.
 * Every problem of both files is reported at once; no commitment is returned if there is one.
 */
import type { CommitmentRecord } from '../../src/lib/data/types';
import type { CountryFeature } from './countries';
import { parseCommitments } from './commitments';
import { eventChecks, HISTORY_COLUMNS, toEvent } from './history';
import { byLine, type Problem } from './problems';
import { readTable, runChecks } from './table';
import { agreementChecks, eventsById, sequenceChecks } from './timeline';

export interface SourceFile {
	/** The file's name as the messages show it. */
	file: string;
	/** Its text, or null when the file does not exist. */
	text: string | null;
}

export interface DatasetInput {
	commitments: SourceFile & { text: string };
	history: SourceFile;
	countries: CountryFeature[];
	/** YYYY-MM-DD: no event may be dated after it. */
	today: string;
}

export function readDataset({ commitments, history, countries, today }: DatasetInput): {
	commitments: CommitmentRecord[];
	problems: Problem[];
} {
	const parsed = parseCommitments(commitments.text, commitments.file, countries);
	if (history.text === null) {
		const missing: Problem = {
			file: history.file,
			line: 1,
			field: 'file',
			message: 'is missing: every commitment needs its dated events (see geo/README.md)'
		};
		return { commitments: [], problems: [...parsed.problems, missing] };
	}

	const table = readTable(history.text, history.file, {
		columns: HISTORY_COLUMNS,
		strict: true,
		trim: true
	});
	const ids = new Set(parsed.rows.map(({ row }) => row.id));
	const context = { today, ids, commitmentsFile: commitments.file };
	const historyProblems = [
		...table.problems,
		...runChecks(table.rows, eventChecks, history.file, context),
		...Object.values(sequenceChecks).flatMap((check) =>
			check(table.rows).map((issue) => ({ file: history.file, ...issue }))
		)
	];
	const eventsOf = eventsById(table.rows);
	const disagreements = table.complete
		? runChecks(parsed.rows, agreementChecks, commitments.file, {
				eventsOf,
				historyFile: history.file
			})
		: [];
	const problems = [...byLine([...parsed.problems, ...disagreements]), ...byLine(historyProblems)];
	if (problems.length > 0) return { commitments: [], problems };
	return {
		commitments: parsed.commitments.map((c) => ({
			...c,
			history: (eventsOf.get(c.id) ?? []).map(({ row }) => toEvent(row))
		})),
		problems
	};
}
