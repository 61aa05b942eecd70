/** The view's query string, list toggling, and the embed's own parameters. */
import { describe, expect, it } from 'vitest';
import { TYPES } from '../../src/lib/data/types';
import { parse, view } from './helpers/view';
import {
	parseAsof,
	parseView,
	searchOf,
	serializeView,
	toggle,
	type View
} from '../../src/lib/state/view';

describe('searchOf', () => {
	it.each<[Partial<View>, string]>([
		[{}, ''],
		[{ types: ['training', 'datacenter'] }, '?types=datacenter,training'],
		[{ types: [] }, '?types='],
		[{ statuses: ['announced', 'restricted'] }, '?status=restricted,announced'],
		[
			{
				types: ['training'],
				statuses: ['operational', 'announced'],
				country: 'DE',
				selected: 'azure-francecentral',
				theme: 'dark'
			},
			'?types=training&status=operational,announced&country=de&id=azure-francecentral&theme=dark'
		]
	])('%j → %s', (overrides, expected) => {
		expect(searchOf(view(overrides))).toBe(expected);
	});
});

describe('toggle', () => {
	it.each<[string[], string, string[]]>([
		[['datacenter', 'training'], 'security', ['datacenter', 'security', 'training']],
		[['training'], 'datacenter', ['datacenter', 'training']],
		[['datacenter', 'training'], 'datacenter', ['training']],
		[[], 'startup', ['startup']],
		[['startup'], 'startup', []],
		[['startup', 'datacenter'], 'training', ['datacenter', 'training', 'startup']]
	])('toggle(%j, %s) → %j', (list, value, expected) => {
		expect(toggle(list, value, TYPES as readonly string[])).toEqual(expected);
	});

	it('does not change its input', () => {
		const list = ['training'] as const;
		toggle<string>(list, 'datacenter', TYPES);
		expect(list).toEqual(['training']);
	});
});

describe('embed parameters', () => {
	it('reads legend=0 and a bbox, and writes them back', () => {
		const v = parse('legend=0&bbox=-10,35.5,30,60');
		expect(v.legend).toBe(false);
		expect(v.bbox).toEqual([
			[-10, 35.5],
			[30, 60]
		]);
		expect(searchOf(v)).toBe('?legend=0&bbox=-10,35.5,30,60');
		expect(parse(serializeView(v).toString())).toEqual(v);
	});

	it.each([
		'',
		'1,2,3',
		'1,2,3,4,5',
		'a,b,c,d',
		'30,35,-10,60',
		'-10,60,30,35',
		'-190,35,30,60',
		'-10,-89,30,60',
		'1e3,2,3,4',
		'<script>,1,2,3'
	])('ignores a malformed bbox "%s"', (raw) => {
		expect(parse(`bbox=${encodeURIComponent(raw)}`).bbox).toBeNull();
	});

	it('shows the legend unless it is exactly 0', () => {
		expect(parse('legend=1').legend).toBe(true);
		expect(parse('legend=yes').legend).toBe(true);
		expect(parse('legend= 0 ').legend).toBe(false);
	});
});

describe('asof', () => {
	const TODAY = '2026-11-30';
	const asof = (query: string) => parseView(new URLSearchParams(query), TODAY).asof;

	it('reads a real day up to today, and writes it back', () => {
		expect(asof('asof=2024-06-30')).toBe('2024-06-30');
		expect(asof('asof=2026-11-30')).toBe('2026-11-30');
		expect(asof('asof=%202024-02-29%20')).toBe('2024-02-29');
		// Before any announcement is still a day: the map is empty and says why.
		expect(asof('asof=1990-01-01')).toBe('1990-01-01');
		const v = parseView(new URLSearchParams('types=security&asof=2024-06-30'), TODAY);
		expect(searchOf(v)).toBe('?types=security&asof=2024-06-30');
		expect(parseView(serializeView(v), TODAY)).toEqual(v);
	});

	it.each([
		'',
		'2026-12-01',
		'2030-01-01',
		'2025-02-29',
		'2024-13-01',
		'2024-00-10',
		'2024-6-30',
		'2024-06',
		'2024',
		'30/06/2024',
		'2024-06-30T00:00',
		'<script>'
	])('falls back to today for "%s"', (raw) => {
		expect(asof(`asof=${encodeURIComponent(raw)}`)).toBeNull();
	});

	it("checks against the reader's today by default", () => {
		expect(parseAsof('2000-01-01')).toBe('2000-01-01');
		expect(parseAsof('9999-12-31')).toBeNull();
		expect(parseAsof(null, TODAY)).toBeNull();
	});

	it("writes nothing for today's data", () => {
		expect(searchOf(view({ asof: null }))).toBe('');
		expect(searchOf(view({ asof: '2025-01-31' }))).toBe('?asof=2025-01-31');
	});
});
