/**
 * Framing a place clear of what sits on the map (the key, the Europe-wide box, the buttons):
 * bounds grown so that, fitted to the whole frame as both maps fit bounds, the place lands in
 * the part of the frame no overlay covers. Pure: the overlays' boxes are measured by the caller.
 */
import type { LonLatBounds } from './extent';
import { fromBasemap, viewBoxOf } from './projection';

/** A box in the map frame's pixels, from its top-left corner. */
export interface FrameRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

type Side = keyof Padding;
const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];

/** Pixels kept between the place and an overlay, or the frame's edge. */
export const CLEARANCE = 8;

/** How far in from `side` the frame must be padded for `box` to lie wholly beyond the padding. */
function reach(box: FrameRect, side: Side, width: number, height: number): number {
	if (side === 'top') return box.y + box.height;
	if (side === 'bottom') return height - box.y;
	if (side === 'left') return box.x + box.width;
	return width - box.x;
}

/**
 * The padding that clears every overlay and leaves the place the largest scale: each overlay is
 * cleared from one side (tried every way: a handful of overlays, 4 ** n ways, so the loop
 * allocates nothing but the best found), the one whose padding lets `place` (width × height, in
 * any unit) be drawn largest wins, the first found among equals.
 */
export function clearPadding(
	frame: { width: number; height: number },
	overlays: readonly FrameRect[],
	place: { width: number; height: number }
): Padding {
	const { width, height } = frame;
	// How far in from each side (SIDES' order) each overlay reaches.
	const reaches = overlays.map((box) => SIDES.map((side) => reach(box, side, width, height)));
	let best: Padding = { top: CLEARANCE, right: CLEARANCE, bottom: CLEARANCE, left: CLEARANCE };
	let bestScale = -Infinity;
	const combos = 4 ** overlays.length;
	for (let combo = 0; combo < combos; combo++) {
		let top = 0;
		let right = 0;
		let bottom = 0;
		let left = 0;
		let rest = combo;
		for (const sides of reaches) {
			const side = rest % 4;
			rest = Math.floor(rest / 4);
			const by = sides[side]!;
			if (side === 0) top = Math.max(top, by);
			else if (side === 1) right = Math.max(right, by);
			else if (side === 2) bottom = Math.max(bottom, by);
			else left = Math.max(left, by);
		}
		top += CLEARANCE;
		right += CLEARANCE;
		bottom += CLEARANCE;
		left += CLEARANCE;
		const innerWidth = width - left - right;
		const innerHeight = height - top - bottom;
		// A frame mostly covered leaves too small a window: then the place goes under the overlays.
		if (innerWidth < width / 4 || innerHeight < height / 4) continue;
		const scale = Math.min(innerWidth / place.width, innerHeight / place.height);
		if (scale > bestScale) [best, bestScale] = [{ top, right, bottom, left }, scale];
	}
	return best;
}

/**
 * `bounds` grown so that, fitted to a frame of this size (centred, the larger ratio winning, as
 * the SVG map's "meet" and MapLibre's fitBounds both do), the original bounds fill the part of
 * the frame that `overlays` leave clear.
 */
export function clearOfOverlays(
	bounds: LonLatBounds,
	frame: { width: number; height: number },
	overlays: readonly FrameRect[]
): LonLatBounds {
	const { width, height } = frame;
	if (width <= 0 || height <= 0) return bounds;
	const [x, y, w, h] = viewBoxOf(bounds);
	const padding = clearPadding(frame, overlays, { width: w, height: h });
	const inner = {
		width: width - padding.left - padding.right,
		height: height - padding.top - padding.bottom
	};
	// Base-map units per pixel, and where the frame's corners fall at that scale.
	const units = Math.max(w / inner.width, h / inner.height);
	const left = x + w / 2 - (padding.left + inner.width / 2) * units;
	const top = y + h / 2 - (padding.top + inner.height / 2) * units;
	const [west, north] = fromBasemap([left, top]);
	const [east, south] = fromBasemap([left + width * units, top + height * units]);
	return [
		[west, south],
		[east, north]
	];
}
