import { describe, expect, it } from 'vitest';
import { resizeMessage } from '../../src/lib/embed/resize';
import { clampHeight, embedSnippet, embedUrl, validHeight } from '../../src/lib/embed/snippet';

const SITE = 'https://maps.example.org/commitments';
const view = {
	types: ['security' as const],
	statuses: ['operational' as const, 'restricted' as const, 'announced' as const],
	country: 'DE',
	theme: 'dark' as const,
	legend: false,
	title: true
};

describe('embed snippet', () => {
	it('builds the /embed URL with only the non-default parameters', () => {
		expect(embedUrl(SITE, view)).toBe(
			'https://maps.example.org/commitments/embed?types=security&country=de&theme=dark&legend=0'
		);
		expect(embedUrl(SITE, { ...view, types: [], country: null, theme: 'auto', legend: true })).toBe(
			'https://maps.example.org/commitments/embed?types='
		);
	});

	it('keeps the day of building with "Keep today\'s data", and nothing for live data', () => {
		expect(embedUrl(SITE, { ...view, asof: '2026-11-30' })).toBe(
			'https://maps.example.org/commitments/embed?types=security&country=de&theme=dark&legend=0&asof=2026-11-30'
		);
		expect(embedUrl(SITE, { ...view, asof: null })).toBe(embedUrl(SITE, view));
		expect(
			embedSnippet(
				SITE,
				{ view: { ...view, asof: '2026-11-30' }, height: 640, autoHeight: false, lang: 'fr' },
				'Carte'
			)
		).toContain(
			'/fr/embed?types=security&amp;country=de&amp;theme=dark&amp;legend=0&amp;asof=2026-11-30"'
		);
	});

	it('puts the language in the path, English without a prefix', () => {
		expect(embedUrl(SITE, view, 'nl')).toBe(
			'https://maps.example.org/commitments/nl/embed?types=security&country=de&theme=dark&legend=0'
		);
		expect(
			embedSnippet(SITE, { view, height: 640, autoHeight: true, lang: 'de' }, 'Karte')
		).toMatch(/^<iframe src="https:\/\/maps\.example\.org\/commitments\/de\/embed\?/);
	});

	it('writes an iframe with a title, lazy loading, full width and a height, then the script', () => {
		expect(
			embedSnippet(
				SITE,
				{ view, height: 640, autoHeight: true, lang: 'en' },
				'Map of “commitments”'
			)
		).toBe(
			'<iframe src="https://maps.example.org/commitments/embed?types=security&amp;country=de&amp;theme=dark&amp;legend=0" ' +
				'title="Map of “commitments”" data-commitments-map loading="lazy" style="width: 100%; height: 640px; border: 0;"></iframe>\n' +
				'<script src="https://maps.example.org/commitments/embed.js" async></script>'
		);
	});

	it('leaves the script out on request, and escapes the title', () => {
		const snippet = embedSnippet(
			SITE,
			{ view, height: 500, autoHeight: false, lang: 'en' },
			'A "map" <b>&</b>'
		);
		expect(snippet).not.toContain('<script');
		// Without the script's opt-in: the height stays as written, even if a script is on the page.
		expect(snippet).not.toContain('data-commitments-map');
		expect(snippet).toContain('title="A &quot;map&quot; &lt;b>&amp;&lt;/b>"');
	});

	it.each([
		[640, 640],
		[12, 300],
		[99999, 1600],
		[Number.NaN, 640],
		[480.6, 481]
	])('keeps a height of %s within bounds: %s', (height, expected) => {
		expect(clampHeight(height)).toBe(expected);
	});
});

describe('the builder’s height field', () => {
	it.each<[unknown, number | null]>([
		[640, 640],
		[300, 300],
		[1600, 1600],
		[0, null],
		[-5, null],
		[299, null],
		[1601, null],
		[480.5, null],
		[Number.NaN, null],
		[null, null],
		['640', null]
	])('takes %s as %s', (value, expected) => {
		expect(validHeight(value)).toBe(expected);
	});
});

describe('embed title', () => {
	it('is shown by default and hidden with title=0, which the URL keeps', () => {
		expect(embedUrl(SITE, { ...view, title: false })).toBe(
			'https://maps.example.org/commitments/embed?types=security&country=de&theme=dark&legend=0&title=0'
		);
	});
});

describe('resize message', () => {
	it('is the documented shape, with a whole number of pixels', () => {
		expect(resizeMessage(512.2)).toEqual({
			type: 'commitments-map:resize',
			version: 1,
			height: 513
		});
	});
});
