import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Keeps one feature of `source` flagged with `key` (the hovered mark, the highlighted country):
 * set on the new one and cleared on the old one only when the value changes. Call it while a
 * component initialises (it creates an effect).
 */
export function featureStateEffect(
	map: () => MapLibreMap | null,
	source: string,
	key: string,
	get: () => string | null
): void {
	let previous: string | null = null;
	$effect(() => {
		const current = get();
		const m = map();
		if (!m || current === previous) return;
		if (previous) m.setFeatureState({ source, id: previous }, { [key]: false });
		if (current) m.setFeatureState({ source, id: current }, { [key]: true });
		previous = current;
	});
}
