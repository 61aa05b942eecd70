import { describe, expect, it } from 'vitest';
import { IMAGE_COLOURS, frameImage } from '../../src/lib/download/image';
import { clusterSvg, colourKeySvg, keySvg, symbolSvg } from '../../src/lib/download/marks-svg';
import { toBasemap } from '../../src/lib/frame/projection';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { MIN_IMAGE, mapBody, mapImage, type MapImageInput } from '../../src/lib/map/image';
import { wheelSteps, zoomAtPoint } from '../../src/lib/map/svg-camera';
import { MAP_COLORS } from '../../src/lib/symbols/palette';
import { commitment } from './helpers/commitment';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const BODY = { svg: '<rect class="picture" width="300" height="100"/>', width: 300, height: 100 };

describe('frameImage', () => {
	const image = frameImage(
		BODY,
		{
			title: 'Sites & <regions>',
			notes: ['Filtered: Security only', null],
			credits: ['Source line']
		},
		'light'
	);

	it('is the body plus a 20 px margin wide, with the title and notes above and credits below', () => {
		expect(image.width).toBe(340);
		// Title line 20 + 25 = 45, note 45 + 19 = 64, body from 64 + 12 = 76 to 176,
		// credit 176 + 6 + 16 = 198, foot 198 + 20 - 4 = 214.
		expect(image.svg).toContain('<g class="body" transform="translate(20 76)">');
		expect(image.height).toBe(214);
		expect(image.svg).toContain(`width="340" height="214" viewBox="0 0 340 214"`);
	});

	it('escapes the texts, skips an empty note and draws on the page colour', () => {
		expect(image.svg).toContain('<title>Sites &amp; &lt;regions&gt;</title>');
		expect(image.svg).toContain('>Sites &amp; &lt;regions&gt;</text>');
		expect(image.svg.match(/<text /g)).toHaveLength(3);
		expect(image.svg).toContain(`fill="${IMAGE_COLOURS.light.page}"`);
		expect(image.svg).toContain('y="195"'); // the credit's baseline, 3 px above its line's foot
	});

	it('uses the dark page colours in the dark scheme', () => {
		const dark = frameImage(BODY, { title: 'T', notes: [], credits: [] }, 'dark');
		expect(dark.svg).toContain(`fill="${IMAGE_COLOURS.dark.page}"`);
		expect(dark.svg).toContain(`fill="${IMAGE_COLOURS.dark.ink}"`);
	});

	it('wraps a long credit into lines that fit the width', () => {
		const long = frameImage(
			BODY,
			{ title: 'T', notes: [], credits: [en.download.source('30 November 2026')] },
			'light'
		);
		// 300 px at 12 px (6.48 px a character): 46 characters a line, so two lines.
		expect(long.svg).toContain('>Europe Commitments Map, data checked on 30</text>');
		expect(long.svg).toContain('>November 2026, CC BY 4.0</text>');
	});
});

describe('the marks as strings', () => {
	it('draws a country-wide symbol in a dashed ring, on paper, in its type colour', () => {
		const svg = symbolSvg('training', 'announced', 'light', { countryWide: true });
		expect(svg).toContain('stroke-dasharray="2.6 1.9"');
		expect(svg).toContain('stroke="#007A5A"');
		expect(svg).toContain('fill-opacity="0"');
	});

	it('draws the key neutral, in the text colour, with every status and the cluster', () => {
		const key = keySvg(
			{
				title: fr.marks.key,
				statuses: fr.statuses,
				countryWide: fr.marks.countryWide,
				cluster: fr.download.cluster
			},
			'dark'
		);
		for (const word of [...Object.values(fr.statuses), fr.marks.countryWide, fr.download.cluster]) {
			expect(key.svg).toContain(`>${word}</text>`);
		}
		expect(key.svg).toContain(`stroke="${MAP_COLORS.dark.text}"`);
		expect(key.svg).not.toContain('#0072B2');
		// Title and five rows of 20 px, and 8 px above and below.
		expect(key.height).toBe(136);
		expect(clusterSvg(12, 'light')).toContain('r="11"');
	});
});

