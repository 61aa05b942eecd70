/**
 * A source link's visible text: its publisher and a readable title taken from the page's
 * address ("Fortune: Microsoft azure uk", "GitHub: tal66/cloud-regions, azureData.js"), since the
 * dataset keeps URLs, not titles. The publisher is a short curated name for the hosts the
 * dataset cites most, else the host itself. Tested in tests/unit/source-label.test.ts.
 */

/** Publishers' names by host (without "www."), for the hosts the dataset cites most. */
export const PUBLISHERS: Readonly<Record<string, string>> = {
	'learn.microsoft.com': 'Microsoft Learn',
	'news.microsoft.com': 'Microsoft News',
	'blogs.microsoft.com': 'Microsoft On the Issues',
	'local.microsoft.com': 'Microsoft Local',
	'azure.microsoft.com': 'Microsoft Azure',
	'github.com': 'GitHub',
	'technologyrecord.com': 'Technology Record',
	'itpro.com': 'ITPro',
	'zdnet.com': 'ZDNET',
	'techradar.com': 'TechRadar',
	'techzine.eu': 'Techzine',
	'datacenterdynamics.com': 'DCD',
	'direct.datacenterdynamics.com': 'DCD',
	'brusselstimes.com': 'The Brussels Times',
	'fortune.com': 'Fortune',
	'reuters.com': 'Reuters',
	'siliconrepublic.com': 'Silicon Republic',
	'windowscentral.com': 'Windows Central',
	'irishtimes-irishtimes-prod.cdn.arcpublishing.com': 'The Irish Times',
	'irishtimes.com': 'The Irish Times'
};

/** The longest title shown; longer ones end with an ellipsis. */
export const MAX_TITLE = 60;

function hostOf(url: URL): string {
	return url.hostname.replace(/^www\./, '');
}

/** A path segment as words: "microsoft-opens-341m-data-centre-in-dublin-1.744888.html" → "Microsoft opens 341m data centre in dublin". */
function words(segment: string): string {
	const text = segment
		.replace(/\.(s?html?|aspx?|php)$/i, '')
		.replace(/[-_](\d+[.-])*\d+$/, '')
		.replace(/[-_+]+/g, ' ')
		.trim();
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a segment reads as words (a slug), not an id, a date or a section name. */
const readable = (segment: string) =>
	/[a-z]{3}/i.test(segment) && /[-_]/.test(segment) && !/^[a-z]{2}(-[a-z]{2})?$/i.test(segment);

/** The title a URL's path gives, if any: its last readable segment, as words (ids give none). */
function titleOf(url: URL): string | null {
	const segments = url.pathname
		.split('/')
		.filter(Boolean)
		.map((s) => {
			try {
				return decodeURIComponent(s);
			} catch {
				return s;
			}
		});
	if (hostOf(url) === 'github.com' && segments.length >= 2) {
		const last = segments.at(-1)!;
		const file = segments.length > 2 && !/^[0-9a-f]{20,}$/.test(last) ? `, ${last}` : '';
		return `${segments[0]}/${segments[1]}${file}`;
	}
	const slug = [...segments].reverse().find(readable);
	if (!slug) return null;
	const title = words(slug);
	return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** "Publisher: Title", or the publisher alone for a site's home page; the URL if it is not one. */
export function sourceLabel(href: string): string {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return href;
	}
	const host = hostOf(url);
	const publisher = PUBLISHERS[host] ?? host;
	const title = titleOf(url);
	return title ? `${publisher}: ${title}` : publisher;
}

/** Each link's label; labels still the same (the same page twice) are numbered. */
export function sourceLabels(urls: readonly string[]): string[] {
	const labels = urls.map(sourceLabel);
	return labels.map((label, i) =>
		labels.filter((l) => l === label).length > 1
			? `${label} (${labels.slice(0, i + 1).filter((l) => l === label).length})`
			: label
	);
}
