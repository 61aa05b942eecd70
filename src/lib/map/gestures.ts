/**
 * How the interactive map shares gestures with the page: in an embed, and on a touch screen, one
 * finger (or the wheel) scrolls the page and two fingers (or Ctrl/⌘ + wheel) move the map, as
 * MapLibre's cooperative gestures do; with its hint in the page's language.
 */
import type { Messages } from '$lib/i18n';

/** A phone or tablet: its primary pointer is a finger. */
export function touchFirst(): boolean {
	return (
		matchMedia('(pointer: coarse)').matches ||
		(navigator.maxTouchPoints > 0 && matchMedia('(hover: none)').matches)
	);
}

/** MapLibre's cooperative-gesture hints, in the page's language. */
export function cooperativeHelp(m: Messages): Record<string, string> {
	return {
		'CooperativeGesturesHandler.WindowsHelpText': m.mapReading.ctrlScrollToZoom,
		'CooperativeGesturesHandler.MacHelpText': m.mapReading.cmdScrollToZoom,
		'CooperativeGesturesHandler.MobileHelpText': m.mapReading.twoFingersToMove
	};
}