describe('colourKeySvg', () => {
	it('draws a swatch and words for each class, wrapping rows at the width', () => {
		const items = ['none', '1', '2–3', '≥ 4'].map((label, i) => ({ colour: `#00000${i}`, label }));
		const key = colourKeySvg({ title: 'Commitments', items }, 'light', 100);
		for (const { colour, label } of items) {
			expect(key.svg).toContain(`fill="${colour}"`);
			expect(key.svg).toContain(`>${escape(label)}</text>`);
		}
		// Each item is 18 + 6.6 px a character + 10 wide: "none" 54.4, "1" 34.6, "2–3" 47.8, "≥ 4" 47.8.
		// 84 px of room a row (100 less two 8 px margins): none | 1, 2–3 | ≥ 4: the title and three rows of 20.
		expect(key.height).toBe(16 + 20 * 4);
		expect(key.width).toBeLessThanOrEqual(100);
	});
});

describe('mapBody', () => {
	// The base map's frame at 1 unit a pixel, 640 × 420 around (500, 500): x 180–820, y 290–710.
	const centre: [number, number] = [500, 500];
	const inside = 'M400,400L420,400L420,420Z';
	const outside = 'M900,900L950,900L950,950Z';
	const paris = commitment({
		id: 'paris',
		precision: 'site',
		coordinates: [2.35, 48.86]
	});
	const helsinki = commitment({
		id: 'helsinki',
		country: 'FI',
		type: 'security',
		status: 'announced',
		precision: 'site',
		coordinates: [24.94, 60.17]
	});
	const input: MapImageInput = {
		view: { centre, unitsPerPixel: 1, width: 640, height: 420 },
		scheme: 'light',
		locale: 'en',
		shapes: [
			{ iso2: 'FR', d: inside },
			{ iso2: 'RU', d: outside }
		],
		fills: { FR: '#123456' },
		highlightCountry: null,
		selectedCountry: 'FR',
		shown: [paris, helsinki],
		labels: {},
		selected: null,
		placeNames: [],
		texts: { title: 'Map', notes: [], credits: ['Credit'] },
		key: { title: 'Key', statuses: en.statuses, countryWide: 'Country-wide', cluster: 'Several' }
	};
	const body = mapBody(input);

	it('draws the countries in view only, in their colours, the chosen one outlined', () => {
		expect(body.svg).toContain(`<path d="${inside}" fill="#123456"/>`);
		expect(body.svg).not.toContain(outside);
		expect(body.svg).toContain(`<path d="${inside}" fill="none" stroke="${MAP_COLORS.light.text}"`);
		expect(body.svg).toContain('transform="scale(1) translate(-180 -290)"');
	});

	it('draws each mark where the map does, in pixels from the view’s corner', () => {
		expect(body.marks).toBe(2);
		const [x, y] = toBasemap([2.35, 48.86]);
		const at = `translate(${Math.round((x - 180) * 10) / 10} ${Math.round((y - 290) * 10) / 10})`;
		expect(body.svg).toContain(`<g class="mark" data-id="paris" transform="${at}">`);
		expect(body.svg).toContain('data-id="helsinki"');
	});

	it('widens a phone’s small view to the smallest image, around the same centre', () => {
		const small = mapBody({
			...input,
			view: { centre, unitsPerPixel: 1, width: 300, height: 500 }
		});
		expect([small.width, small.height]).toEqual([MIN_IMAGE.width, 500]);
		expect(small.svg).toContain('translate(-180 -250)');
	});

	it('frames the map with its title and credits', () => {
		const image = mapImage(input);
		expect(image.width).toBe(680);
		expect(image.svg).toContain('>Map</text>');
		expect(image.svg).toContain('>Credit</text>');
		expect(image.svg).toContain('<g class="key"');
	});
});

describe('the SVG map and the wheel', () => {
	it('zooms keeping the pointer’s point in place', () => {
		// A quarter of the way from the corner of [0, 0, 100, 100] (25 units left and above the
		// centre), zoomed twice: the box halves, and the point is still a quarter of the way.
		expect(zoomAtPoint([0, 0, 100, 100], [0, 0, 100, 100], [-25, -25], 2)).toEqual([
			12.5, 12.5, 50, 50
		]);
	});

	it('zooms half a step a notch, at most one step an event', () => {
		expect(wheelSteps(-100, 0)).toBe(0.5);
		expect(wheelSteps(100, 0)).toBe(-0.5);
		expect(wheelSteps(-3, 1)).toBe(0.495);
		expect(wheelSteps(-1000, 0)).toBe(1);
	});
});
