import type { DatasetMeta } from '../../src/lib/data/types';
import { isPartialDate } from './dates';
import { isHttpUrl, type Problem } from './problems';

/**
 * Reads geo/data/dataset.json: when the data was last checked, its licence, where corrections
 * are reported (`repository`, optional) and the article it checks (`article`: title and
 * language, with outlet, date and url where known).
 */
export function parseDatasetMeta(
	text: string,
	file: string
): { meta: DatasetMeta | null; problems: Problem[] } {
	let value: Partial<DatasetMeta>;
	try {
		value = JSON.parse(text) as Partial<DatasetMeta>;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { meta: null, problems: [{ file, line: 1, field: 'json', message }] };
	}
	const problems: Problem[] = [];
	if (
		typeof value.updated !== 'string' ||
		!/^\d{4}-\d{2}-\d{2}$/.test(value.updated) ||
		!isPartialDate(value.updated)
	) {
		problems.push({
			file,
			line: 1,
			field: 'updated',
			message: 'must be a date YYYY-MM-DD',
			value: String(value.updated)
		});
	}
	for (const field of ['licence', 'licenceUrl'] as const) {
		if (typeof value[field] !== 'string' || value[field] === '') {
			problems.push({ file, line: 1, field, message: 'is required', value: String(value[field]) });
		}
	}
	if (value.repository !== undefined && !isHttpUrl(String(value.repository))) {
		problems.push({
			file,
			line: 1,
			field: 'repository',
			message: 'must be an http(s) URL where corrections are reported, or absent',
			value: String(value.repository)
		});
	}
	const article = value.article;
	if (article !== undefined) {
		if (
			typeof article?.title !== 'string' ||
			article.title === '' ||
			typeof article.lang !== 'string'
		) {
			problems.push({
				file,
				line: 1,
				field: 'article',
				message: 'must have a title and the language it is in (lang)',
				value: JSON.stringify(article)
			});
		} else if (article.date !== undefined && !isPartialDate(article.date)) {
			problems.push({
				file,
				line: 1,
				field: 'article.date',
				message: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
				value: article.date
			});
		} else if (article.url !== undefined && !isHttpUrl(article.url)) {
			problems.push({
				file,
				line: 1,
				field: 'article.url',
				message: 'must be an http(s) URL',
				value: article.url
			});
		}
	}
	return problems.length > 0 ? { meta: null, problems } : { meta: value as DatasetMeta, problems };
}
