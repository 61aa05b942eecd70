import { describe, expect, it } from 'vitest';
import { basePathOf } from '../../svelte.config.js';
import basemap from '../../src/lib/generated/basemap.json' with { type: 'json' };
import commitments from '../../src/lib/generated/commitments.json' with { type: 'json' };
import populations from '../../src/lib/generated/populations.json' with { type: 'json' };
import type { Basemap } from '../../src/lib/data/dataset.server';
import type { Commitment, Population } from '../../src/lib/data/types';
import { de } from '../../src/lib/i18n/de';
import { en, type Messages } from '../../src/lib/i18n/en';
import { es } from '../../src/lib/i18n/es';
import { fr } from '../../src/lib/i18n/fr';
import { it as italian } from '../../src/lib/i18n/it';
import { intlLocale, LOCALES, type Locale } from '../../src/lib/i18n/locales';
import type { AllMessages } from '../../src/lib/i18n';
import { de as dePages } from '../../src/lib/i18n/pages/de';
import { en as enPages, type PageMessages } from '../../src/lib/i18n/pages/en';
import { es as esPages } from '../../src/lib/i18n/pages/es';
import { fr as frPages } from '../../src/lib/i18n/pages/fr';
import { it as itPages } from '../../src/lib/i18n/pages/it';
import { nl as nlPages } from '../../src/lib/i18n/pages/nl';
import { pl as plPages } from '../../src/lib/i18n/pages/pl';
import { nl } from '../../src/lib/i18n/nl';
import { pl } from '../../src/lib/i18n/pl';
import {
	CARD_SIZE,
	cardLines,
	cardSvg,
	escapeXml,
	mapDocument,
	mapImage,
	mapSvg,
	wrapText
} from '../../src/lib/share/card';
import { bibtexCitation, bibtexValue, plainCitation } from '../../src/lib/share/citation';
import { oembedOf } from '../../src/lib/share/oembed';
import {
	cardPath,
	oembedPath,
	pageOfRoute,
	pageOfSlug,
	pagePath,
	shareMap,
	shareTexts,
	siteUrlOf,
	type SharePage
} from '../../src/lib/share/pages';

const CORE: Record<Locale, Messages> = { en, fr, de, es, it: italian, nl, pl };
const PAGES: Record<Locale, PageMessages> = {
	en: enPages,
	fr: frPages,
	de: dePages,
	es: esPages,
	it: itPages,
	nl: nlPages,
	pl: plPages
};
const MESSAGES = Object.fromEntries(
	LOCALES.map((lang) => [lang, { ...CORE[lang], ...PAGES[lang] }])
) as Record<Locale, AllMessages>;
const DATA = {
	commitments: commitments as Commitment[],
	populations: populations as Population[],
	updated: '2026-11-30'
};
const BASEMAP = basemap as unknown as Basemap;
const GERMANY: SharePage = { kind: 'country', iso2: 'DE' };

const texts = (page: SharePage, lang: Locale) =>
	shareTexts(page, MESSAGES[lang], intlLocale(lang), DATA);

