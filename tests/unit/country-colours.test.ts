import { describe, expect, it } from 'vitest';
import { EUROPEAN_COUNTRIES } from '../../src/lib/data/countries';
import { choropleth } from '../../src/lib/map/choropleth';
import { countryColours } from '../../src/lib/map/country-colours';
import { MAP_COLORS } from '../../src/lib/symbols/palette';
import { commitment } from './helpers/commitment';

// France 3 commitments (one a datacenter site), Germany 1, every other country none.
const COMMITMENTS = [
	commitment({ id: 'fr-1' }),
	commitment({ id: 'fr-2', type: 'security' }),
	commitment({ id: 'fr-3', precision: 'site', coordinates: [2.35, 48.86], city: 'Paris' }),
	commitment({ id: 'de-1', country: 'DE', type: 'training' })
];
const POPULATIONS = [
	{ iso2: 'FR', population: 68_000_000, referenceYear: 2023, source: 'World Bank' }
];
const colour = countryColours(COMMITMENTS, POPULATIONS);

describe('countryColours', () => {
	it('colours every European country by its count of commitments', () => {
		const { fills, scale } = colour('commitments', 'light', COMMITMENTS);
		expect(Object.keys(fills).sort()).toEqual([...EUROPEAN_COUNTRIES].sort());
		// Values 3, 1 and 0s: the same scale as choropleth() of those values, for counts.
		const values = EUROPEAN_COUNTRIES.map((c) => (c === 'FR' ? 3 : c === 'DE' ? 1 : 0));
		const expected = choropleth(values, 'light', { integer: true });
		expect(scale.classes).toEqual(expected.classes);
		expect(fills.FR).toBe(expected.color(3));
		expect(fills.DE).toBe(expected.color(1));
		expect(fills.IT).toBe(MAP_COLORS.light.land);
		expect(fills.FR).not.toBe(fills.DE);
	});

	it('counts only datacenter sites for "sites"', () => {
		const { fills } = colour('sites', 'light', COMMITMENTS);
		// France has one site and is the only country with any: the top class.
		expect(fills.FR).not.toBe(MAP_COLORS.light.land);
		expect(fills.DE).toBe(MAP_COLORS.light.land);
	});

	it('colours by the commitments the filters let through: security only → FR 1, DE 0', () => {
		const shown = COMMITMENTS.filter((c) => c.type === 'security');
		const { fills, scale } = colour('commitments', 'light', shown);
		// One value above zero (FR 1): a single class, the ramp's darkest end.
		const values = EUROPEAN_COUNTRIES.map((c) => (c === 'FR' ? 1 : 0));
		expect(scale.classes).toEqual(choropleth(values, 'light', { integer: true }).classes);
		expect(fills.FR).not.toBe(MAP_COLORS.light.land);
		expect(fills.DE).toBe(MAP_COLORS.light.land);
	});

	it('gives the SVG map both schemes, and MapLibre the page’s', () => {
		const light = colour('commitments', 'light', COMMITMENTS);
		const dark = colour('commitments', 'dark', COMMITMENTS);
		expect(light.svgFills.FR).toBe(`light-dark(${light.fills.FR}, ${dark.fills.FR})`);
		expect(dark.svgFills).toEqual(light.svgFills);
		expect(dark.fills.IT).toBe(MAP_COLORS.dark.land);
	});
});

describe('countryColours by people to train per 1,000 inhabitants', () => {
	it('uses the metric’s facts: fractional classes, the population, no value without one', () => {
		// FR: 340,000 / 68,000,000 × 1000 = 5 per 1,000, the only value above zero.
		// DE has a pledge but no population figure: no value, the zero colour.
		const training = [
			commitment({ id: 'fr-skills', type: 'training', targetPeople: 340_000 }),
			commitment({ id: 'de-skills', country: 'DE', type: 'training', targetPeople: 1_000 })
		];
		const { fills, scale } = countryColours(training, POPULATIONS)(
			'trainingPerThousand',
			'light',
			training
		);
		const values = EUROPEAN_COUNTRIES.map((c) => (c === 'FR' ? 5 : 0));
		// One value above zero: one class, from 0 for a rate (counts would start it at 1).
		const expected = choropleth(values, 'light');
		expect(scale.classes).toEqual(expected.classes);
		expect(scale.classes.map((c) => [c.from, c.to])).toEqual([
			[0, 0],
			[0, null]
		]);
		expect(fills.FR).toBe(expected.color(5));
		expect(fills.DE).toBe(MAP_COLORS.light.land);
	});
});
