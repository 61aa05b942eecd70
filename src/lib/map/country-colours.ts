/**
 * The explorer's choropleth: every European country coloured by the chosen metric, over the
 * commitments the filters let through (the classes follow them too). The full
 * pages hand this to the explorer; the embed does not, so it ships none of the colour scales.
 */
import { METRIC_INFO, metricValues, type Metric } from '$lib/data/aggregate';
import { EUROPEAN_COUNTRIES } from '$lib/data/countries';
import type { Commitment, Population } from '$lib/data/types';
import type { Scheme } from '$lib/symbols/palette';
import { choropleth, type Choropleth } from './choropleth';

export interface CountryColours {
	/** The key's classes and colours, in the page's scheme. */
	scale: Choropleth;
	/** ISO alpha-2 → colour in the page's scheme (for MapLibre). */
	fills: Record<string, string>;
	/** ISO alpha-2 → `light-dark(…)`: the SVG map is right in either scheme before any script. */
	svgFills: Record<string, string>;
}

/** The colours for a metric over `shown`, the commitments the filters let through. */
export type ColourCountries = (
	metric: Metric,
	scheme: Scheme,
	shown: readonly Commitment[]
) => CountryColours;

export function countryColours(
	commitments: readonly Commitment[],
	populations: readonly Population[]
): ColourCountries {
	return (metric, scheme, shown) => {
		const values = metricValues(metric, EUROPEAN_COUNTRIES, shown, populations, commitments);
		const known = [...values.values()].filter((v): v is number => v !== null);
		const { integer } = METRIC_INFO[metric];
		const light = choropleth(known, 'light', { integer });
		const dark = choropleth(known, 'dark', { integer });
		const scale = scheme === 'light' ? light : dark;
		const fills: Record<string, string> = {};
		const svgFills: Record<string, string> = {};
		for (const [iso2, value] of values) {
			fills[iso2] = scale.color(value);
			svgFills[iso2] = `light-dark(${light.color(value)}, ${dark.color(value)})`;
		}
		return { scale, fills, svgFills };
	};
}
