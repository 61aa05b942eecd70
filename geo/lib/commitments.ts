/**
 * Reads geo/data/commitments.csv: the row checks (checks.ts) on every row, then the checks
 * across rows (unique ids, `part_of`), every problem at once; and turns valid rows into the
 * app's CommitmentRecord records.
 */
import type {
	CommitmentRecord,
	CommitmentType,
	Confidence,
	Precision,
	Status,
	Translations
} from '../../src/lib/data/types';
import { LOCALES } from '../../src/lib/i18n/locales';
import { partnerItems } from './name-translations';
import { COLUMNS, isPointPrecision, rowChecks, UNKNOWN_DATE, type Row } from './checks';
import type { CountryFeature } from './countries';
import { pointOf } from './geometry';
import { byLine, has, splitUrls, type Issue, type Problem } from './problems';
import { readTable, runChecks, type Lined } from './table';

/** A named check across the whole file: the issues it finds, each on the line of its row. */
type FileCheck = (rows: readonly Lined<Row>[]) => (Issue & { line: number })[];

export const fileChecks = {
	uniqueIds: (rows) => {
		const firstLine = new Map<string, number>();
		return rows.flatMap(({ line, row }) => {
			if (!has(row.id)) return [];
			const first = firstLine.get(row.id);
			if (first === undefined) firstLine.set(row.id, line);
			return first === undefined
				? []
				: [{ line, field: 'id', message: `is already used on line ${first}`, value: row.id }];
		});
	},
	partOfExists: (rows) => {
		const ids = new Set(rows.map(({ row }) => row.id));
		return rows.flatMap(({ line, row }) => {
			if (!has(row.part_of)) return [];
			if (row.part_of === row.id) {
				return [
					{
						line,
						field: 'part_of',
						message: 'must name another commitment, not itself',
						value: row.part_of
					}
				];
			}
			return ids.has(row.part_of)
				? []
				: [
						{
							line,
							field: 'part_of',
							message: 'must be the id of a commitment in this file',
							value: row.part_of
						}
					];
		});
	},
	partOfNoCycle: (rows) => {
		const parentOf = new Map(rows.map(({ row }) => [row.id, row.part_of]));
		return rows.flatMap(({ line, row }) => {
			const path = [row.id];
			for (let id = parentOf.get(row.id); has(id) && id !== row.id; id = parentOf.get(id)) {
				if (path.includes(id)) return []; // a cycle further up, reported on its own rows
				path.push(id);
			}
			return path.length > 1 && parentOf.get(path.at(-1)!) === row.id
				? [
						{
							line,
							field: 'part_of',
							message: `makes a cycle: ${[...path, row.id].join(' → ')}`,
							value: row.part_of
						}
					]
				: [];
		});
	}
} satisfies Record<string, FileCheck>;

export type FileCheckName = keyof typeof fileChecks;

export interface ParsedCommitments {
	/** Empty when there is any problem. */
	commitments: CommitmentRecord[];
	/** Every row that could be read, with its line, valid or not (for the history's checks). */
	rows: Lined<Row>[];
	problems: Problem[];
}

/** Parses and checks the CSV text of `file`; `commitments` is empty when there is any problem. */
export function parseCommitments(
	text: string,
	file: string,
	countries: CountryFeature[]
): ParsedCommitments {
	const table = readTable(text, file, { columns: COLUMNS, strict: true, trim: true });
	if (!table.complete) return { commitments: [], rows: [], problems: table.problems };
	const { rows } = table;
	const context = { countries: new Map(countries.map((c) => [c.properties.iso2, c])) };
	const problems = [
		...table.problems,
		...runChecks(rows, rowChecks, file, context),
		...Object.values(fileChecks).flatMap((check: FileCheck) =>
			check(rows).map((issue) => ({ file, ...issue }))
		)
	];
	if (rows.length === 0 && problems.length === 0) {
		problems.push({ file, line: 1, field: 'row', message: 'the file has no commitments' });
	}
	byLine(problems);
	return problems.length > 0
		? { commitments: [], rows, problems }
		: { commitments: rows.map(({ row }) => toCommitment(row)), rows, problems };
}

const orNull = (value: string) => (has(value) ? value : null);

/** The row's `name_fr`… or `partners_fr`… columns, each read by `read`. */
function translationsOf<T>(row: Row, base: 'name' | 'partners', read: (text: string) => T) {
	const each = LOCALES.filter((l) => l !== 'en').map((l) => [l, read(row[`${base}_${l}`])]);
	return Object.fromEntries(each) as Translations<T>;
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The app's record for a valid row; its history is attached by the build (history.ts). */
export function toCommitment(row: Row): CommitmentRecord {
	const point = pointOf(row);
	return {
		id: row.id,
		type: row.type as CommitmentType,
		status: row.status as Status,
		name: row.name,
		nameLang: 'en',
		...(has(row.name_fr) ? { nameIn: translationsOf(row, 'name', (name) => name) } : {}),
		country: orNull(row.country),
		city: orNull(row.city),
		coordinates: point && isPointPrecision(row) ? [round(point[0]), round(point[1])] : null,
		precision: row.precision as Precision,
		locationSource: splitUrls(row.location_source),
		placeNote: orNull(row.place_note),
		partOf: orNull(row.part_of),
		announced: orNull(row.announced),
		opened: has(row.opened) && row.opened !== UNKNOWN_DATE ? row.opened : null,
		deadline: orNull(row.deadline),
		targetPeople: has(row.target_people) ? Number(row.target_people) : null,
		partners: partnerItems(row.partners),
		partnersLang: 'en',
		...(has(row.partners_fr) ? { partnersIn: translationsOf(row, 'partners', partnerItems) } : {}),
		summary: {
			en: row.summary_en,
			fr: orNull(row.summary_fr),
			de: orNull(row.summary_de),
			es: orNull(row.summary_es),
			it: orNull(row.summary_it),
			nl: orNull(row.summary_nl),
			pl: orNull(row.summary_pl)
		},
		sources: splitUrls(row.sources),
		confidence: row.confidence as Confidence,
		confidenceNote: orNull(row.confidence_note),
		claimedBy: orNull(row.claimed_by),
		notes: orNull(row.notes),
		history: []
	};
}
