import type { DatasetMeta } from '../../src/lib/data/types';
import { isPartialDate } from './dates';
import type { Problem } from './problems';

/** Reads geo/data/dataset.json: when the data was last checked, and its licence. */
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
	return problems.length > 0 ? { meta: null, problems } : { meta: value as DatasetMeta, problems };
}
