import { describe, expect, it } from 'vitest';
import {
	briefOf,
	detailsById,
	detailsOf,
	detailsForLocale,
	NO_DETAILS,
	summaryIn,
	withDetails
} from '../../src/lib/data/details';
import { DETAIL_FIELDS } from '../../src/lib/data/types';
import { commitment } from './helpers/commitment';

const record = commitment({
	id: 'skills-fr',
	type: 'training',
	summary: {
		en: 'Train a million people.',
		fr: 'Former un million de personnes.',
		de: 'Eine Million Menschen schulen.',
		es: null,
		it: null,
		nl: null,
		pl: null
	},
	sources: ['https://example.org/pledge'],
	notes: 'By 2027.',
	partners: ['France Travail'],
	history: [
		{
			date: '2024-05-13',
			kind: 'announced',
			status: 'announced',
			figure: 1_000_000,
			unit: 'people',
			sources: ['https://example.org/pledge'],
			note: null
		}
	]
});

describe('a commitment in two parts', () => {
	it('the brief part has none of the details’ fields, and keeps what the map and charts use', () => {
		const brief = briefOf(record);
		for (const field of DETAIL_FIELDS) expect(brief).not.toHaveProperty(field);
		expect(brief).toMatchObject({ id: 'skills-fr', type: 'training', confidence: 'high' });
		expect(JSON.stringify(brief)).not.toContain('million');
	});

	it('the details part has exactly the details’ fields', () => {
		expect(Object.keys(detailsOf(record)).sort()).toEqual([...DETAIL_FIELDS].sort());
		expect(detailsOf(record).history).toHaveLength(1);
	});

	it('the two parts make the record again', () => {
		const byId = detailsById([record]);
		expect(Object.keys(byId)).toEqual(['skills-fr']);
		expect(withDetails(briefOf(record), byId)).toEqual(record);
	});

	it('a commitment whose details are missing opens with none, not with another’s', () => {
		const other = briefOf(commitment({ id: 'other' }));
		expect(withDetails(other, detailsById([record]))).toEqual({ ...other, ...NO_DETAILS });
	});
});

describe('summaries in the page’s language', () => {
	it('gives the summary in the page’s language, and English, said to be English, where none', () => {
		expect(summaryIn(record.summary, 'de')).toEqual({
			text: 'Eine Million Menschen schulen.',
			lang: 'de'
		});
		expect(summaryIn(record.summary, 'fr')).toEqual({
			text: 'Former un million de personnes.',
			lang: 'fr'
		});
		expect(summaryIn(record.summary, 'es')).toEqual({
			text: 'Train a million people.',
			lang: 'en'
		});
		expect(summaryIn(record.summary, 'en')).toEqual({
			text: 'Train a million people.',
			lang: 'en'
		});
	});

	it('a language’s details file carries English and that language only', () => {
		const german = detailsForLocale([record], 'de')['skills-fr']!;
		expect(german.summary).toEqual({
			en: 'Train a million people.',
			fr: null,
			de: 'Eine Million Menschen schulen.',
			es: null,
			it: null,
			nl: null,
			pl: null
		});
		expect(detailsForLocale([record], 'en')['skills-fr']!.summary.fr).toBeNull();
		expect({ ...german, summary: record.summary }).toEqual(detailsOf(record));
	});
});
