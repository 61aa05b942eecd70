import { describe, expect, it, vi } from 'vitest';
import {
	countryName,
	formatFigure,
	formatNumber,
	dateWordsOf,
	formatPartialDate,
	knowCountryNames,
	knowDateWords,
	knowNumberWords,
	numberWordsOf,
	sourceHost,
	type NumberWords
} from '../../src/lib/i18n/format';
import { intlLocale, LOCALES } from '../../src/lib/i18n/locales';

describe('formatNumber', () => {
	it.each([
		[1_200_000, 'en', '1,200,000'],
		// French groups with a narrow no-break space (U+202F).
		[1_200_000, 'fr', '1\u202f200\u202f000'],
		[1_200_000, 'de', '1.200.000'],
		[999, 'en', '999'],
		[0, 'fr', '0'],
		[12.5, 'en', '12.5'],
		[12.5, 'fr', '12,5']
	])('%d in %s → %j', (value, locale, expected) => {
		expect(formatNumber(value, locale)).toBe(expected);
	});

	it('writes whole counts from 0 to 999 as Intl does, in every locale of the site', () => {
		for (const locale of LOCALES.map(intlLocale)) {
			const intl = new Intl.NumberFormat(locale);
			for (let n = 0; n < 1000; n++) expect(formatNumber(n, locale)).toBe(intl.format(n));
			for (const n of [-1, 1000, 12_345, 0.5]) expect(formatNumber(n, locale)).toBe(intl.format(n));
		}
	});

	it('writes them so too when the only option is the most fraction digits (the map key)', () => {
		for (const locale of LOCALES.map(intlLocale)) {
			for (const digits of [0, 1, 2]) {
				const options = { maximumFractionDigits: digits };
				const intl = new Intl.NumberFormat(locale, options);
				for (let n = 0; n < 1000; n++)
					expect(formatNumber(n, locale, options)).toBe(intl.format(n));
				for (const n of [1000, 2.25, 0.5, -3]) {
					expect(formatNumber(n, locale, options)).toBe(intl.format(n));
				}
			}
			// Any other option goes to Intl: a percent of a whole number is not its digits.
			expect(formatNumber(1, locale, { style: 'percent' })).toBe(
				new Intl.NumberFormat(locale, { style: 'percent' }).format(1)
			);
		}
	});

	it('does not mix locales up through its cache', () => {
		expect(formatNumber(1000, 'en')).toBe('1,000');
		expect(formatNumber(1000, 'de')).toBe('1.000');
		expect(formatNumber(1000, 'en')).toBe('1,000');
	});

	it('takes Intl options, and does not mix them up through its cache', () => {
		expect(formatNumber(0.256, 'en', { style: 'percent', maximumFractionDigits: 0 })).toBe('26%');
		expect(formatNumber(1.26, 'en', { maximumFractionDigits: 1 })).toBe('1.3');
		expect(formatNumber(1.26, 'fr', { maximumFractionDigits: 1 })).toBe('1,3');
		expect(formatNumber(2, 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(
			'2.0'
		);
		expect(formatNumber(1.26, 'en')).toBe('1.26');
	});
});

describe('formatNumber with the number words given ahead', () => {
	const SITE = LOCALES.map(intlLocale);
	// Whole numbers: every one to 1,000, then 1,000 to 100,000 by 7 (every width, every digit in
	// each place), the powers of ten to 10^15, the widths' edges, and pseudo-random large ones.
	let seed = 16;
	const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
	const WHOLE = [
		...Array.from({ length: 1001 }, (_, n) => n),
		...Array.from({ length: 14_286 }, (_, i) => 1000 + 7 * i),
		...Array.from({ length: 16 }, (_, e) => 10 ** e),
		...Array.from({ length: 15 }, (_, e) => 10 ** (e + 1) - 1),
		1234,
		12_345,
		123_456,
		1_234_567,
		83_456_045,
		999_999,
		1_000_000,
		1_000_001,
		Number.MAX_SAFE_INTEGER,
		...Array.from({ length: 2000 }, () => Math.floor(random() * 10 ** (1 + random() * 14)))
	];

	/** Runs with `words` known in `locale`, then with Intl's own (the words are not forgotten). */
	function withWords<T>(locale: string, words: NumberWords, run: () => T): T {
		knowNumberWords(locale, words);
		try {
			return run();
		} finally {
			knowNumberWords(locale, numberWordsOf(locale));
		}
	}

	it('reads each locale’s separator and minimum grouping digits in Intl’s output', () => {
		const words = Object.fromEntries(SITE.map((locale) => [locale, numberWordsOf(locale)]));
		expect(words).toEqual({
			'en-GB': { group: ',', min: 1 },
			// A narrow no-break space (U+202F) in French, a no-break space (U+00A0) in Polish.
			fr: { group: '\u202f', min: 1 },
			de: { group: '.', min: 1 },
			es: { group: '.', min: 2 },
			nl: { group: '.', min: 1 },
			it: { group: '.', min: new Intl.NumberFormat('it').format(1234) === '1234' ? 2 : 1 },
			pl: { group: '\u00a0', min: 2 }
		});
	});

	it('writes whole numbers as Intl does, in every locale of the site', () => {
		for (const locale of SITE) {
			const intl = new Intl.NumberFormat(locale);
			const expected = WHOLE.map((n) => intl.format(n));
			const written = withWords(locale, numberWordsOf(locale), () =>
				WHOLE.map((n) => formatNumber(n, locale))
			);
			expect(written).toEqual(expected);
		}
	});

	it('and with the most fraction digits as the only option (the map key)', () => {
		for (const locale of SITE) {
			const options = { maximumFractionDigits: 1 };
			const intl = new Intl.NumberFormat(locale, options);
			const expected = WHOLE.map((n) => intl.format(n));
			const written = withWords(locale, numberWordsOf(locale), () =>
				WHOLE.map((n) => formatNumber(n, locale, options))
			);
			expect(written).toEqual(expected);
		}
	});

	it('writes them from the words given: the separator and the fewest digits to group', () => {
		withWords('de', { group: '_', min: 3 }, () => {
			expect(formatNumber(12_345, 'de')).toBe('12345');
			expect(formatNumber(123_456, 'de')).toBe('123_456');
			expect(formatNumber(1_234_567, 'de')).toBe('1_234_567');
			expect(formatNumber(999, 'de')).toBe('999');
		});
	});

	it('leaves to Intl what the words do not write: a fraction, a negative, an option', () => {
		for (const locale of SITE) {
			const intl = new Intl.NumberFormat(locale);
			// Words that would show if they were used: none of these may use them.
			withWords(locale, { group: '_', min: 1 }, () => {
				for (const n of [-1, -1234, -1_234_567, 0.5, 1234.5, 12_345.678, 2 ** 53, 1e21]) {
					expect(formatNumber(n, locale)).toBe(intl.format(n));
				}
				const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
				expect(formatNumber(12_345.67, locale, { maximumFractionDigits: 1 })).toBe(
					one.format(12_345.67)
				);
				const percent = { style: 'percent' } as const;
				expect(formatNumber(12, locale, percent)).toBe(
					new Intl.NumberFormat(locale, percent).format(12)
				);
				const grouped = { useGrouping: false } as const;
				expect(formatNumber(12_345, locale, grouped)).toBe(
					new Intl.NumberFormat(locale, grouped).format(12_345)
				);
			});
		}
	});

	it('asks Intl when no words are known, and for a locale whose digits are not Latin', async () => {
		// The module as a page has it before its shared data is in: no words known.
		vi.resetModules();
		const fresh = await import('../../src/lib/i18n/format');
		for (const locale of SITE) {
			const intl = new Intl.NumberFormat(locale);
			for (const n of [1000, 1234, 12_345, 83_456_045, 10 ** 12]) {
				expect(fresh.formatNumber(n, locale)).toBe(intl.format(n));
			}
		}
		// Arabic in Egypt writes Arabic-Indic digits: its words (from Intl) are not used.
		withWords('ar-EG', { group: '_', min: 1 }, () => {
			expect(formatNumber(83_456_045, 'ar-EG')).toBe(
				new Intl.NumberFormat('ar-EG').format(83_456_045)
			);
		});
	});
});

describe('formatPartialDate', () => {
	it.each([
		['2025', 'en', '2025'],
		['2025', 'fr', '2025'],
		['2024-06', 'en', 'June 2024'],
		['2024-06', 'fr', 'juin 2024'],
		['2024-01', 'fr', 'janvier 2024'],
		['2024-06-11', 'en', 'June 11, 2024'],
		['2024-06-11', 'fr', '11 juin 2024'],
		['2024-06-11', 'de', '11. Juni 2024'],
		// Dates are in UTC: the first and last day of a month stay in that month.
		['2024-01-01', 'en', 'January 1, 2024'],
		['2024-12-31', 'en', 'December 31, 2024']
	])('%s in %s → %j', (date, locale, expected) => {
		expect(formatPartialDate(date, locale)).toBe(expected);
	});

	// A history's dates, at the precision of the source, in each interface language (English is
	// British English: day before month). Polish names a month alone in the nominative ("marzec")
	// and with a day in the genitive ("marca").
	it.each([
		['en-GB', '2024', '2024'],
		['en-GB', '2024-03', 'March 2024'],
		['en-GB', '2024-03-15', '15 March 2024'],
		['fr', '2024-03', 'mars 2024'],
		['fr', '2024-03-15', '15 mars 2024'],
		['de', '2024-03', 'März 2024'],
		['de', '2024-03-15', '15. März 2024'],
		['es', '2024-03', 'marzo de 2024'],
		['es', '2024-03-15', '15 de marzo de 2024'],
		['nl', '2024-03', 'maart 2024'],
		['nl', '2024-03-15', '15 maart 2024'],
		['it', '2024-03', 'marzo 2024'],
		['it', '2024-03-15', '15 marzo 2024'],
		['pl', '2024', '2024'],
		['pl', '2024-03', 'marzec 2024'],
		['pl', '2024-03-15', '15 marca 2024']
	])('in %s, %s → %j', (locale, date, expected) => {
		expect(formatPartialDate(date, locale)).toBe(expected);
	});

	it('writes every day of several years as Intl does, from the date words given ahead', () => {
		for (const locale of LOCALES.map(intlLocale)) {
			const words = dateWordsOf(locale);
			const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
			const month = new Intl.DateTimeFormat(locale, {
				year: 'numeric',
				month: 'long',
				timeZone: 'UTC'
			});
			const intl = [2019, 2024, 2026, 2031].flatMap((year) =>
				Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(year, 0, 1 + i)))
			);
			const iso = (date: Date) => date.toISOString().slice(0, 10);
			const expected = intl.map((date) => [day.format(date), month.format(date)]);
			knowDateWords(locale, words);
			try {
				const written = intl.map((date) => [
					formatPartialDate(iso(date), locale),
					formatPartialDate(iso(date).slice(0, 7), locale)
				]);
				expect(written).toEqual(expected);
			} finally {
				knowDateWords(locale, { day: [], month: [] });
			}
		}
	});

	it('takes the words as given: a template per month, the day and year in it', () => {
		const made = {
			day: Array.from({ length: 12 }, (_, i) => `day {d} of month ${i + 1}, {y}`),
			month: Array.from({ length: 12 }, (_, i) => `month ${i + 1} of {y}`)
		};
		// A locale whose digits are not Latin ones (Arabic in Egypt): Intl writes them.
		knowDateWords('ar-EG', made);
		expect(formatPartialDate('2024-03-05', 'ar-EG')).toBe(
			new Intl.DateTimeFormat('ar-EG', { dateStyle: 'long', timeZone: 'UTC' }).format(
				new Date(Date.UTC(2024, 2, 5))
			)
		);
		knowDateWords('pl', made);
		try {
			expect(formatPartialDate('2024-03-05', 'pl')).toBe('day 5 of month 3, 2024');
			expect(formatPartialDate('2024-12', 'pl')).toBe('month 12 of 2024');
			expect(formatPartialDate('2024', 'pl')).toBe('2024');
		} finally {
			knowDateWords('pl', { day: [], month: [] });
		}
	});

	it('keeps month and day formats apart in its cache', () => {
		expect(formatPartialDate('2024-06', 'en')).toBe('June 2024');
		expect(formatPartialDate('2024-06-11', 'en')).toBe('June 11, 2024');
		expect(formatPartialDate('2024-06', 'en')).toBe('June 2024');
	});
});

