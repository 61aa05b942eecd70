import { describe, expect, it } from 'vitest';
import { STATUSES, TYPES } from '../../src/lib/data/types';
import { parse, view } from './helpers/view';
import {
	DEFAULT_VIEW,
	THEMES,
	parseView,
	searchOf,
	serializeView,
	type View
} from '../../src/lib/state/view';

/** Every value a parsed view may hold: known values, canonical order, each once. */
function expectWellFormed(v: View) {
	expect(v.types).toEqual(TYPES.filter((t) => v.types.includes(t)));
	expect(v.statuses).toEqual(STATUSES.filter((s) => v.statuses.includes(s)));
	if (v.country !== null) expect(v.country).toMatch(/^[A-Z]{2}$/);
	if (v.selected !== null) {
		expect(v.selected).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(v.selected.length).toBeLessThanOrEqual(80);
	}
	expect(THEMES).toContain(v.theme);
	expect(['commitments', 'sites', 'trainingPerThousand']).toContain(v.metric);
}

describe('parseView', () => {
	it('gives the default view for an empty query', () => {
		expect(parse('')).toEqual({
			types: ['datacenter', 'security', 'training', 'startup'],
			statuses: ['operational', 'restricted', 'announced'],
			country: null,
			selected: null,
			theme: 'auto',
			metric: 'commitments',
			legend: true,
			title: true,
			bbox: null,
			asof: null
		});
		expect(parse('')).toEqual(DEFAULT_VIEW);
		expect(parse('?')).toEqual(DEFAULT_VIEW);
		expect(parse('unrelated=1&utm_source=x')).toEqual(DEFAULT_VIEW);
	});

	it('reads an empty list as "none ticked"', () => {
		expect(parse('types=').types).toEqual([]);
		expect(parse('status=').statuses).toEqual([]);
		expect(parse('types=,,').types).toEqual([]);
		expect(parse('types=%20').types).toEqual([]);
	});

	it.each<[string, Partial<View>]>([
		['types=<script>alert(1)</script>', {}],
		['types=foo,bar', {}],
		['status=%%%', {}],
		['status=open,closed', {}],
		['country=DEU', {}],
		['country=1x', {}],
		['country=D', {}],
		['country=', {}],
		['id=../../etc', {}],
		['id=a--b', {}],
		['id=-leading', {}],
		['id=trailing-', {}],
		['id=with space', {}],
		['id=' + 'a'.repeat(81), {}],
		['theme=purple', {}],
		['theme=', {}]
	])('falls back to the defaults for junk: %s', (query, expected) => {
		expect(parse(query)).toEqual(view(expected));
	});

	it('keeps each known value once, in canonical order', () => {
		expect(parse('types=training,training,datacenter').types).toEqual(['datacenter', 'training']);
		expect(parse('status=announced,operational,announced').statuses).toEqual([
			'operational',
			'announced'
		]);
	});

	it('ignores case and surrounding whitespace', () => {
		expect(parse('types= Datacenter ,TRAINING').types).toEqual(['datacenter', 'training']);
		expect(parse('types=+Startup+').types).toEqual(['startup']);
		expect(parse('status=%20Restricted%20').statuses).toEqual(['restricted']);
		expect(parse('country= de ').country).toBe('DE');
		expect(parse('id=Azure-FranceCentral').selected).toBe('azure-francecentral');
		expect(parse('theme=DARK').theme).toBe('dark');
	});

	it('keeps the valid values of a list mixed with junk', () => {
		expect(parse('types=foo,training,<b>,datacenter').types).toEqual(['datacenter', 'training']);
		expect(parse('status=nope,announced').statuses).toEqual(['announced']);
	});

	it('accepts well-formed values', () => {
		expect(
			parse(
				'types=security&status=restricted&country=xk&id=skills-de-2024&theme=light&metric=sites'
			)
		).toEqual({
			types: ['security'],
			statuses: ['restricted'],
			country: 'XK',
			selected: 'skills-de-2024',
			theme: 'light',
			metric: 'sites',
			legend: true,
			title: true,
			bbox: null,
			asof: null
		});
		expect(parse('title=0').title).toBe(false);
		expect(parse('title=no').title).toBe(true);
		expect(searchOf(view({ title: false }))).toBe('?title=0');
		expect(parse('metric=trainingPerThousand').metric).toBe('trainingPerThousand');
		expect(parse('metric=population').metric).toBe('commitments');
		expect(searchOf(view({ metric: 'sites' }))).toBe('?metric=sites');
		expect(parse('id=' + 'a'.repeat(80)).selected).toBe('a'.repeat(80));
	});

	const HOSTILE = [
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'../../etc/passwd',
		'%00',
		'\u0000',
		'%%%',
		'%E0%A4%A',
		'null',
		'undefined',
		'__proto__',
		'constructor',
		'toString',
		'NaN',
		'-1',
		'{}',
		'[]',
		'🙂🙂',
		'\u202e',
		'\ud800',
		'DATACENTER;DROP TABLE commitments',
		'a'.repeat(10_000)
	];
	const PARAMS = ['types', 'status', 'country', 'id', 'theme'] as const;
	const SLUG_LIKE: Record<string, string> = {
		null: 'null',
		undefined: 'undefined',
		constructor: 'constructor',
		toString: 'tostring',
		NaN: 'nan'
	};

	describe.each(PARAMS)('with a hostile %s', (param) => {
		it.each(HOSTILE)('%s: never throws and falls back to the default', (value) => {
			// Words that happen to be well-formed slugs are ids like any other.
			const expected: Partial<View> =
				param === 'id' && Object.hasOwn(SLUG_LIKE, value) ? { selected: SLUG_LIKE[value] } : {};
			const set = new URLSearchParams();
			set.set(param, value);
			const raw = `${param}=${value}`;
			for (const params of [set, new URLSearchParams(raw)]) {
				let parsed: View | undefined;
				expect(() => (parsed = parseView(params))).not.toThrow();
				expectWellFormed(parsed!);
				expect(parsed).toEqual(view(expected));
			}
		});
	});

	it('never throws on a whole hostile query string', () => {
		for (const value of HOSTILE) {
			const query = PARAMS.map((p) => `${p}=${value}`).join('&');
			expect(() => expectWellFormed(parse(query))).not.toThrow();
			expect(() => expectWellFormed(parse(value))).not.toThrow();
		}
	});
});

