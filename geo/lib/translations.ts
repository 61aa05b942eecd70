/**
 * The named checks on a row's translations: every summary in every language of the site, each
 * stating the same figures as the English (figures.ts reads them the way each language writes
 * numbers), and French with its no-break spaces. Part of the row checks (checks.ts), each tested
 * with a failing row in tests/unit/geo-validate.test.ts.
 */
import type { Column } from '../../src/lib/data/types';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { figureDifferences, figuresOf } from './figures';
import { has, type Issue } from './problems';
import { frenchSpacingFaults } from './typography';

/** The summary's column in each language: summary_en, summary_fr, summary_de… */
export const SUMMARY_COLUMNS = LOCALES.map((l) => `summary_${l}` as const) satisfies Column[];
const summaryColumn = (lang: Locale) => `summary_${lang}` as const;

type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], string>;
const TRANSLATED = LOCALES.filter((l) => l !== 'en');

export const translationChecks = {
	everySummary: (row: SummaryRow): Issue[] =>
		has(row.summary_en)
			? TRANSLATED.filter((lang) => !has(row[summaryColumn(lang)])).map((lang) => ({
					field: summaryColumn(lang),
					message: 'is required: the summary in every language of the site',
					value: ''
				}))
			: [],
	sameFigures: (row: SummaryRow): Issue[] => {
		if (!has(row.summary_en)) return [];
		return TRANSLATED.filter((lang) => has(row[summaryColumn(lang)])).flatMap((lang) => {
			const field = summaryColumn(lang);
			return figureIssue(field, row.summary_en, row[field], lang, 'the English summary');
		});
	},
	frenchSpacing: (row: SummaryRow): Issue[] =>
		frenchSpacingFaults(row.summary_fr).map((fault) => ({
			field: 'summary_fr',
			message: `needs a no-break space ${fault}`,
			value: row.summary_fr
		}))
};

/** The figures of `text` (in `lang`) against the English `english`'s: an issue where they differ. */
export function figureIssue(
	field: Column,
	english: string,
	text: string,
	lang: Locale,
	what: string
) {
	const { missing, extra } = figureDifferences(figuresOf(english, 'en'), figuresOf(text, lang));
	if (missing.length === 0 && extra.length === 0) return [];
	const said = [
		missing.length > 0 ? `lacks ${missing.join(', ')}` : '',
		extra.length > 0 ? `adds ${extra.join(', ')}` : ''
	].filter(Boolean);
	return [
		{ field, message: `must state ${what}'s figures: it ${said.join(' and ')}`, value: text }
	];
}