describe('formatFigure', () => {
	const people = (n: string) => `${n} people`;
	const personnes = (n: string) => `${n} personnes`;
	// U+00A0 (no-break space) and U+202F (narrow no-break space), as Intl writes them.
	const nb = '\u00a0';
	const nnb = '\u202f';

	it('writes people in full, in the caller’s words', () => {
		expect(formatFigure(250_000, 'people', 'en-GB', people)).toBe('250,000 people');
		expect(formatFigure(1, 'people', 'en-GB', (n) => `${n} person`)).toBe('1 person');
		expect(formatFigure(250_000, 'people', 'fr', personnes)).toBe(`250${nnb}000 personnes`);
		expect(formatFigure(1_200_000, 'people', 'de', (n) => `${n} Personen`)).toBe(
			'1.200.000 Personen'
		);
	});

	it.each([
		// 4,000,000,000 = 4 billion; 4,350,000,000 = 4.35 billion (three significant digits).
		[4_000_000_000, 'EUR', 'en-GB', '€4bn'],
		[4_350_000_000, 'EUR', 'en-GB', '€4.35bn'],
		// 6,694,000,000 rounds to three significant digits: 6.69 billion.
		[6_694_000_000, 'EUR', 'en-GB', '€6.69bn'],
		[500_000, 'GBP', 'en-GB', '£500k'],
		// A code rather than a sign: a no-break space after it.
		[1_200_000, 'PLN', 'en-GB', `PLN${nb}1.2m`],
		[10_000_000_000, 'USD', 'en-GB', 'US$10bn'],
		// French: "Md" (milliard), the sign after, no-break spaces.
		[4_350_000_000, 'EUR', 'fr', `4,35${nb}Md${nb}€`],
		// German: "Mrd." (Milliarde); Polish: "mln" (milion) and the złoty's own sign.
		[4_000_000_000, 'EUR', 'de', `4${nb}Mrd.${nb}€`],
		[1_200_000, 'PLN', 'pl', `1,2${nb}mln${nb}zł`],
		// Dutch puts the sign first; Spanish counts thousands of millions ("M" = millón).
		[4_000_000_000, 'EUR', 'nl', `€${nb}4${nb}mld.`],
		[4_000_000_000, 'EUR', 'es', `4000${nb}M${nb}€`]
	])('%d %s in %s → %j', (value, unit, locale, expected) => {
		expect(formatFigure(value, unit, locale, people)).toBe(expected);
	});

	it('writes another unit after the number', () => {
		expect(formatFigure(12, 'sites', 'en-GB', people)).toBe('12 sites');
	});
});

