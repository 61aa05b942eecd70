/**
 * The downloads' file names: kept apart from export.ts, so a page that links to a download
 * does not load the CSV writer. Pure.
 */

export const DOWNLOAD_STEM = 'europe-commitments';

/**
 * A download's file name, with the day the dataset's facts were checked, so a saved copy says
 * which version it is: `europe-commitments-2026-11-30.csv`, `europe-commitments-history-….csv`.
 * `parts` name what it holds (none for the commitments themselves); each is made file-safe.
 */
export function downloadName(updated: string, extension: string, ...parts: string[]): string {
	const safe = parts
		.map((part) =>
			part
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '')
		)
		.filter(Boolean);
	return [DOWNLOAD_STEM, ...safe, updated].filter(Boolean).join('-') + `.${extension}`;
}
