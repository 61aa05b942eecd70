import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { de } from '../../src/lib/i18n/de';
import { pl } from '../../src/lib/i18n/pl';
import { isOne, pluralCategory } from '../../src/lib/i18n/plural';

describe('plural forms through Intl.PluralRules', () => {
	it('reads formatted counts back as whole numbers', () => {
		expect(pluralCategory('1', 'en')).toBe('one');
		expect(pluralCategory('1 200', 'pl')).toBe('many');
		expect(pluralCategory('1.222', 'de')).toBe('other');
		expect(pluralCategory('22', 'pl')).toBe('few');
		expect(pluralCategory('', 'en')).toBe('other');
		expect(isOne(0, 'fr')).toBe(true);
		expect(isOne(0, 'en')).toBe(false);
	});

	it('says "1 commitment", "2 commitments" in English', () => {
		expect(en.factCommitments('1')).toBe('1 commitment');
		expect(en.factCommitments('2')).toBe('2 commitments');
		expect(en.charts.timelineDescription('1')).toMatch(/^1 commitment placed in time/);
		expect(en.charts.timelineDescription('5')).toMatch(/^5 commitments placed in time/);
		expect(en.showing('1', '1')).toBe('Showing 1 of 1 commitment');
	});

	it('follows each language’s rules: French 0 and 1 singular, Polish 2–4 and 22–24', () => {
		expect(fr.factCommitments('0')).toBe('0 engagement');
		expect(fr.factCommitments('2')).toBe('2 engagements');
		expect(de.factCommitments('1')).toBe('1 Zusage');
		expect(pl.countryCount(1)).toBe('1 kraj');
		expect(pl.countryCount(3)).toBe('3 kraje');
		expect(pl.countryCount(12)).toBe('12 krajów');
		expect(pl.countryCount(22)).toBe('22 kraje');
		expect(pl.countryCount(25)).toBe('25 krajów');
	});
});

describe('English sentences about a country', () => {
	it('says "the" before the countries that take it', () => {
		expect(en.countryPageTitle('United Kingdom')).toBe('Microsoft in the United Kingdom');
		expect(en.countryPageTitle('Netherlands')).toBe('Microsoft in the Netherlands');
		expect(en.countryPageTitle('France')).toBe('Microsoft in France');
		expect(en.countryCommitments('Netherlands')).toBe('Commitments in the Netherlands');
	});

	it('ranks "by all commitments", in lower case, with the count in the right number', () => {
		expect(en.charts.compareDescription(en.metrics.commitments, '16')).toBe(
			'Countries ranked by all commitments; 16 countries have a value above zero.'
		);
		expect(en.charts.compareDescription(en.metrics.sites, '1')).toBe(
			'Countries ranked by cloud regions and datacenter sites; 1 country has a value above zero.'
		);
	});

	it('French says au Royaume-Uni, aux Pays-Bas, en France', () => {
		expect(fr.countryPageTitle('Royaume-Uni')).toBe('Microsoft au Royaume-Uni');
		expect(fr.countryPageTitle('Pays-Bas')).toBe('Microsoft aux Pays-Bas');
		expect(fr.countryPageTitle('France')).toBe('Microsoft en France');
	});
});
