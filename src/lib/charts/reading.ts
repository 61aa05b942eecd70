/**
 * How a reader moves through a chart's marks (ChartFrame): the keys that step from one mark to
 * the next, and where the tooltip of the one pointed at goes. Pure, tested in
 * tests/unit/chart-layout.test.ts.
 */

/** Pixels between a tooltip and its mark; the room a tooltip above its mark needs there. */
const TIP_GAP = 6;
const TIP_ROOM = 12;

/**
 * The index of the mark a key steps to from mark `index` (-1: none yet) of `count`: the arrows
 * step forward and back (around the ends), Home and End jump. Undefined: not a stepping key.
 */
export function stepIndex(key: string, index: number, count: number): number | undefined {
	const back = index <= 0 ? count - 1 : index - 1;
	const moves: Record<string, number> = {
		ArrowRight: index + 1,
		ArrowDown: index + 1,
		ArrowLeft: back,
		ArrowUp: back,
		Home: 0,
		End: count - 1
	};
	const next = moves[key];
	return next === undefined || count === 0 ? undefined : next % count;
}

/**
 * Where a tooltip goes: above its mark (below one at the plot's top), centred on it and kept
 * inside the plot, never over the bar it describes (`top` to `bottom`; else 8 px around `y`).
 */
export function tipPlacement(
	mark: { x: number; y: number; top?: number; bottom?: number },
	tipWidth: number,
	plotWidth: number
): { left: number; top: number; above: boolean } {
	const { x, y, top = y - 8, bottom = y + 8 } = mark;
	const left = Math.min(Math.max(x - tipWidth / 2, 0), Math.max(0, plotWidth - tipWidth));
	const above = top >= TIP_ROOM;
	return { left, top: above ? top - TIP_GAP : bottom + TIP_GAP, above };
}
