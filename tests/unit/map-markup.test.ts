import { readFileSync } from 'node:fs';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../src/lib/frame/marks';
import { marksMarkup, markTransform } from '../../src/lib/map/marks-markup';
import ClusterBadge from '../../src/lib/symbols/ClusterBadge.svelte';
import { clusterMarkup, escapeMarkup, symbolMarkup } from '../../src/lib/symbols/symbol-markup';
import Symbol from '../../src/lib/symbols/Symbol.svelte';
import SymbolMark from '../../src/lib/symbols/SymbolMark.svelte';

describe('escapeMarkup', () => {
	it('escapes the five characters that end a text or an attribute', () => {
		expect(escapeMarkup(`a"b<c>&'d`)).toBe('a&quot;b&lt;c&gt;&amp;&#39;d');
		expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
		expect(escapeMarkup(12.5)).toBe('12.5');
		expect(escapeMarkup('Łódź Türkiye')).toBe('Łódź Türkiye');
	});
});

describe('symbolMarkup', () => {
	it('draws an operational site as SymbolMark does: paper, then solid ink, 15 px', () => {
		const d = 'M-6.45,-6.45H6.45V6.45H-6.45Z';
		expect(symbolMarkup({ type: 'datacenter', status: 'operational' })).toBe(
			`<path class="sym-paper" d="${d}" stroke-width="4"></path>` +
				`<path class="sym-ink" fill-opacity="1" stroke-width="1" d="${d}" style="color: var(--type-datacenter);"></path>`
		);
	});

	it('rings a country-wide one, smaller (11 px), with the passed dot at the ring', () => {
		const d = 'M0,-5.5L5.5,0L0,5.5L-5.5,0Z';
		expect(
			symbolMarkup({ type: 'security', status: 'announced', countryWide: true, passed: true })
		).toBe(
			'<circle class="sym-paper" r="10" stroke-width="0"></circle>' +
				'<circle class="sym-ring" r="8.5" stroke-width="1.5" stroke-dasharray="2.6 1.9" style="color: var(--type-security);"></circle>' +
				`<path class="sym-paper" d="${d}" stroke-width="4"></path>` +
				`<path class="sym-ink" fill-opacity="0" stroke-width="2" d="${d}" style="color: var(--type-security);"></path>` +
				'<circle class="sym-passed" cx="6.5" cy="-6.5" r="3" stroke-width="1.5"></circle>'
		);
	});

	it('scales a country-wide one drawn 20 px across: radii and places by 20/15, strokes not', () => {
		// The symbol 11 × 4/3 = 14.67 px across (a circle's radius 14.67 / 2 × 0.92 = 6.75), the
		// paper 10 × 4/3, the ring 8.5 × 4/3, the dot 6.5 × 4/3 out and 3 × 4/3 across (as floating
		// point has them: what SymbolMark printed).
		const d = 'M-6.75,0A6.75,6.75 0 1,0 6.75,0A6.75,6.75 0 1,0 -6.75,0Z';
		expect(
			symbolMarkup({
				type: 'training',
				status: 'operational',
				size: 20,
				countryWide: true,
				passed: true
			})
		).toBe(
			'<circle class="sym-paper" r="13.333333333333332" stroke-width="0"></circle>' +
				'<circle class="sym-ring" r="11.333333333333332" stroke-width="1.5" stroke-dasharray="2.6 1.9" style="color: var(--type-training);"></circle>' +
				`<path class="sym-paper" d="${d}" stroke-width="4"></path>` +
				`<path class="sym-ink" fill-opacity="1" stroke-width="1" d="${d}" style="color: var(--type-training);"></path>` +
				'<circle class="sym-passed" cx="8.666666666666666" cy="-8.666666666666666" r="4" stroke-width="1.5"></circle>'
		);
	});

	it('draws a neutral one in the text colour, at 14 px (the status legend)', () => {
		// A triangle 14 px across: 7 × 1.05 = 7.35 up, 7.35 × 0.95 = 6.98 across,
		// 7.35 × 0.72 = 5.29 down.
		const d = 'M0,-7.35L6.98,5.29L-6.98,5.29Z';
		expect(symbolMarkup({ type: 'startup', status: 'announced', size: 14, neutral: true })).toBe(
			`<path class="sym-paper" d="${d}" stroke-width="4"></path>` +
				`<path class="sym-ink" fill-opacity="0" stroke-width="2" d="${d}" style="color: var(--ink);"></path>`
		);
	});

	it('puts the passed dot of a site at 5.5 px, and tints a restricted one', () => {
		const out = symbolMarkup({ type: 'training', status: 'restricted', passed: true });
		expect(out).toContain('fill-opacity="0.5" stroke-width="2"');
		expect(out).toContain(
			'<circle class="sym-passed" cx="5.5" cy="-5.5" r="3" stroke-width="1.5">'
		);
		expect(out).not.toContain('sym-ring');
	});
});

describe('clusterMarkup', () => {
	it('sizes the badge to its count', () => {
		expect(clusterMarkup(4)).toBe(
			'<circle class="sym-badge" r="9.5" stroke-width="2"></circle>' +
				'<text class="sym-count" dy="0.35em" font-size="11">4</text>'
		);
		expect(clusterMarkup(12)).toContain('r="11"');
		expect(clusterMarkup(120)).toContain('r="13"');
	});
});

