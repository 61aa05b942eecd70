import { describe, expect, it } from 'vitest';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { countryOfSlug } from '../../src/lib/ui/country-slugs';
import { countryPathOf, canonicalPath } from '../../src/lib/ui/not-found';
import { redirectRules } from '../../src/lib/server/redirects';

describe('countryOfSlug', () => {
	it('knows a country by its codes, its names in the site’s languages and common names', () => {
		expect(countryOfSlug('DE')).toBe('DE');
		expect(countryOfSlug('deu')).toBe('DE');
		expect(countryOfSlug('Germany')).toBe('DE');
		expect(countryOfSlug('Deutschland')).toBe('DE');
		expect(countryOfSlug('niemcy')).toBe('DE');
		expect(countryOfSlug('uk')).toBe('GB');
		expect(countryOfSlug('united-kingdom')).toBe('GB');
		expect(countryOfSlug('United%20Kingdom')).toBe('GB');
		expect(countryOfSlug('Gro%C3%9Fbritannien')).toBe('GB');
		expect(countryOfSlug('grossbritannien')).toBe('GB');
		expect(countryOfSlug('osterreich')).toBe('AT');
		expect(countryOfSlug('ukr')).toBe('UA');
		expect(countryOfSlug('holland')).toBe('NL');
	});
	it('names nothing for a word that is no country, or a malformed escape', () => {
		expect(countryOfSlug('nope')).toBeNull();
		expect(countryOfSlug('us')).toBeNull(); // not a country of the map
		expect(countryOfSlug('%E0%A4%A')).toBeNull();
	});
});

describe('countryPathOf', () => {
	it('turns a mistyped country address into the country’s page, in the path’s language', () => {
		expect(countryPathOf('/country/DE')).toBe('/country/de');
		expect(countryPathOf('/country/germany')).toBe('/country/de');
		expect(countryPathOf('/countries/deu/')).toBe('/country/de');
		expect(countryPathOf('/de/country/Deutschland')).toBe('/de/country/de');
		expect(countryPathOf('/DE/Country/DE')).toBe('/de/country/de');
		expect(countryPathOf('/fr/royaume-uni')).toBe('/fr/country/gb');
		expect(countryPathOf('/en/country/uk')).toBe('/country/gb');
	});
	it('leaves other addresses alone', () => {
		expect(countryPathOf('/commitment/DE')).toBeNull();
		expect(countryPathOf('/country/de/extra')).toBeNull();
		expect(countryPathOf('/country/nope')).toBeNull();
		expect(countryPathOf('/de')).toBeNull();
		expect(countryPathOf('/')).toBeNull();
	});
	it('canonicalPath offers any other page’s address in lower case, without a trailing slash', () => {
		expect(canonicalPath('/Commitment/Skills-DE')).toBe('/commitment/skills-de');
		expect(canonicalPath('/about')).toBeNull();
		expect(canonicalPath('/de/')).toBe('/de');
		expect(canonicalPath('/Country/DE/')).toBe('/country/de');
		expect(canonicalPath('/')).toBeNull();
	});
});

describe('redirectRules (build/_redirects)', () => {
	const rules = redirectRules('');
	const lines = rules.split('\n').filter((l) => l && !l.startsWith('#'));
	it('sends another spelling of a country to its page, in each language’s folder', () => {
		expect(lines).toContain('/country/DE  /country/de  301');
		expect(lines).toContain('/country/germany  /country/de  301');
		expect(lines).toContain('/country/uk  /country/gb  301');
		expect(lines).toContain('/de/country/deutschland  /de/country/de  301');
		expect(lines).toContain('/fr/country/DEU  /fr/country/de  301');
		// A real page is never a rule's source.
		const pages = new Set(EUROPEAN_COUNTRIES.map((c) => c.toLowerCase()));
		const shadowing = lines.filter((l) => pages.has(/\/country\/(\S+)\s/.exec(l)?.[1] ?? ''));
		expect(shadowing).toEqual([]);
	});
	it('ends with the 404 pages, the catch-all last, and stays within Cloudflare’s 2,000 rules', () => {
		expect(lines.slice(-2)).toEqual(['/pl/*  /pl/404.html  404', '/*  /404.html  404']);
		expect(lines.filter((l) => l.endsWith(' 301')).length).toBeLessThanOrEqual(2000);
	});
	it('puts the base path in front of every address', () => {
		expect(redirectRules('/maps')).toContain('/maps/de/country/DE  /maps/de/country/de  301');
	});
});
