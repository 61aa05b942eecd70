import { describe, expect, it } from 'vitest';
import {
	byTypeAndStatus,
	decimalYear,
	timelineRows,
	type Ranked
} from '../../src/lib/data/aggregate';
import { rankingLayout } from '../../src/lib/charts/ranking-layout';
import { skillsLayout } from '../../src/lib/charts/skills-layout';
import { fitName, timelineLayout } from '../../src/lib/charts/timeline-layout';
import {
	stackedBarLayout,
	TYPE_STATUS_ROW,
	type StackedRow
} from '../../src/lib/charts/stacked-bar-layout';
import { STATUSES, type Status } from '../../src/lib/data/types';
import { stepIndex, tipPlacement } from '../../src/lib/charts/reading';
import { commitment } from './helpers/commitment';

describe('stackedBarLayout: commitments by type and status', () => {
	// datacenter: 2 operational, 1 restricted, 1 announced (4); security: 1 announced;
	// training: none; startup: 1 operational.
	/** The chart's rows: one per type, keyed by it. */
	const byType = (...list: Parameters<typeof byTypeAndStatus>) =>
		byTypeAndStatus(...list).map((r) => ({ key: r.type, counts: r.counts, total: r.total }));
	// prettier-ignore
	const rows = byType([
		commitment({ id: 'd1' }),
		commitment({ id: 'd2' }),
		commitment({ id: 'd3', status: 'restricted' }),
		commitment({ id: 'd4', status: 'announced' }),
		commitment({ id: 's1', type: 'security', status: 'announced' }),
		commitment({ id: 'u1', type: 'startup' })
	]);
	const typeStatusLayout = (rows: StackedRow<Status>[], width: number) =>
		stackedBarLayout(rows, STATUSES, width, { row: TYPE_STATUS_ROW, stroke: 1.5 });

	it('places the bars on a scale from 0 to the largest total', () => {
		// width 428: the bars run over [0, 400] (28 px left for the total), so x(v) = 100 v.
		const layout = typeStatusLayout(rows, 428);
		expect(layout.height).toBe(4 * 40 + 22);
		expect(layout.ticks).toEqual([0, 1, 2, 3, 4].map((value) => ({ value, x: 100 * value })));
		expect(layout.grid).toEqual({ top: 15, bottom: 160, labelY: 174 });
		expect(layout.segments.map((s) => [s.key, s.count, s.x, s.y])).toEqual([
			['datacenter-operational', 2, 100, 25],
			['datacenter-restricted', 1, 250, 25],
			['datacenter-announced', 1, 350, 25],
			['security-announced', 1, 50, 65],
			['startup-operational', 1, 50, 145]
		]);
		// inset by half the 1.5 px stroke on each side
		expect(layout.segments[0]!.rect).toEqual({ x: 0.75, y: 17.75, width: 198.5, height: 14.5 });
		expect(layout.segments[1]!.rect).toEqual({ x: 200.75, y: 17.75, width: 98.5, height: 14.5 });
		expect(layout.rows).toEqual([
			{ key: 'datacenter', total: 4, labelY: 8, valueX: 404, valueY: 25 },
			{ key: 'security', total: 1, labelY: 48, valueX: 104, valueY: 65 },
			{ key: 'training', total: 0, labelY: 88, valueX: 4, valueY: 105 },
			{ key: 'startup', total: 1, labelY: 128, valueX: 104, valueY: 145 }
		]);
	});

	it('puts each type’s name on its own line above its bar, at any width', () => {
		for (const width of [240, 428, 1200]) {
			const layout = typeStatusLayout(rows, width);
			for (const row of layout.rows) {
				const bars = layout.segments.filter((s) => s.row === row.key);
				// the name's line (its middle, with dy 0.35em) is 9 px above the bar (17.75: the stroke's inset)
				for (const bar of bars) expect(bar.rect.y - row.labelY).toBe(9.75);
			}
			// the rows do not move with the width; only the bars do
			expect(layout.rows.map((r) => r.labelY)).toEqual([8, 48, 88, 128]);
		}
		// width 240: the bars run over [0, 212], so x(v) = 53 v
		const narrow = typeStatusLayout(rows, 240);
		expect(narrow.segments[0]!.x).toBe(53);
		expect(narrow.rows[0]!.valueX).toBe(216);
	});

	it('has a scale up to 1 and no segments without commitments', () => {
		const layout = typeStatusLayout(byType([]), 300);
		expect(layout.segments).toEqual([]);
		expect(layout.ticks).toEqual([
			{ value: 0, x: 0 },
			{ value: 1, x: 272 }
		]);
	});
});

