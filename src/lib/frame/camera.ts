/**
 * What the explorer can ask of a map, whichever draws it (the SVG map or MapLibre's): the
 * controls' zoom, pan and reset, and bringing a place into view. Both map components export
 * exactly these, and the explorer holds whichever is active as a `MapCamera`.
 */
import type { LonLatBounds } from './extent';

/** A place to bring into view: a point (zooming in a little) or a box (a country's). */
export type CameraTarget = { point: [number, number] } | { bounds: LonLatBounds };

/**
 * What the reader sees: the centre in the base map's frame (src/lib/frame/projection), the
 * scale in frame units per screen pixel, and the map's size in pixels (the downloaded image).
 */
export interface MapView {
	centre: [number, number];
	unitsPerPixel: number;
	width: number;
	height: number;
}

export interface MapCamera {
	/** Zoom by steps around the centre: +1 doubles the scale. */
	zoomBy(delta: number): void;
	/** Move the view by fractions of the map's width and height: (1, 0) looks one step east. */
	panBy(dx: number, dy: number): void;
	/** Back to all of Europe. */
	resetView(): void;
	show(target: CameraTarget): void;
	/** The view as it is now (null before the map has a size). */
	view(): MapView | null;
}
