/**
 * How to cite the dataset: in plain text (in the page's language) and as BibTeX, with the day
 * its facts were last checked and the page's permalink. Pure.
 */
import type { Messages } from '$lib/i18n';
import { SITE_NAME } from './pages';

export const CITATION_AUTHOR = `${SITE_NAME} contributors`;

export interface CitationInput {
	/** The page's permalink (absolute when known, else the path). */
	url: string;
	/** The day the dataset's facts were last checked, YYYY-MM-DD (meta.json `updated`). */
	updated: string;
	/** That day in words, in the page's language. */
	updatedText: string;
	licence: string;
}

/** "Europe Commitments Map contributors (2026). Europe Commitments Map: … [Data set]. …" */
export function plainCitation(input: CitationInput, m: Messages): string {
	const year = input.updated.slice(0, 4);
	return (
		`${CITATION_AUTHOR} (${year}). ${SITE_NAME}: ${m.siteTitle} [${m.share.datasetKind}]. ` +
		`${m.share.checked(input.updatedText)}. ${input.licence}. ${input.url}`
	);
}

/** A BibTeX value: braces balanced away, TeX's special characters escaped. */
export function bibtexValue(value: string): string {
	return value
		.replaceAll('\\', '\\textbackslash{}')
		.replace(/[{}]/g, (c) => `\\${c}`)
		.replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/** An @misc entry (the type every BibTeX style knows), keyed by the site and the year. */
export function bibtexCitation(input: CitationInput, m: Messages): string {
	const year = input.updated.slice(0, 4);
	const fields: [string, string][] = [
		['title', `{${bibtexValue(SITE_NAME)}}: ${bibtexValue(m.siteTitle)}`],
		['author', `{${bibtexValue(CITATION_AUTHOR)}}`],
		['year', year],
		['howpublished', `\\url{${input.url}}`],
		['url', input.url],
		['note', bibtexValue(`${m.share.checked(input.updatedText)}. ${input.licence}`)],
		['license', bibtexValue(input.licence)]
	];
	const body = fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n');
	return `@misc{europe-commitments-map-${year},\n${body}\n}`;
}