describe('timelineLayout', () => {
	// a: announced 2023 (2023.5), opened 2024 (2024.5);
	// b: announced 2024 (2024.5), deadline 2025 (ends 2025-12-31 = 2025 + 364/365), not opened.
	// prettier-ignore
	const { rows } = timelineRows([
		commitment({ id: 'b', type: 'training', status: 'announced', announced: '2024', deadline: '2025' }),
		commitment({ id: 'a', announced: '2023', opened: '2024' })
	]);
	const now = decimalYear('2025-01-01'); // 2025.0

	it('lays out one row per commitment on a scale of whole years around the dates and today', () => {
		// Years 2023 to 2026 over [10, 310] at width 320: x(year) = 10 + 100 (year − 2023).
		const layout = timelineLayout(rows, now, 320);
		expect(layout.height).toBe(16 + 2 * 36 + 20);
		expect(layout.ticks).toEqual([
			{ value: 2023, x: 10 },
			{ value: 2024, x: 110 },
			{ value: 2025, x: 210 },
			{ value: 2026, x: 310 }
		]);
		expect(layout.grid).toEqual({ top: 16, bottom: 90, labelY: 104 });
		expect(layout.today).toEqual({ x: 210, top: 12, labelY: 10, anchor: 'middle' });
		// (320 − 20) / 6.2 = 48.4
		expect(layout.nameChars).toBe(48);

		const [a, b] = layout.rows;
		// earliest first: a (2023.5) before b (2024.5)
		expect(a!.commitment.id).toBe('a');
		expect(b!.commitment.id).toBe('b');
		expect({ ...a, commitment: undefined }).toEqual({
			commitment: undefined,
			y: 40,
			nameY: 29,
			span: { from: 60, to: 160 },
			marks: [
				{ key: 'a-announced', event: 'announced', x: 60, y: 40 },
				{ key: 'a-opened', event: 'opened', x: 160, y: 40 }
			]
		});
		// b is still announced: its line runs on to its deadline (later than today)
		const deadline = 10 + 100 * (2 + 364 / 365);
		expect(b!.y).toBe(76);
		expect(b!.nameY).toBe(65);
		expect(b!.span.from).toBe(160);
		expect(b!.span.to).toBeCloseTo(deadline, 10);
		expect(b!.marks.map((m) => [m.key, m.event])).toEqual([
			['b-announced', 'announced'],
			['b-deadline', 'deadline']
		]);
		expect(b!.marks[1]!.x).toBeCloseTo(deadline, 10);
	});

	it('keeps at most one year tick every 60 px', () => {
		// 2014 to 2026 (12 years). At 240 px: 240 / 60 = 4 ticks at most → every 3rd year.
		const wide = timelineRows([commitment({ id: 'old', opened: '2014' })]).rows;
		const narrow = timelineLayout(wide, 2025.9, 240);
		expect(narrow.ticks.map((t) => t.value)).toEqual([2016, 2019, 2022, 2025]);
		// At 1000 px: 16 ticks would fit → every year.
		const broad = timelineLayout(wide, 2025.9, 1000);
		expect(broad.ticks.map((t) => t.value)).toEqual(Array.from({ length: 13 }, (_, i) => 2014 + i));
	});

	it('ends the "today" label at its line near the right edge', () => {
		// today is 2026.0, the end of the scale: x = 310 > 320 − 50
		expect(timelineLayout(rows, 2026, 320).today).toMatchObject({ x: 310, anchor: 'end' });
	});

	it('widens a scale shorter than two years by a year on each side', () => {
		const one = timelineRows([commitment({ id: 'one', announced: '2025-06' })]).rows;
		// 2025.46 and today 2025.0: floor 2025, ceil 2026 → 2024 to 2027
		const layout = timelineLayout(one, now, 320);
		expect(layout.ticks.map((t) => t.value)).toEqual([2024, 2025, 2026, 2027]);
	});

	it('runs an operational commitment without an opening date from its announcement only', () => {
		const open = timelineRows([commitment({ id: 'o', announced: '2024' })]).rows;
		const [row] = timelineLayout(open, now, 320).rows;
		expect(row!.span.from).toBe(row!.span.to);
	});
});

describe('fitName', () => {
	it.each<[string, number, string]>([
		['Short', 10, 'Short'],
		['Skills pledge: Germany', 22, 'Skills pledge: Germany'],
		// 9 characters and the ellipsis
		['Skills pledge: Germany', 10, 'Skills pl…'],
		// the space before the cut goes
		['Ab cdef', 4, 'Ab…'],
		['Abcdef', 1, 'A…']
	])('fits %s in %d characters: %s', (name, chars, expected) => {
		expect(fitName(name, chars)).toBe(expected);
	});
});