describe('marksMarkup', () => {
	const site: Mark = {
		kind: 'single',
		id: 'dc-one',
		type: 'datacenter',
		status: 'operational',
		countryWide: false,
		country: 'IE',
		at: [0, 0],
		offset: [0, 0]
	};
	const cluster: Mark = {
		kind: 'cluster',
		key: 'k',
		ids: ['a', 'b', 'c'],
		onePlace: true,
		at: [1, 1],
		offset: [0, 0]
	};
	const places = new Map<Mark, [number, number]>([
		[site, [100.04, 200.06]],
		[cluster, [-3.25, 7]]
	]);
	const placeOf = (mark: Mark) => places.get(mark)!;

	it('places a mark to a tenth of a unit, scaled to four places', () => {
		expect(markTransform([100.04, 200.06], 1.24321)).toBe('translate(100.0 200.1) scale(1.2432)');
	});

	it('draws each mark in order: a site as a link with its halo, a cluster as its badge', () => {
		const out = marksMarkup([cluster, site], placeOf, 1.24321, (id) => `/commitment/${id}`);
		expect(out).toBe(
			'<g class="commitment cluster" transform="translate(-3.3 7.0) scale(1.2432)" data-ids="a b c" data-one-place="">' +
				clusterMarkup(3) +
				'</g>' +
				'<g class="commitment" transform="translate(100.0 200.1) scale(1.2432)" data-id="dc-one">' +
				'<a href="/commitment/dc-one" tabindex="-1" draggable="false"><circle class="halo" r="13"></circle>' +
				symbolMarkup({ type: 'datacenter', status: 'operational' }) +
				'</a></g>'
		);
	});

	it('marks a country-wide one, and writes no data-one-place for a cluster of places', () => {
		const wide: Mark = { ...site, countryWide: true };
		const spread: Mark = { ...cluster, onePlace: false };
		places.set(wide, [0, 0]).set(spread, [0, 0]);
		const out = marksMarkup([spread, wide], placeOf, 1, (id) => id);
		expect(out).toContain('data-id="dc-one" data-country-wide="">');
		expect(out).toContain('data-ids="a b c">');
		expect(out).not.toContain('data-one-place');
	});

	it('escapes ids and links', () => {
		const evil: Mark = { ...site, id: `x"><script>alert('1')</script>` };
		places.set(evil, [0, 0]);
		const out = marksMarkup([evil], placeOf, 1, (id) => `/c/${id}?a=1&b=2`);
		expect(out).not.toContain('<script');
		expect(out).toContain('data-id="x&quot;&gt;&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;"');
		expect(out).toContain(
			'href="/c/x&quot;&gt;&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;?a=1&amp;b=2"'
		);
	});

	it('draws nothing for no marks', () => {
		expect(marksMarkup([], placeOf, 1, (id) => id)).toBe('');
	});
});

describe('the components draw the markup', () => {
	// Svelte's hydration comments are all the components add to it.
	const plain = (html: string) => html.replace(/<!--[^>]*-->/g, '');

	it.each([
		{ type: 'datacenter', status: 'operational' },
		{ type: 'security', status: 'restricted', passed: true },
		{ type: 'training', status: 'announced', countryWide: true },
		{ type: 'startup', status: 'operational', countryWide: true, passed: true },
		{ type: 'security', status: 'announced', size: 20, countryWide: true, passed: true },
		{ type: 'datacenter', status: 'restricted', size: 14, neutral: true, passed: true },
		{ type: 'training', status: 'operational', size: 11 },
		{ type: 'startup', status: 'announced', size: 12 }
	] as const)('SymbolMark renders symbolMarkup, every prop passed (%o)', (props) => {
		expect(plain(render(SymbolMark, { props }).body)).toBe(symbolMarkup(props));
	});

	it.each([3, 42, 250])('ClusterBadge renders clusterMarkup (%i)', (count) => {
		expect(plain(render(ClusterBadge, { props: { count } }).body)).toBe(clusterMarkup(count));
	});

	it('Symbol draws SymbolMark at 14 px in its own SVG, neutral when asked', () => {
		const body = plain(
			render(Symbol, { props: { type: 'training', status: 'announced', neutral: true } }).body
		);
		expect(body).toBe(
			'<svg viewBox="-10 -10 20 20" width="18" height="18" aria-hidden="true">' +
				symbolMarkup({ type: 'training', status: 'announced', size: 14, neutral: true }) +
				'</svg>'
		);
	});

	// In the browser, `{@html}` parses its markup as SVG only in a component compiled for SVG
	// (without it, <path> would be an unknown HTML element, never drawn). No DOM here: the
	// compiled code is read (a browser test draws the chooser's symbols: tests/e2e/marks.spec.ts).
	it.each(['SymbolMark', 'ClusterBadge'])('%s is compiled to make SVG elements', (name) => {
		const source = readFileSync(
			new URL(`../../src/lib/symbols/${name}.svelte`, import.meta.url),
			'utf8'
		);
		const { js } = compile(source, { generate: 'client', filename: `${name}.svelte` });
		// html(anchor, value, is_controlled, svg): svg true.
		expect(js.code).toMatch(/\$\.html\(\s*node,[\s\S]*?,\s*(void 0|false),\s*true\s*\);/);
	});
});