describe('a page’s share texts', () => {
	it.each([
		['en', 'Microsoft in Germany', 'data checked on 30 November 2026'],
		['fr', 'Microsoft en Allemagne', 'données vérifiées le 30 novembre 2026'],
		['de', 'Microsoft in Deutschland', 'Daten geprüft am 30. November 2026'],
		['es', 'Alemania', 'datos verificados el 30 de noviembre de 2026'],
		['it', 'Germania', 'dati verificati il 30 novembre 2026'],
		['nl', 'Duitsland', 'gegevens gecontroleerd op 30 november 2026'],
		['pl', 'Microsoft w Niemczech', 'dane sprawdzone 30 listopada 2026']
	] as const)('are in the page’s language (%s)', (lang, title, credit) => {
		const t = texts(GERMANY, lang);
		expect(t.title).toContain(title);
		expect(t.card.credit).toContain(credit);
		expect(t.card.credit).toContain('CC BY 4.0');
		expect(t.card.credit).toContain('Natural Earth');
		expect(t.card.figures.length).toBeGreaterThan(0);
		expect(t.alt.length).toBeGreaterThan(20);
	});

	it('give a country’s figures, as its page does, or say there are none', () => {
		const t = texts(GERMANY, 'en');
		expect(t.description).toMatch(/^Microsoft in Germany/);
		expect(t.card.figures.join(' ')).toMatch(/datacenter sites?/);
		expect(texts({ kind: 'country', iso2: 'VA' }, 'en').card.figures).toEqual([
			en.share.noCommitments
		]);
	});

	it('give Europe’s figures on the home page and /about', () => {
		const home = texts({ kind: 'home' }, 'en');
		expect(home.title).toBe(en.siteTitle);
		expect(home.card.figures[0]).toBe(`${DATA.commitments.length} commitments`);
		expect(texts({ kind: 'about' }, 'fr').card.title).toContain(frPages.aboutPage.title);
	});
});

describe('a card', () => {
	it('is a 1200×630 SVG whose every line fits, clear of the credit', () => {
		for (const lang of Object.keys(MESSAGES) as Locale[]) {
			for (const page of [{ kind: 'home' }, { kind: 'about' }, GERMANY] as SharePage[]) {
				const lines = cardLines(texts(page, lang).card);
				const credit = lines.filter((l) => l.size === 18);
				const above = lines.filter((l) => l.size !== 18);
				expect(Math.max(...above.map((l) => l.y))).toBeLessThan(credit[0]!.y - 24);
				expect(Math.max(...lines.map((l) => l.y))).toBeLessThanOrEqual(CARD_SIZE.height - 40);
			}
		}
		const svg = cardSvg(
			texts(GERMANY, 'en').card,
			mapSvg(shareMap(GERMANY, DATA, BASEMAP)),
			'Sans'
		);
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
	});

	it('escapes names with & < " in its text', () => {
		const card = { kicker: 'A & B', title: 'Tom <b> "Jerry"', figures: ['1 < 2'], credit: 'x' };
		const svg = cardSvg(card, mapImage('data:image/png;base64,AA=='), 'Font "X"');
		expect(svg).toContain('A &amp; B');
		expect(svg).toContain('>Tom &lt;b&gt;</text>');
		expect(svg).toContain('>&quot;Jerry&quot;</text>');
		expect(svg).toContain('font-family="Font &quot;X&quot;"');
		expect(svg).not.toContain('<b>');
		expect(escapeXml(`'&<>"`)).toBe('&#39;&amp;&lt;&gt;&quot;');
	});

	it('frames the country, highlighted, with its commitments', () => {
		const map = shareMap(GERMANY, DATA, BASEMAP);
		expect(map.highlight).toBe('DE');
		expect(map.symbols.length).toBe(DATA.commitments.filter((c) => c.country === 'DE').length);
		expect(map.box[2]).toBeLessThan(300);
		const svg = mapDocument(map);
		expect(svg).toMatch(/^<svg [^>]*width="640" height="630" viewBox="560 0 640 630"/);
		expect(svg).toContain('fill="#ffd34d"');
		// Only the countries in view are drawn (Iceland is not, on Germany's card).
		expect(svg.split('<path d=').length).toBeLessThan(BASEMAP.countries.length / 2);
		expect(shareMap({ kind: 'home' }, DATA, BASEMAP).highlight).toBeNull();
	});

	it('wraps words into lines, and cuts with an ellipsis', () => {
		expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…']);
		expect(wrapText('Rechenzentrumsstandort', 5, 2)).toEqual(['Rechenzentrumsstandort']);
	});
});

