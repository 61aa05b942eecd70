/**
 * The interactive map's camera (see MapCamera): the controls' zoom, pan and reset, and bringing
 * a place into view, eased unless the reader prefers reduced motion.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapCamera } from '$lib/frame/camera';
import { EUROPE_VIEW } from '$lib/frame/extent';
import { scaleOfZoom, toBasemap } from '$lib/frame/projection';

export interface GlCamera extends MapCamera {
	/** An animation's length: none with reduced motion. */
	duration(ms: number): number;
}

export function glCamera(map: () => MapLibreMap | null, reducedMotion: () => boolean): GlCamera {
	const duration = (ms: number) => (reducedMotion() ? 0 : ms);
	return {
		duration,
		zoomBy(delta) {
			const m = map();
			m?.easeTo({ zoom: m.getZoom() + delta, duration: duration(250) });
		},
		panBy(dx, dy) {
			const m = map();
			if (!m) return;
			const { clientWidth, clientHeight } = m.getContainer();
			m.panBy([dx * clientWidth * 0.3, dy * clientHeight * 0.3], { duration: duration(250) });
		},
		resetView() {
			map()?.fitBounds(EUROPE_VIEW, { animate: !reducedMotion() });
		},
		view() {
			const m = map();
			if (!m) return null;
			const { lng, lat } = m.getCenter();
			const { clientWidth: width, clientHeight: height } = m.getContainer();
			return {
				centre: toBasemap([lng, lat]),
				unitsPerPixel: scaleOfZoom(m.getZoom()),
				width,
				height
			};
		},
		show(target) {
			const m = map();
			if (!m) return;
			if ('point' in target) {
				const zoom = Math.max(m.getZoom(), 5);
				m.easeTo({ center: target.point, zoom, duration: duration(600) });
			} else {
				m.fitBounds(target.bounds, { animate: !reducedMotion() });
			}
		}
	};
}
