/**
 * The named checks on a row's translated name and partners (name_fr… and partners_fr…): a row
 * translates its name in every language of the site or in none (a proper name stays English),
 * likewise its partners, item for item (`; ` lists of the same length as `partners`); each
 * translation states the English one's figures (figures.ts), and French has its no-break
 * spaces. Part of the row checks (checks.ts), each tested with a failing row in
 * tests/unit/geo-validate.test.ts.
 */
import { LOCALES } from '../../src/lib/i18n/locales';
import { has, type Issue } from './problems';
import { figureIssue } from './translations';
import { frenchSpacingFaults } from './typography';

const TRANSLATED = LOCALES.filter((l) => l !== 'en');
type Lang = (typeof TRANSLATED)[number];
type Base = 'name' | 'partners';
const column = <B extends Base>(base: B, lang: Lang) => `${base}_${lang}` as const;
type TranslatedRow = Record<Base | `${Base}_${Lang}`, string>;

/** The items of a `; ` list of partners, as the app reads them (commitments.ts). */
export const partnerItems = (list: string): string[] =>
	list
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean);

/** All six translations or none: the columns left empty when others are filled. */
const allOrNone = (row: TranslatedRow, base: Base, what: string): Issue[] => {
	const given = TRANSLATED.filter((lang) => has(row[column(base, lang)]));
	if (given.length === 0 || given.length === TRANSLATED.length) return [];
	return TRANSLATED.filter((lang) => !given.includes(lang)).map((lang) => ({
		field: column(base, lang),
		message: `is required: ${what} translated in ${given.join(', ')}, so in every language of the site`,
		value: ''
	}));
};

export const nameTranslationChecks = {
	everyName: (row: TranslatedRow): Issue[] => allOrNone(row, 'name', 'the name is'),
	nameFigures: (row: TranslatedRow): Issue[] =>
		TRANSLATED.filter((lang) => has(row[column('name', lang)])).flatMap((lang) =>
			figureIssue(
				column('name', lang),
				row.name,
				row[column('name', lang)],
				lang,
				'the English name'
			)
		),
	nameFrenchSpacing: (row: TranslatedRow): Issue[] =>
		frenchSpacingFaults(row.name_fr).map((fault) => ({
			field: 'name_fr',
			message: `needs a no-break space ${fault}`,
			value: row.name_fr
		})),
	everyPartnerList: (row: TranslatedRow): Issue[] => allOrNone(row, 'partners', 'the partners are'),
	samePartners: (row: TranslatedRow): Issue[] => {
		const english = partnerItems(row.partners);
		return TRANSLATED.filter((lang) => has(row[column('partners', lang)])).flatMap((lang) => {
			const field = column('partners', lang);
			const items = partnerItems(row[field]);
			if (items.length !== english.length) {
				return [
					{
						field,
						message: `must list the same partners as partners, one for one: it has ${items.length} where partners has ${english.length}`,
						value: row[field]
					}
				];
			}
			return items.flatMap((item, i) =>
				figureIssue(field, english[i]!, item, lang, `partner ${i + 1} in English`)
			);
		});
	},
	partnersFrenchSpacing: (row: TranslatedRow): Issue[] =>
		partnerItems(row.partners_fr).flatMap((item) =>
			frenchSpacingFaults(item).map((fault) => ({
				field: 'partners_fr',
				message: `needs a no-break space ${fault}`,
				value: item
			}))
		)
};
