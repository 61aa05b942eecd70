/**
 * The SVG map's camera as pure viewBox maths: zoom around a point, pan, and the zoom a point is
 * shown at. Boxes are [x, y, width, height] in the base map's frame (src/lib/frame/projection).
 */
export type Box = [number, number, number, number];

/**
 * How far in the SVG map zooms: 2^8 times the first view's scale, enough to split marks a
 * couple of kilometres apart (Brussels and Molenbeek) even from a phone's first view.
 */
export const MAX_ZOOM_STEPS = 8;

/** Zoom `box` by `factor` around `[cx, cy]`, between 1/2 and 2^MAX_ZOOM_STEPS times `home`'s scale. */
export function zoomAround(box: Box, home: Box, [cx, cy]: [number, number], factor: number): Box {
	const [, , w, h] = box;
	const nw = Math.min(Math.max(w / factor, home[2] / 2 ** MAX_ZOOM_STEPS), home[2] * 2);
	const nh = (nw / w) * h;
	return [cx - nw / 2, cy - nh / 2, nw, nh];
}

export const centreOf = (box: Box): [number, number] => [box[0] + box[2] / 2, box[1] + box[3] / 2];

export const panned = ([x, y, w, h]: Box, dx: number, dy: number): Box => [x + dx, y + dy, w, h];

/** The zoom factor that brings a point in at least 4 times `home`'s scale (1 if it already is). */
export function pointZoom(box: Box, home: Box): number {
	const scale = home[2] / box[2];
	return Math.max(1, scale) >= 4 ? 1 : 4 / scale;
}

/** What a key does to the SVG map: pan by `step` viewBox units, zoom by a step, or nothing. */
export function keyMove(
	key: string,
	step: number
): { pan: [number, number] } | { zoom: number } | null {
	const moves: Record<string, { pan: [number, number] } | { zoom: number }> = {
		ArrowLeft: { pan: [-step, 0] },
		ArrowRight: { pan: [step, 0] },
		ArrowUp: { pan: [0, -step] },
		ArrowDown: { pan: [0, step] },
		'+': { zoom: 1 },
		'=': { zoom: 1 },
		'-': { zoom: -1 }
	};
	return moves[key] ?? null;
}

/**
 * Zoom `box` by `factor` keeping the point `[dx, dy]` from its centre (in its units) where it is
 * on screen: the wheel's zoom, around the pointer.
 */
export function zoomAtPoint(box: Box, home: Box, [dx, dy]: [number, number], factor: number): Box {
	const [x, y, w, h] = box;
	const [px, py] = [x + w / 2 + dx, y + h / 2 + dy];
	const [, , nw, nh] = zoomAround(box, home, [px, py], factor);
	const k = nw / w;
	return [px - (px - x) * k, py - (py - y) * k, nw, nh];
}

/** Zoom steps for a Ctrl/⌘ + wheel event: half a step per notch (100 px), at most one. */
export function wheelSteps(deltaY: number, deltaMode: number): number {
	const pixels = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
	return Math.max(-1, Math.min(1, -pixels / 200));
}
