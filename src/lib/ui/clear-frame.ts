/**
 * The map frame's overlays as boxes, and a place's bounds framed clear of them
 * (src/lib/frame/clear-view.ts): on a phone the key and the buttons take much of the map, and a
 * country framed under them hides its marks (Finland's only one, under the key).
 */
import { clearOfOverlays, type FrameRect } from '$lib/frame/clear-view';
import type { CameraTarget } from '$lib/frame/camera';
import type { LonLatBounds } from '$lib/frame/extent';

/**
 * What sits on the map: the Europe-wide box and the marks' key, the shading's key, the buttons,
 * and the note that the simplified map is shown.
 */
const OVERLAYS = '.corner > *, .key, .controls, .pan, .map-note';

export function overlayBoxes(frame: HTMLElement): FrameRect[] {
	const origin = frame.getBoundingClientRect();
	return [...frame.querySelectorAll(OVERLAYS)].flatMap((overlay) => {
		const { x, y, width, height } = overlay.getBoundingClientRect();
		return width > 0 && height > 0 ? [{ x: x - origin.x, y: y - origin.y, width, height }] : [];
	});
}

/** `bounds` grown so that the place they frame is clear of the frame's overlays. */
export function clearFrame(frame: HTMLElement | undefined, bounds: LonLatBounds): LonLatBounds {
	if (!frame) return bounds;
	const size = { width: frame.clientWidth, height: frame.clientHeight };
	return clearOfOverlays(bounds, size, overlayBoxes(frame));
}

/** A camera target with its bounds (a country's) framed clear of the overlays. */
export function clearTarget(frame: HTMLElement | undefined, target: CameraTarget): CameraTarget {
	return 'bounds' in target ? { bounds: clearFrame(frame, target.bounds) } : target;
}
