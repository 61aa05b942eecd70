import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/de';
import { en, type Messages } from '../../src/lib/i18n/en';
import { es } from '../../src/lib/i18n/es';
import { fr } from '../../src/lib/i18n/fr';
import { it as italian } from '../../src/lib/i18n/it';
import {
	endonym,
	localizePath,
	localeOf,
	unlocalizePath,
	LOCALES
} from '../../src/lib/i18n/locales';
import { nl } from '../../src/lib/i18n/nl';
import { pl } from '../../src/lib/i18n/pl';
import * as pages from './helpers/page-messages';

/** Each language's words: the map's and the pages' beyond it (src/lib/i18n/pages/). */
const TRANSLATIONS: Record<string, Messages & pages.PageMessages> = {
	fr: { ...fr, ...pages.fr },
	de: { ...de, ...pages.de },
	es: { ...es, ...pages.es },
	nl: { ...nl, ...pages.nl },
	it: { ...italian, ...pages.it },
	pl: { ...pl, ...pages.pl }
};

/**
 * Every message as text, by its key path: strings as they are, lists joined, and functions
 * called with sample arguments (numbers and numeric strings, as the interface passes them).
 */
function leaves(messages: unknown, prefix = ''): Map<string, string> {
	const result = new Map<string, string>();
	if (typeof messages === 'string') result.set(prefix, messages);
	else if (typeof messages === 'function') {
		const args = Array.from({ length: messages.length }, () => '3');
		result.set(prefix, String((messages as (...a: unknown[]) => unknown)(...args)));
		const words = Array.from({ length: messages.length }, () => 'Sample');
		result.set(`${prefix}('Sample')`, String((messages as (...a: unknown[]) => unknown)(...words)));
	} else if (Array.isArray(messages)) {
		messages.forEach((item, i) =>
			leaves(item, `${prefix}[${i}]`).forEach((v, k) => result.set(k, v))
		);
	} else if (messages && typeof messages === 'object') {
		for (const [key, value] of Object.entries(messages)) {
			leaves(value, prefix ? `${prefix}.${key}` : key).forEach((v, k) => result.set(k, v));
		}
	}
	return result;
}

/** Messages that may read the same as in English, because they are names or symbols. */
// filtered.title is "title (note)": the same form in every language.
const SAME_AS_ENGLISH: Record<string, string[]> = {
	fr: [
		'filtered.title',
		'typeLegend',
		'fields.type',
		'fields.sources',
		'embedDialog.types',
		'charts.type',
		'charts.total',
		// "Page 2" is French too.
		'scale.page'
	],
	de: [
		'filtered.title',
		'statusLegend',
		'details',
		'fields.status',
		'embedDialog.status',
		'countryPageTitle',
		'countryDescription',
		'dataLang.colon',
		'dataLang.semicolon'
	],
	es: ['charts.total', 'filtered.title', 'dataLang.colon', 'dataLang.semicolon'],
	nl: [
		'filtered.title',
		'filters',
		'statusLegend',
		'details',
		'fields.status',
		'embedDialog.status',
		'countryPageTitle',
		'countryDescription',
		'dataLang.colon',
		'dataLang.semicolon'
	],
	it: [
		'countryPageTitle',
		'countryDescription',
		'filtered.title',
		'dataLang.colon',
		'dataLang.semicolon'
	],
	pl: [
		'statusLegend',
		'fields.status',
		'embedDialog.status',
		'filtered.title',
		'dataLang.colon',
		'dataLang.semicolon'
	]
};

const english = leaves({ ...en, ...pages.en });

describe.each(Object.entries(TRANSLATIONS))('the %s interface', (lang, messages) => {
	const translated = leaves(messages);

	it('has every message of the English one, and no other', () => {
		expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
	});

	it('has no empty message', () => {
		const empty = [...translated].filter(([, text]) => text.trim() === '').map(([key]) => key);
		expect(empty).toEqual([]);
	});

	it('leaves nothing in English by mistake', () => {
		const same = [...translated]
			.filter(([key, text]) => english.get(key) === text && text.trim().length > 0)
			.map(([key]) => key.replace(/\('Sample'\)$/, ''))
			.filter((key) => !SAME_AS_ENGLISH[lang]!.includes(key));
		expect([...new Set(same)]).toEqual([]);
	});
});

describe('locale paths', () => {
	it.each([
		['/', 'en', '/'],
		['/', 'fr', '/fr'],
		['/about', 'de', '/de/about'],
		['/country/fr', 'de', '/de/country/fr'],
		['/embed', 'nl', '/nl/embed']
	] as const)('puts %s in %s at %s', (path, lang, expected) => {
		expect(localizePath(path, lang)).toBe(expected);
		expect(unlocalizePath(expected)).toBe(path);
	});

	it('leaves paths that do not start with a language', () => {
		expect(unlocalizePath('/data/commitments.csv')).toBe('/data/commitments.csv');
		expect(unlocalizePath('/en/about')).toBe('/en/about');
		expect(unlocalizePath('/frx')).toBe('/frx');
	});

	it('reads the [[lang]] parameter, English by default', () => {
		expect(localeOf(undefined)).toBe('en');
		expect(localeOf('pl')).toBe('pl');
		expect(localeOf('xx')).toBe('en');
	});

	it('names every language in itself', () => {
		expect(LOCALES.map(endonym)).toEqual([
			'English',
			'Français',
			'Deutsch',
			'Español',
			'Nederlands',
			'Italiano',
			'Polski'
		]);
	});

	it('writes out the names Intl gives each language in itself, capitalized', () => {
		for (const locale of LOCALES) {
			const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale)!;
			expect(endonym(locale)).toBe(name.charAt(0).toLocaleUpperCase(locale) + name.slice(1));
		}
	});
});
