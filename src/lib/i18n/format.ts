/** Numbers, dates and country names in the page's locale, with Intl. */
import type { PartialDate } from '$lib/data/types';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(
	key: string,
	make: () => T
): T {
	let value = cache.get(key) as T | undefined;
	if (!value) cache.set(key, (value = make()));
	return value;
}

/**
 * The site's locales as Intl knows them: Latin digits, no grouping below 1,000, groups of three
 * above it, in each (tests/unit/format.test.ts checks them).
 */
const PLAIN_DIGITS = new Set(['en-GB', 'en', 'fr', 'de', 'es', 'it', 'nl', 'pl']);

/**
 * How a locale writes a whole number, from Intl (at build time: src/lib/data/shared-data.ts).
 * Given ahead with the explorer's shared data (`knowNumberWords`), they write its counts without
 * Intl as the page hydrates: the page's first NumberFormat (ICU's data for the locale, tens of
 * milliseconds) is then not made.
 */
export interface NumberWords {
	/** Between groups of three digits: "," in en-GB, U+202F in fr, "." in de, U+00A0 in pl. */
	group: string;
	/** The fewest digits in the first group for any to be split off: 2 in es ("1234", "12.345"). */
	min: number;
}

/** The locale's group separator and its minimum grouping digits, read in Intl's output. */
export function numberWordsOf(locale: string): NumberWords {
	const format = new Intl.NumberFormat(locale);
	const group = (n: number) => format.formatToParts(n).find((part) => part.type === 'group');
	let min = 1;
	while (min < 9 && !group(10 ** (min + 2))) min++;
	return { group: group(1e15)?.value ?? '', min };
}

const knownNumberWords = new Map<string, NumberWords>();

/** Number words in `locale` given ahead (the explorer's shared data has them). */
export function knowNumberWords(locale: string, words: NumberWords): void {
	knownNumberWords.set(locale, words);
}

/**
 * A number in the locale; `options` as Intl.NumberFormat's (formatters are made once). A whole
 * count is its digits in every locale of the site, in groups of three from 1,000 on (from
 * 10,000 in es and pl), also when the only option is a most of fraction digits (the map
 * key's bands): from 0 to 999, and larger ones with the locale's number words known, it is
 * written so without Intl, as the page hydrates. The first NumberFormat (tens of milliseconds:
 * ICU's data for the locale) is made only when a number or a format needs it. A unit test
 * checks it against Intl.
 */
export function formatNumber(
	value: number,
	locale: string,
	options?: Intl.NumberFormatOptions
): string {
	const words = knownNumberWords.get(locale);
	if (
		(!options || onlyMaximumFractionDigits(options)) &&
		Number.isSafeInteger(value) &&
		value >= 0 &&
		(value < 1000 || words) &&
		PLAIN_DIGITS.has(locale)
	) {
		const digits = String(value);
		return words && digits.length > words.min + 2
			? digits.replace(/\B(?=(\d{3})+$)/g, words.group)
			: digits;
	}
	const key = `n:${locale}:${options ? JSON.stringify(options) : ''}`;
	return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

function onlyMaximumFractionDigits(options: Intl.NumberFormatOptions): boolean {
	for (const key in options) if (key !== 'maximumFractionDigits') return false;
	return true;
}

const DAY_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
const MONTH_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };

/**
 * How a locale writes a day and a month, a template per month of the year ("{d} December {y}",
 * "{d}. Dezember {y}", "grudzień {y}"), taken from Intl. Given ahead with the explorer's shared
 * data (`knowDateWords`), they write its dates without Intl as the page hydrates: the page's
 * first DateTimeFormat (ICU's data for the locale, tens of milliseconds) is then not made.
 */
export interface DateWords {
	/** `YYYY-MM-DD`, a template for each month: {d} the day, {y} the year. */
	day: string[];
	/** `YYYY-MM`, a template for each month: {y} the year. */
	month: string[];
}

/** The locale's date templates, from Intl (at build time: src/lib/data/shared-data.ts). */
export function dateWordsOf(locale: string): DateWords {
	const placeholders: Partial<Record<string, string>> = { day: '{d}', year: '{y}' };
	const templates = (options: Intl.DateTimeFormatOptions) => {
		const format = new Intl.DateTimeFormat(locale, options);
		return Array.from({ length: 12 }, (_, month) =>
			format
				.formatToParts(new Date(Date.UTC(2001, month, 15)))
				.map((part) => placeholders[part.type] ?? part.value)
				.join('')
		);
	};
	return { day: templates(DAY_DATE), month: templates(MONTH_DATE) };
}

const knownDateWords = new Map<string, DateWords>();

/** Date templates in `locale` given ahead (the explorer's shared data has them). */
export function knowDateWords(locale: string, words: DateWords): void {
	knownDateWords.set(locale, words);
}

/**
 * `YYYY` → "2025"; `YYYY-MM` → "June 2025"; `YYYY-MM-DD` → "11 June 2024" (per locale). With
 * the locale's templates known, the day and the year are their digits in them, as Intl writes
 * them in every locale of the site (a unit test checks every day of several years).
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
	if (month === undefined) return String(year);
	const words = knownDateWords.get(locale);
	const template = words && (day === undefined ? words.month : words.day)[month - 1];
	if (template && PLAIN_DIGITS.has(locale) && year >= 1000 && year <= 9999) {
		return template.replace('{d}', String(day)).replace('{y}', String(year));
	}
	const utc = new Date(Date.UTC(year, month - 1, day ?? 1));
	return cached(
		`d:${locale}:${day === undefined}`,
		() => new Intl.DateTimeFormat(locale, day === undefined ? MONTH_DATE : DAY_DATE)
	).format(utc);
}

const knownCountryNames = new Map<string, Readonly<Record<string, string>>>();

/**
 * Country names in `locale` given ahead (the explorer's shared data has them), so that naming a
 * country does not load Intl's region names as the page hydrates.
 */
export function knowCountryNames(locale: string, names: Readonly<Record<string, string>>): void {
	knownCountryNames.set(locale, names);
}

export function countryName(iso2: string, locale: string): string {
	const known = knownCountryNames.get(locale)?.[iso2];
	if (known) return known;
	try {
		return (
			cached(`c:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(iso2) ??
			iso2
		);
	} catch {
		return iso2;
	}
}

/** "learn.microsoft.com" for a source link's visible text. */
export function sourceHost(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/**
 * An event's figure with its unit (geo/data/history.csv): people in full, in the caller's words
 * ("250,000 people"); money compact, with up to three significant digits ("€4.35bn", "4 Md €").
 * A unit that is neither `people` nor an ISO 4217 code is written after the number.
 */
export function formatFigure(
	value: number,
	unit: string,
	locale: string,
	people: (n: string) => string
): string {
	if (unit === 'people') return people(formatNumber(value, locale));
	if (/^[A-Z]{3}$/.test(unit)) {
		return formatNumber(value, locale, {
			style: 'currency',
			currency: unit,
			notation: 'compact',
			maximumSignificantDigits: 3
		});
	}
	return `${formatNumber(value, locale)} ${unit}`;
}
