import { describe, expect, it } from 'vitest';
import {
	countryName,
	formatNumber,
	formatPartialDate,
	sourceHost
} from '../../src/lib/i18n/format';

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

	it('keeps month and day formats apart in its cache', () => {
		expect(formatPartialDate('2024-06', 'en')).toBe('June 2024');
		expect(formatPartialDate('2024-06-11', 'en')).toBe('June 11, 2024');
		expect(formatPartialDate('2024-06', 'en')).toBe('June 2024');
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
