import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { detectAtomFeed, parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { changeKey, changesOf, localChange } from '../../src/lib/data/changes';
import type { CommitmentEvent, EventKind } from '../../src/lib/data/types';
import { en } from '../../src/lib/i18n/en';
import { formatFigure } from '../../src/lib/i18n/format';
import { atomFeed, uuidV5 } from '../../src/lib/share/feed';
import { commitment } from './helpers/commitment';

function event(date: string, kind: EventKind, note: string | null = null): CommitmentEvent {
	return {
		date,
		kind,
		status: kind === 'opened' ? 'operational' : 'announced',
		figure: null,
		unit: null,
		sources: [`https://example.org/${date}?a=1&b=2`],
		note
	};
}

const RECORDS = [
	commitment({
		id: 'azure-belgiumcentral',
		name: 'Belgium Central',
		history: [
			event('2021-11-23', 'announced'),
			event('2025-03', 'restated'),
			event('2025-11-18', 'opened', 'Opened <four> years on & "late"')
		]
	}),
	commitment({
		id: 'european-security-program',
		name: 'European Security Program',
		country: null,
		// two events on one day: announced, then opened (the history's order)
		history: [event('2025-06-04', 'announced'), event('2025-06-04', 'opened')]
	}),
	commitment({
		id: 'skills-fr',
		name: 'Skills pledge: France',
		type: 'training',
		history: [
			event('2024-05-13', 'announced'),
			{ ...event('2025', 'progress'), figure: 250_000, unit: 'people' }
		]
	})
];

describe('changesOf', () => {
	it('lists every event newest first; a later event of the same day first', () => {
		expect(changesOf(RECORDS).map((c) => `${c.date} ${c.id} ${c.kind}`)).toEqual([
			'2025-11-18 azure-belgiumcentral opened',
			'2025-06-04 european-security-program opened',
			'2025-06-04 european-security-program announced',
			'2025-03 azure-belgiumcentral restated',
			// "2025" can mean 1 January: it sorts below any other day of 2025
			'2025 skills-fr progress',
			'2024-05-13 skills-fr announced',
			'2021-11-23 azure-belgiumcentral announced'
		]);
	});

	it('names each event by its commitment, date, kind and rank among its twins', () => {
		const twins = changesOf([
			commitment({ id: 'x', history: [event('2025-01', 'progress'), event('2025-01', 'progress')] })
		]);
		expect(twins.map(changeKey).sort()).toEqual(['x/2025-01/progress/0', 'x/2025-01/progress/1']);
	});

	it("names the commitment in a page's language where the row translates it; an English page keeps the English", () => {
		const [change] = changesOf([
			commitment({
				id: 'skills-de',
				name: 'Skills pledge: Germany',
				nameIn: {
					fr: 'Engagement de formation\u00a0: Allemagne',
					de: 'Qualifizierungszusage: Deutschland',
					es: 'Compromiso de formación: Alemania',
					it: 'Impegno di formazione: Germania',
					nl: 'Opleidingstoezegging: Duitsland',
					pl: 'Zobowiązanie szkoleniowe: Niemcy'
				},
				history: [event('2025-01', 'progress')]
			})
		]);
		expect(localChange(change!, 'fr')).toMatchObject({
			name: 'Engagement de formation\u00a0: Allemagne',
			nameLang: 'fr'
		});
		expect(localChange(change!, 'fr')).not.toHaveProperty('nameIn');
		const inEnglish = localChange(change!, 'en');
		expect(inEnglish.name).toBe('Skills pledge: Germany');
		expect(inEnglish.nameLang).toBeUndefined();
		expect(inEnglish).not.toHaveProperty('nameIn');
	});
});

describe('uuidV5', () => {
	it('matches RFC 9562’s example (the DNS namespace, "www.example.com")', () => {
		expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
			'2ed6657d-e927-568b-95e1-2665a8aea6a2'
		);
	});
});

describe('atomFeed', () => {
	const options = {
		updated: '2026-11-30',
		kinds: en.history.kinds,
		figure: (value: number, unit: string) => formatFigure(value, unit, 'en-GB', en.history.people),
		licence: 'CC BY 4.0'
	};
	const xml = atomFeed(changesOf(RECORDS), { ...options, site: 'https://maps.example.org' });

	it('is well-formed XML that a feed parser reads as Atom', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(detectAtomFeed(xml)).toBe(true);
		const feed = parseAtomFeed(xml);
		expect(feed.title?.value).toBe('Europe Commitments Map: what changed');
		expect(feed.updated).toBe('2026-11-30T00:00:00Z');
		expect(feed.entries).toHaveLength(7);
		const first = feed.entries![0]!;
		expect(first.title?.value).toBe('Opened: Belgium Central');
		expect(first.updated).toBe('2025-11-18T00:00:00Z');
		expect(first.links?.[0]?.href).toBe('https://maps.example.org/?id=azure-belgiumcentral');
		// the note's markup characters are text, escaped, and read back as written
		expect(first.summary).toEqual({
			type: 'text',
			value: 'Opened <four> years on & "late" Sources: https://example.org/2025-11-18?a=1&b=2'
		});
		const progress = feed.entries!.find(
			(e) => e.title?.value === 'Progress reported: Skills pledge: France'
		);
		expect(progress?.summary?.value).toMatch(/^250,000 people\. /);
	});

	it('has every element RFC 4287 requires, and ids that are unique absolute URIs', () => {
		const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(
			xml
		);
		const feed = doc.feed;
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		// feed: id, title, updated; an author (no entry has its own); a self link
		for (const element of ['id', 'title', 'updated', 'author']) expect(feed[element]).toBeTruthy();
		expect(feed.author.name).toBe('Europe Commitments Map');
		const links = [feed.link].flat();
		expect(links.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([
			['self', 'https://maps.example.org/changes.xml'],
			['alternate', 'https://maps.example.org/changes']
		]);
		const ids = feed.entry.map((e: { id: string }) => e.id);
		for (const entry of feed.entry) {
			for (const element of ['id', 'title', 'updated', 'link']) expect(entry[element]).toBeTruthy();
			expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
		}
		for (const id of [feed.id, ...ids]) {
			expect(id).toMatch(
				/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
			);
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps its ids wherever the site is, and links root-relative without SITE_URL', () => {
		const local = atomFeed(changesOf(RECORDS), { ...options, site: '' });
		const idsOf = (text: string) => [...text.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
		expect(idsOf(local)).toEqual(idsOf(xml));
		expect(local).toContain('<link rel="self" type="application/atom+xml" href="/changes.xml"/>');
		expect(local).toContain('href="/?id=skills-fr"');
		expect(parseAtomFeed(local).entries).toHaveLength(7);
	});
});