describe('countryName', () => {
	it.each([
		['DE', 'en', 'Germany'],
		['DE', 'fr', 'Allemagne'],
		['XK', 'en', 'Kosovo'],
		['AT', 'fr', 'Autriche'],
		['GB', 'en', 'United Kingdom']
	])('%s in %s → %s', (iso2, locale, expected) => {
		expect(countryName(iso2, locale)).toBe(expected);
	});

	it('gives the code back when Intl cannot name it', () => {
		expect(countryName('1x', 'en')).toBe('1x');
		expect(countryName('', 'en')).toBe('');
	});
});

describe('sourceHost', () => {
	it.each([
		['https://www.example.org/a', 'example.org'],
		['https://learn.microsoft.com/azure/reliability/regions-list', 'learn.microsoft.com'],
		['http://www.example.org:8080/x?y=1#z', 'example.org'],
		['https://WWW.Example.ORG/', 'example.org'],
		['https://wwwexample.org/', 'wwwexample.org'],
		['https://news.www.example.org/', 'news.www.example.org']
	])('%s → %s', (url, expected) => {
		expect(sourceHost(url)).toBe(expected);
	});

	it('gives back text that is not a URL', () => {
		expect(sourceHost('not a url')).toBe('not a url');
		expect(sourceHost('')).toBe('');
	});
});

describe('knowCountryNames', () => {
	it('names a country from the names given ahead, and asks Intl for the others', () => {
		knowCountryNames('x-test', { DE: 'Given Germany' });
		expect(countryName('DE', 'x-test')).toBe('Given Germany');
		expect(countryName('DE', 'fr')).toBe('Allemagne');
	});
});
