/**
 * The figures a text states, read as numbers the way its language writes them, so a translated
 * summary can be checked against the English one: "1,000,000" (en), "1 000 000" (fr, pl),
 * "1.000.000" (de, es, it, nl) and "1 million" / "1 Million" / "1 millón" are all 1000000;
 * "33.7" (en) and "33,7" (the others) are 33.7; "2020–23" is 2020 and 2023. Every run of digits
 * counts, including those inside names and dates ("NIS2", "15 February 2024"), so a
 * translation must keep them all. Tested in tests/unit/geo-figures.test.ts.
 */
import type { Locale } from '../../src/lib/i18n/locales';

/** How a language separates thousands and decimals (a space may be plain, no-break or narrow). */
const NUMBER_STYLE: Record<Locale, { group: string; decimal: string }> = {
	en: { group: ',', decimal: '.' },
	fr: { group: ' \u00a0\u202f', decimal: ',' },
	pl: { group: ' \u00a0\u202f', decimal: ',' },
	de: { group: '.', decimal: ',' },
	es: { group: '.', decimal: ',' },
	it: { group: '.', decimal: ',' },
	nl: { group: '.', decimal: ',' }
};

/** The words for a million and a billion (10⁹) after a figure, longest first. */
const SCALES: Record<Locale, [RegExp, number][]> = {
	en: [
		[/^\s?billions?\b/, 1e9],
		[/^\s?millions?\b/, 1e6]
	],
	fr: [
		[/^\s?milliards?\b/, 1e9],
		[/^\s?millions?\b/, 1e6]
	],
	de: [
		[/^\s?(?:Milliarden?\b|Mrd\.)/, 1e9],
		[/^\s?(?:Millionen\b|Million\b|Mio\.)/, 1e6]
	],
	es: [
		[/^\s?mil millones\b/, 1e9],
		[/^\s?(?:millón|millones)(?![a-z])/, 1e6]
	],
	it: [
		[/^\s?miliard[oi]\b/, 1e9],
		[/^\s?milion[ei]\b/, 1e6]
	],
	nl: [
		[/^\s?miljard\b/, 1e9],
		[/^\s?miljoen\b/, 1e6]
	],
	pl: [
		[/^\s?(?:miliard(?:y|ów|a)?(?![a-zż])|mld\b)/, 1e9],
		[/^\s?(?:milion(?:y|ów|a)?(?![a-zż])|mln\b)/, 1e6]
	]
};

/** "2020–23" written out as "2020–2023", so either way of writing a span of years reads alike. */
const fullYearSpans = (text: string) =>
	text.replace(/\b((\d\d)\d\d)\s?[–-]\s?(\d\d)(?!\d)/g, '$1–$2$3');

const escape = (chars: string) => chars.replace(/[.\\\]^-]/g, '\\$&');

/** The numbers `text` states, in order, as `lang` writes them. */
export function figuresOf(text: string, lang: Locale): number[] {
	const { group, decimal } = NUMBER_STYLE[lang];
	const g = `[${escape(group)}]`;
	const d = `[${escape(decimal)}]`;
	// A grouped whole part (1 to 3 digits, then groups of exactly 3), or plain digits; then an
	// optional decimal part. A separator followed by anything but digits is punctuation.
	const pattern = new RegExp(`\\d{1,3}(?:${g}\\d{3})+(?!\\d)(?:${d}\\d+)?|\\d+(?:${d}\\d+)?`, 'g');
	const spelled = fullYearSpans(text);
	return [...spelled.matchAll(pattern)].map((found) => {
		const [match] = found;
		const [whole = '', fraction] = match.split(new RegExp(d));
		const digits = whole.replace(new RegExp(g, 'g'), '');
		const value = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
		const after = spelled.slice(found.index + match.length);
		const scale = SCALES[lang].find(([word]) => word.test(after))?.[1] ?? 1;
		return scale === 1 ? value : Math.round(value * scale);
	});
}

/** The figures of `text` not matched one for one in `reference`'s, and the reverse. */
export function figureDifferences(
	reference: number[],
	text: number[]
): { missing: number[]; extra: number[] } {
	const left = [...text];
	const missing: number[] = [];
	for (const figure of reference) {
		const at = left.indexOf(figure);
		if (at === -1) missing.push(figure);
		else left.splice(at, 1);
	}
	return { missing, extra: left };
}