describe('skillsLayout', () => {
	it('draws the country’s pledge and the article’s claim on one scale', () => {
		// 2,500,000 over 250 px: 10,000 people a pixel.
		const layout = skillsLayout(1_200_000, 2_500_000, 250);
		expect(layout.height).toBe(80);
		expect(layout.bars).toEqual([
			{
				key: 'country',
				value: 1_200_000,
				x: 120,
				y: 25,
				captionY: 11,
				rect: { x: 0, y: 16, width: 120, height: 18 }
			},
			{
				key: 'article',
				value: 2_500_000,
				x: 250,
				y: 65,
				captionY: 51,
				// an outline, inset by half its stroke
				rect: { x: 0.75, y: 56, width: 248.5, height: 18 }
			}
		]);
	});

	it('draws the country alone, full width, without the article’s figure', () => {
		const layout = skillsLayout(300_000, null, 250);
		expect(layout.bars.map((b) => [b.key, b.x, b.rect.width])).toEqual([['country', 250, 250]]);
	});

	it('keeps a sliver for a pledge too small to see', () => {
		// 1,000 of 2,500,000 over 250 px is 0.1 px
		expect(skillsLayout(1_000, 2_500_000, 250).bars[0]!.rect.width).toBe(2);
	});
});

describe('rankingLayout', () => {
	const ranked: Ranked[] = [
		{ iso2: 'FR', value: 6, rank: 1 },
		{ iso2: 'DE', value: 5, rank: 2 },
		{ iso2: 'IT', value: 0, rank: 3 },
		{ iso2: 'ES', value: 0, rank: 3 }
	];

	it('draws the ranking’s order, zeros left out except the highlighted country', () => {
		// width 300: labels end at 120 (40 %); bars from 120 to 256, 6 at 256: 136 / 6 px a unit.
		const layout = rankingLayout(ranked, 'ES', 300);
		expect(layout.labelEnd).toBe(120);
		expect(layout.height).toBe(3 * 20 + 4);
		expect(layout.zeros).toBe(1);
		expect(layout.rows.map((r) => [r.key, r.top, r.y])).toEqual([
			['FR', 0, 10],
			['DE', 20, 30],
			['ES', 40, 50]
		]);
		const [fr, de, es] = layout.rows;
		expect(fr).toMatchObject({ x: 256, valueX: 260, bar: { x: 120, width: 136 } });
		expect(de!.x).toBeCloseTo(120 + (5 * 136) / 6, 10);
		expect(de!.bar.width).toBeCloseTo((5 * 136) / 6, 10);
		// at zero: no bar, the value right after the labels
		expect(es).toMatchObject({ x: 120, valueX: 124, bar: { x: 120, width: 0 } });
	});

	it('leaves the labels 40 % of the width, up to 150 px', () => {
		expect(rankingLayout(ranked, null, 240).labelEnd).toBe(96);
		expect(rankingLayout(ranked, null, 1000).labelEnd).toBe(150);
		expect(rankingLayout(ranked, null, 240).zeros).toBe(2);
	});

	it('draws nothing when every country is at zero', () => {
		const zeros = ranked.map((r) => ({ ...r, value: 0, rank: 1 }));
		const layout = rankingLayout(zeros, null, 300);
		expect(layout.rows).toEqual([]);
		expect(layout.zeros).toBe(4);
		expect(layout.height).toBe(4);
	});
});

describe('reading a chart: stepping and the tooltip', () => {
	it('steps forward and back around the ends, and jumps with Home and End', () => {
		// three marks; -1: none active yet
		expect(stepIndex('ArrowRight', -1, 3)).toBe(0);
		expect(stepIndex('ArrowDown', 1, 3)).toBe(2);
		expect(stepIndex('ArrowRight', 2, 3)).toBe(0);
		expect(stepIndex('ArrowLeft', -1, 3)).toBe(2);
		expect(stepIndex('ArrowUp', 0, 3)).toBe(2);
		expect(stepIndex('ArrowLeft', 2, 3)).toBe(1);
		expect(stepIndex('Home', 1, 3)).toBe(0);
		expect(stepIndex('End', 0, 3)).toBe(2);
		expect(stepIndex('Enter', 0, 3)).toBeUndefined();
		expect(stepIndex('ArrowRight', -1, 0)).toBeUndefined();
	});

	it('puts the tooltip above its bar, centred and inside the plot, or below one at the top', () => {
		// a bar from 20 to 34 at x 100; a tooltip 60 wide in a plot 300 wide
		expect(tipPlacement({ x: 100, y: 27, top: 20, bottom: 34 }, 60, 300)).toEqual({
			left: 70,
			top: 14,
			above: true
		});
		// at the left and right edges it is kept inside
		expect(tipPlacement({ x: 10, y: 27, top: 20, bottom: 34 }, 60, 300).left).toBe(0);
		expect(tipPlacement({ x: 290, y: 27, top: 20, bottom: 34 }, 60, 300).left).toBe(240);
		// a bar at the top (under 12 px of room): below it
		expect(tipPlacement({ x: 100, y: 9, top: 2, bottom: 16 }, 60, 300)).toEqual({
			left: 70,
			top: 22,
			above: false
		});
		// a point without a bar: 8 px around it
		expect(tipPlacement({ x: 100, y: 50 }, 60, 300).top).toBe(36);
	});
});
