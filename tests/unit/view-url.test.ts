/** The view's query string, list toggling, and the embed's own parameters. */
import { describe, expect, it } from 'vitest';
import { TYPES } from '../../src/lib/data/types';
import { parse, view } from './helpers/view';
import { searchOf, serializeView, toggle, type View } from '../../src/lib/state/view';

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
