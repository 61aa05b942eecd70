/**
 * Reads a CSV file (d3-dsv) into rows keyed by column, each with the line a text editor shows
 * it on (the header is line 1; a quoted line break inside a field counts). Header problems and
 * rows with the wrong number of fields are reported; blank lines are skipped.
 */
import { csvParseRows } from 'd3';
import { stripBom, type Issue, type Problem } from './problems';

export interface Lined<R> {
	line: number;
	row: R;
}

export interface TableOptions<C extends string> {
	/** Columns the file must have. */
	columns: readonly C[];
	/** Report columns the file should not have (else they are ignored). */
	strict?: boolean;
	/** Trim every cell (else cells are kept as written). */
	trim?: boolean;
}

export interface Table<C extends string> {
	rows: Lined<Record<C, string>>[];
	problems: Problem[];
	/** False when the header lacks a column: no row was read. */
	complete: boolean;
}

export function readTable<C extends string>(
	text: string,
	file: string,
	{ columns, strict = false, trim = false }: TableOptions<C>
): Table<C> {
	const problems: Problem[] = [];
	const table = csvParseRows(stripBom(text));
	const header = table[0] ?? [];
	const missing = columns.filter((column) => !header.includes(column));
	for (const column of missing) {
		problems.push({ file, line: 1, field: column, message: 'column is missing from the header' });
	}
	if (strict) {
		for (const column of header.filter((c) => !(columns as readonly string[]).includes(c))) {
			problems.push({
				file,
				line: 1,
				field: column,
				message: 'is not a known column',
				value: column
			});
		}
	}
	if (missing.length > 0) return { rows: [], problems, complete: false };

	const rows: Lined<Record<C, string>>[] = [];
	let line = 1 + countLineBreaks(header);
	for (const cells of table.slice(1)) {
		line += 1;
		const rowLine = line;
		line += countLineBreaks(cells);
		if (cells.every((cell) => cell.trim() === '')) continue;
		if (cells.length !== header.length) {
			problems.push({
				file,
				line: rowLine,
				field: 'row',
				message: `has ${cells.length} fields; the header has ${header.length} (a comma inside an unquoted field?)`,
				value: cells.join(',')
			});
			continue;
		}
		const row = Object.fromEntries(
			columns.map((column) => {
				const cell = cells[header.indexOf(column)] ?? '';
				return [column, trim ? cell.trim() : cell];
			})
		) as Record<C, string>;
		rows.push({ line: rowLine, row });
	}
	return { rows, problems, complete: true };
}

function countLineBreaks(cells: string[]): number {
	return cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
}

/** A named check: what is wrong with one row, given what it needs to know beyond the row. */
export type Check<R, C = unknown> = (row: R, context: C) => Issue[];

/** Runs every check on every row, in the checks' order; the problems carry file and line. */
export function runChecks<R, C>(
	rows: readonly Lined<R>[],
	checks: Record<string, Check<R, C>>,
	file: string,
	context: C
): Problem[] {
	return rows.flatMap(({ line, row }) =>
		Object.values(checks).flatMap((check) =>
			check(row, context).map((issue) => ({ file, line, ...issue }))
		)
	);
}
