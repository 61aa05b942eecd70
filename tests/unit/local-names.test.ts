import { describe, expect, it } from 'vitest';
import { detailsForLocale } from '../../src/lib/data/details';
import { langAttr, localBrief, localRecord } from '../../src/lib/data/local-names';
import { commitment } from './helpers/commitment';

const pledge = commitment({
	id: 'skills-de',
	name: 'Skills pledge: Germany',
	nameIn: {
		fr: 'Engagement de formation\u00a0: Allemagne',
		de: 'Qualifizierungszusage: Deutschland',
		es: 'Compromiso de formación: Alemania',
		it: 'Impegno per la formazione: Germania',
		nl: 'Opleidingstoezegging: Duitsland',
		pl: 'Zobowiązanie szkoleniowe: Niemcy'
	},
	partners: ['Federal Employment Agency', 'Schaeffler'],
	partnersIn: {
		fr: ['Agence fédérale pour l’emploi', 'Schaeffler'],
		de: ['Bundesagentur für Arbeit', 'Schaeffler'],
		es: ['Agencia Federal de Empleo', 'Schaeffler'],
		it: ['Agenzia federale per il lavoro', 'Schaeffler'],
		nl: ['Federaal Agentschap voor Arbeid', 'Schaeffler'],
		pl: ['Federalna Agencja Pracy', 'Schaeffler']
	}
});
const proper = commitment({ id: 'skills-it-elevate', name: 'Microsoft Elevate Italia' });

describe('localBrief', () => {
	it('gives the name in the page’s language, says so, and keeps the English for search', () => {
		const german = localBrief(pledge, 'de');
		expect(german.name).toBe('Qualifizierungszusage: Deutschland');
		expect(german.nameLang).toBe('de');
		expect(german.nameEn).toBe('Skills pledge: Germany');
		expect(german.nameIn).toBeUndefined();
	});

	it('keeps an untranslated name English, and an English page English', () => {
		expect(localBrief(proper, 'de')).toMatchObject({
			name: 'Microsoft Elevate Italia',
			nameLang: 'en'
		});
		expect(localBrief(proper, 'de').nameEn).toBeUndefined();
		const english = localBrief(pledge, 'en');
		expect(english).toMatchObject({ name: 'Skills pledge: Germany', nameLang: 'en' });
		expect(english.nameEn).toBeUndefined();
		expect(english.nameIn).toBeUndefined();
	});
});

describe('localRecord and detailsForLocale', () => {
	it('give the partners in the page’s language where translated', () => {
		const polish = localRecord(pledge, 'pl');
		expect(polish).toMatchObject({
			name: 'Zobowiązanie szkoleniowe: Niemcy',
			nameLang: 'pl',
			partners: ['Federalna Agencja Pracy', 'Schaeffler'],
			partnersLang: 'pl'
		});
		expect(polish.partnersIn).toBeUndefined();
		const details = detailsForLocale([pledge, proper], 'fr');
		expect(details['skills-de']).toMatchObject({
			partners: ['Agence fédérale pour l’emploi', 'Schaeffler'],
			partnersLang: 'fr'
		});
		expect(details['skills-de']!.partnersIn).toBeUndefined();
		expect(details['skills-it-elevate']).toMatchObject({ partners: [], partnersLang: 'en' });
	});
});

describe('langAttr', () => {
	it('marks a text only when its language differs from the page’s', () => {
		expect(langAttr('de', 'de')).toBeUndefined();
		expect(langAttr('en', 'de')).toBe('en');
		expect(langAttr('en', 'en')).toBeUndefined();
	});
});