describe('serializeView', () => {
	it('omits every default', () => {
		expect(serializeView(DEFAULT_VIEW).toString()).toBe('');
		expect(
			serializeView(view({ types: ['startup', 'training', 'security', 'datacenter'] })).toString()
		).toBe('');
	});

	it('writes lists in canonical order and the country in lower case', () => {
		const params = serializeView(
			view({
				types: ['training', 'datacenter'],
				statuses: ['announced', 'operational'],
				country: 'DE',
				selected: 'azure-germanywestcentral',
				theme: 'dark'
			})
		);
		expect([...params]).toEqual([
			['types', 'datacenter,training'],
			['status', 'operational,announced'],
			['country', 'de'],
			['id', 'azure-germanywestcentral'],
			['theme', 'dark']
		]);
	});

	it('writes an empty list as an empty parameter', () => {
		expect(serializeView(view({ types: [] })).toString()).toBe('types=');
		expect(serializeView(view({ statuses: [] })).toString()).toBe('status=');
	});

	it.each<[string, View]>([
		['the default view', view()],
		['no types', view({ types: [] })],
		['no types and no statuses', view({ types: [], statuses: [], theme: 'light' })],
		[
			'everything set',
			view({
				types: ['training'],
				statuses: ['operational', 'announced'],
				country: 'DE',
				selected: 'azure-francecentral',
				theme: 'dark'
			})
		],
		[
			'three types, one status, Kosovo',
			view({
				types: ['datacenter', 'security', 'startup'],
				statuses: ['restricted'],
				country: 'XK',
				selected: 'a1-b2'
			})
		]
	])('round-trips through parseView: %s', (_name, v) => {
		expect(parseView(serializeView(v))).toEqual(v);
		expect(parse(searchOf(v))).toEqual(v);
	});
});
