/**
 * What every chart's layout shares. Each chart's layout is a pure function of its data and the
 * plot's width, in a module beside the chart (`*-layout.ts`), computed once per render: the drawn
 * marks, the tooltips and the marks a keyboard steps through all read that one geometry. D3
 * computes; Svelte draws. Tested in tests/unit/chart-layout.test.ts.
 */

/** Narrower than this, a chart lays out at this width and its SVG is scaled down to fit. */
export const MIN_WIDTH = 240;

/** A tick on a horizontal axis: its value and where it sits. */
export interface Tick {
	value: number;
	x: number;
}

/** Something a reader can point at or step to; `x`, `y` is where its tooltip points. */
export interface Anchor {
	key: string;
	x: number;
	y: number;
}
