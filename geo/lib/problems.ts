/**
 * What every reader in geo/lib reports: a Problem names the file, the line, the field, what is
 * wrong and the value found, and prints as `file:line: field: message (got "value")`. Also the
 * small value tests the checks share.
 */
import isoCountries from 'i18n-iso-countries';

export interface Problem {
	file: string;
	line: number;
	field: string;
	message: string;
	value?: string;
}

/** What a named check finds in one row: a Problem without its file and line. */
export interface Issue<Field extends string = string> {
	field: Field;
	message: string;
	value?: string;
}

export function formatProblem(p: Problem): string {
	const got = p.value === undefined ? '' : ` (got "${p.value.replace(/\s+/g, ' ').slice(0, 120)}")`;
	return `${p.file}:${p.line}: ${p.field}: ${p.message}${got}`;
}

/** Problems in the order an editor fixes them: by line, then as found. */
export function byLine(problems: Problem[]): Problem[] {
	return problems.sort((a, b) => a.line - b.line);
}

/** Spreadsheets save UTF-8 with a byte-order mark; the parsers must not see it. */
export function stripBom(text: string): string {
	return text.replace(/^\uFEFF/, '');
}

export const has = (value: string | undefined): value is string =>
	value !== undefined && value.trim() !== '';

/** A space-separated list of URLs, as in `sources`. */
export const splitUrls = (value: string) => value.split(/\s+/).filter(Boolean);

/** An ISO 3166-1 alpha-2 code, upper case, or XK (Kosovo, user-assigned but universal). */
export function isKnownCountry(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && (code === 'XK' || isoCountries.isValid(code));
}

/** An absolute http(s) URL with a dotted host name. */
export function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}