describe('share addresses', () => {
	it('name every page’s card and oEmbed', () => {
		expect(cardPath(GERMANY, 'fr')).toBe('/og/fr/country-de.png');
		expect(oembedPath({ kind: 'home' }, 'en')).toBe('/oembed/en/home.json');
		expect(pagePath(GERMANY, 'fr')).toBe('/fr/country/de');
		expect(pagePath({ kind: 'home' }, 'en')).toBe('/');
		expect(pageOfSlug('country-de')).toEqual(GERMANY);
		expect(pageOfSlug('country-zz')).toBeNull();
		expect(pageOfRoute('/[[lang=locale]]/(explorer)/country/[code]', 'de')).toEqual(GERMANY);
		expect(pageOfRoute('/[[lang=locale]]/embed', undefined)).toBeNull();
	});

	it('read SITE_URL, and never invent one', () => {
		expect(siteUrlOf(undefined)).toBe('');
		expect(siteUrlOf('example.org')).toBe('');
		expect(siteUrlOf('https://maps.example.org/commitments/')).toBe(
			'https://maps.example.org/commitments'
		);
	});

	it('deploy the site under SITE_URL’s path (a GitHub Pages project site), or at the root', () => {
		expect(basePathOf('https://user.github.io/europe-map/')).toBe('/europe-map');
		expect(basePathOf('https://maps.example.org/a/b')).toBe('/a/b');
		expect(basePathOf('https://maps.example.org')).toBe('');
		expect(basePathOf(undefined)).toBe('');
		expect(basePathOf('maps.example.org/x')).toBe('');
		expect(basePathOf('ftp://maps.example.org/x')).toBe('');
	});
});

describe('an oEmbed', () => {
	it('is a rich embed of the page’s /embed view', () => {
		const o = oembedOf(GERMANY, 'fr', 'Microsoft en Allemagne', 'Carte', 'https://x.example');
		expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 640 });
		expect(o.html).toContain('src="https://x.example/fr/embed?country=de"');
		expect(o.provider_url).toBe('https://x.example/');
		const local = oembedOf({ kind: 'home' }, 'en', 'T', 'Map', '');
		expect(local.html).toContain('src="/embed"');
		expect(local.provider_url).toBeUndefined();
	});
});

describe('a citation', () => {
	const input = {
		url: 'https://x.example/country/de',
		updated: '2026-11-30',
		updatedText: '30 November 2026',
		licence: 'CC BY 4.0'
	};

	it('in plain text has the authors, year, title, date checked, licence and permalink', () => {
		expect(plainCitation(input, en)).toBe(
			'Europe Commitments Map contributors (2026). Europe Commitments Map: Microsoft’s commitments in Europe [Data set]. Data checked on 30 November 2026. CC BY 4.0. https://x.example/country/de'
		);
		expect(plainCitation({ ...input, updatedText: '30 novembre 2026' }, fr)).toContain(
			'Données vérifiées le 30 novembre 2026'
		);
	});

	it('in BibTeX is an @misc entry with the same facts', () => {
		const bib = bibtexCitation(input, en);
		expect(bib).toMatch(/^@misc\{europe-commitments-map-2026,\n/);
		expect(bib).toContain('author = {{Europe Commitments Map contributors}}');
		expect(bib).toContain('year = {2026}');
		expect(bib).toContain('url = {https://x.example/country/de}');
		expect(bib).toContain('note = {Data checked on 30 November 2026. CC BY 4.0}');
		expect(bib).toContain('license = {CC BY 4.0}');
		expect(bib.endsWith('\n}')).toBe(true);
		expect(bibtexValue('R&D {50%} #1_a')).toBe('R\\&D \\{50\\%\\} \\#1\\_a');
	});
});

describe('a card’s lines', () => {
	it('keep a no-break space whole (French “carte : Natural Earth”)', () => {
		expect(wrapText('Fond de carte\u00a0: Natural Earth', 14, 3)).toEqual([
			'Fond de',
			'carte\u00a0:',
			'Natural Earth'
		]);
	});
});
