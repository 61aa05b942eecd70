import { describe, expect, it } from 'vitest';
import { countriesMarkup, fillOf } from '../../src/lib/map/countries-markup';

const shapes = [
	{ iso2: 'FR', d: 'M1,2L3,4Z' },
	{ iso2: 'MA', d: 'M5,6L7,8Z' },
	{ iso2: 'DE', d: 'M9,10L11,12Z' }
];
const href = (iso2: string) => `/country/${iso2.toLowerCase()}`;

describe('countriesMarkup', () => {
	it('links each European country to its page around its path; other land is a bare path', () => {
		const markup = countriesMarkup(shapes, href, { fills: { FR: '#123456' }, highlight: null });
		expect(markup).toBe(
			'<a href="/country/fr" tabindex="-1" draggable="false">' +
				'<path d="M1,2L3,4Z" class="european" style="fill: #123456" data-iso2="FR"></path></a>' +
				'<path d="M5,6L7,8Z" data-iso2="MA"></path>' +
				'<a href="/country/de" tabindex="-1" draggable="false">' +
				'<path d="M9,10L11,12Z" class="european" data-iso2="DE"></path></a>'
		);
	});

	it('gives the highlighted country its class and no fill of its own', () => {
		const markup = countriesMarkup(shapes, href, {
			fills: { FR: '#123456', DE: '#654321' },
			highlight: 'DE'
		});
		expect(markup).toContain('<path d="M9,10L11,12Z" class="european highlight" data-iso2="DE">');
		expect(markup).toContain('style="fill: #123456"');
		expect(markup).not.toContain('#654321');
	});

	it('escapes what it writes into attributes', () => {
		const markup = countriesMarkup([{ iso2: 'FR', d: 'M0"0<z' }], () => '/a?b=1&c="2"', {
			fills: { FR: 'red" onclick="x' },
			highlight: null
		});
		expect(markup).toBe(
			'<a href="/a?b=1&amp;c=&quot;2&quot;" tabindex="-1" draggable="false">' +
				'<path d="M0&quot;0&lt;z" class="european" style="fill: red&quot; onclick=&quot;x" data-iso2="FR"></path></a>'
		);
	});
});

describe('fillOf', () => {
	it('is the choropleth colour, none for the highlighted or an unshaded country', () => {
		const paint = { fills: { FR: '#123456', DE: '#654321' }, highlight: 'DE' };
		expect(fillOf('FR', paint)).toBe('#123456');
		expect(fillOf('DE', paint)).toBe('');
		expect(fillOf('MA', paint)).toBe('');
	});
});
