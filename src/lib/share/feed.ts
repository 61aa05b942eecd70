/**
 * The Atom 1.0 feed of the dataset's changes (/changes.xml, RFC 4287), built at build time.
 *
 * Entry ids are `urn:uuid:` name-based UUIDs (version 5, RFC 9562) of each event's key: they
 * stay the same from build to build and wherever the site is deployed. A `tag:` URI would need
 * a domain, which the build knows only when SITE_URL is set, and would change with it.
 * Links are absolute with SITE_URL; without it they are root-relative (`/changes`), which Atom
 * allows (readers resolve them against the feed's own address): no domain is ever guessed.
 */
import { createHash } from 'node:crypto';
import { changeKey, type Change } from '$lib/data/changes';
import { startOf } from '$lib/data/outcome';
import type { EventKind } from '$lib/data/types';

/** This project's UUID namespace (random, fixed): every feed id is derived from it. */
const NAMESPACE = '5afe8aef-f16b-41cc-9fbb-1ffd38865718';

/** A name-based UUID (version 5, SHA-1) in this project's namespace. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A day as an Atom date: midnight UTC of the first day a partial date can mean. */
const atomDate = (date: string) => `${startOf(date)}T00:00:00Z`;

export interface FeedOptions {
	/** The site's origin and base path, no trailing slash ('' for root-relative links). */
	site: string;
	/** YYYY-MM-DD: when the dataset's facts were last checked. */
	updated: string;
	/** An event kind's title word ("Opened"), in the feed's language. */
	kinds: Record<EventKind, string>;
	/** A figure in words ("250,000 people", "€4.3 billion"). */
	figure: (value: number, unit: string) => string;
	licence: string;
}

/** The feed's XML: newest entries first, as `changes` comes (changesOf). */
export function atomFeed(changes: readonly Change[], options: FeedOptions): string {
	const { site, kinds } = options;
	const latest = changes.reduce((max, c) => (startOf(c.date) > max ? startOf(c.date) : max), '');
	const updated = atomDate(latest > options.updated ? latest : options.updated);
	const entries = changes.map((change) => {
		const figure =
			change.figure !== null && change.unit
				? `${options.figure(change.figure, change.unit)}. `
				: '';
		const sources = change.sources.length > 0 ? ` Sources: ${change.sources.join(' ')}` : '';
		const summary = `${figure}${change.note ?? ''}${sources}`.trim();
		const link = `${site}/?id=${encodeURIComponent(change.id)}`;
		return [
			'\t<entry>',
			`\t\t<id>urn:uuid:${uuidV5(changeKey(change))}</id>`,
			`\t\t<title>${escape(`${kinds[change.kind]}: ${change.name}`)}</title>`,
			`\t\t<updated>${atomDate(change.date)}</updated>`,
			`\t\t<link rel="alternate" type="text/html" href="${escape(link)}"/>`,
			`\t\t<category term="${change.type}"/>`,
			summary ? `\t\t<summary type="text">${escape(summary)}</summary>` : '',
			'\t</entry>'
		]
			.filter(Boolean)
			.join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
		`\t<id>urn:uuid:${uuidV5('changes')}</id>`,
		'\t<title>Europe Commitments Map: what changed</title>',
		"\t<subtitle>Dated, sourced events of Microsoft's commitments in Europe, newest first.</subtitle>",
		`\t<updated>${updated}</updated>`,
		'\t<author><name>Europe Commitments Map</name></author>',
		`\t<link rel="self" type="application/atom+xml" href="${escape(`${site}/changes.xml`)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escape(`${site}/changes`)}"/>`,
		`\t<rights>${escape(options.licence)}</rights>`,
		...entries,
		'</feed>',
		''
	].join('\n');
}
