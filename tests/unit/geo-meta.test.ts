import { describe, expect, it } from 'vitest';
import { parseDatasetMeta } from '../../geo/lib/meta';
import { formatProblem } from '../../geo/lib/problems';

const FILE = 'geo/data/dataset.json';
const BASE = { updated: '2026-11-28', licence: 'CC BY 4.0', licenceUrl: 'https://example.org/l' };
const problems = (value: object) =>
	parseDatasetMeta(JSON.stringify(value), FILE).problems.map(formatProblem);

describe('parseDatasetMeta: repository and article', () => {
	it('accepts neither, and both when well formed', () => {
		expect(problems(BASE)).toEqual([]);
		const meta = parseDatasetMeta(
			JSON.stringify({
				...BASE,
				repository: 'https://example.org/repo/issues',
				article: { title: 'Un titre', lang: 'fr', outlet: 'Le Journal', date: '2025-05' }
			}),
			FILE
		).meta;
		expect(meta?.repository).toBe('https://example.org/repo/issues');
		expect(meta?.article).toEqual({
			title: 'Un titre',
			lang: 'fr',
			outlet: 'Le Journal',
			date: '2025-05'
		});
	});

	it('names a repository that is not a URL, and an article without a title or with a bad date', () => {
		expect(problems({ ...BASE, repository: 'the usual place' })).toEqual([
			'geo/data/dataset.json:1: repository: must be an http(s) URL where corrections are reported, or absent (got "the usual place")'
		]);
		expect(problems({ ...BASE, article: { lang: 'fr' } })).toEqual([
			'geo/data/dataset.json:1: article: must have a title and the language it is in (lang) (got "{"lang":"fr"}")'
		]);
		expect(problems({ ...BASE, article: { title: 'T', lang: 'fr', date: 'May 2025' } })).toEqual([
			'geo/data/dataset.json:1: article.date: must be a date YYYY, YYYY-MM or YYYY-MM-DD (got "May 2025")'
		]);
	});
});
