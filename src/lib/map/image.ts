/**
 * The map as a downloadable image: the view the reader has (its centre and scale, whichever map
 * drew it), drawn as the SVG map draws it (the countries and their colours, the place names that
 * fit, the marks laid out at that zoom, the key) with every colour resolved, framed with the
 * title, the source line and the base map's credit (src/lib/download/image.ts). Pure.
 */
import { isEuropean } from '$lib/data/countries';
import type { Commitment, Status } from '$lib/data/types';
import type { MapView } from '$lib/frame/camera';
import { layoutMarks, type LabelPoints } from '$lib/frame/marks';
import { toBasemap, zoomOfScale } from '$lib/frame/projection';
import { frameImage, type ImageDocument, type ImageTexts } from '$lib/download/image';
import {
	clusterSvg,
	colourKeySvg,
	keySvg,
	symbolSvg,
	type ColourKey,
	type KeyWords
} from '$lib/download/marks-svg';
import { boxOf } from '$lib/share/card';
import { escapeXml } from '$lib/share/text';
import { MAP_COLORS, type Scheme } from '$lib/symbols/palette';
import {
	CITY_DOT,
	COUNTRY_TRACKING,
	LABEL_FONT_PX,
	displayText,
	estimateTextWidth,
	fitLabels,
	type PlaceLabel
} from './labels';

/** The smallest picture: a phone's map is widened (more of the map around the same centre). */
export const MIN_IMAGE = { width: 640, height: 420 } as const;

export interface MapImageInput {
	view: MapView;
	scheme: Scheme;
	locale: string;
	/** Country outlines in the base map's frame. */
	shapes: readonly { iso2: string; d: string }[];
	/** The choropleth's colour of each country, resolved for `scheme` (none: plain land). */
	fills: Record<string, string>;
	highlightCountry: string | null;
	selectedCountry: string | null;
	/** The commitments the filters let through. */
	shown: readonly Commitment[];
	labels: LabelPoints;
	selected: string | null;
	placeNames: readonly PlaceLabel[];
	texts: ImageTexts;
	key: KeyWords & { statuses: Record<Status, string> };
	/** The choropleth's key, when the countries are coloured (drawn in the bottom-left corner). */
	colourKey?: ColourKey | null;
}

const f = (n: number) => Math.round(n * 10) / 10;

/** The map part of the image, in pixels, and how many marks it draws. */
export function mapBody(input: MapImageInput): {
	svg: string;
	width: number;
	height: number;
	marks: number;
} {
	const { view, scheme } = input;
	const colours = MAP_COLORS[scheme];
	const width = Math.max(Math.round(view.width), MIN_IMAGE.width);
	const height = Math.max(Math.round(view.height), MIN_IMAGE.height);
	const upp = view.unitsPerPixel;
	const [x0, y0] = [view.centre[0] - (width / 2) * upp, view.centre[1] - (height / 2) * upp];
	const box: [number, number, number, number] = [x0, y0, width * upp, height * upp];
	const px = ([x, y]: [number, number]): [number, number] => [(x - x0) / upp, (y - y0) / upp];

	const inView = (d: string) => {
		const [bx0, by0, bx1, by1] = boxOf(d);
		return bx1 >= x0 && bx0 <= x0 + box[2] && by1 >= y0 && by0 <= y0 + box[3];
	};
	const fillOf = (iso2: string) =>
		iso2 === input.highlightCountry
			? colours.highlight
			: (input.fills[iso2] ?? (isEuropean(iso2) ? colours.land : colours.otherLand));
	const shapes = input.shapes.filter((s) => inView(s.d));
	const countries = shapes
		.map((s) => `<path d="${escapeXml(s.d)}" fill="${fillOf(s.iso2)}"/>`)
		.join('');
	const chosen = shapes
		.filter((s) => s.iso2 === input.selectedCountry)
		.map(
			(s) =>
				`<path d="${escapeXml(s.d)}" fill="none" stroke="${colours.text}" stroke-width="${2 * upp}"/>`
		)
		.join('');

	const zoom = zoomOfScale(upp);
	const names = fitLabels(input.placeNames, {
		zoom,
		unitsPerPixel: upp,
		view: box,
		width: (label) => estimateTextWidth(label.kind, displayText(label, input.locale))
	})
		.map(({ label, x, y }) => {
			const [lx, ly] = px([x, y]);
			const text = escapeXml(displayText(label, input.locale));
			const halo = `paint-order="stroke" stroke="${colours.paper}" stroke-width="3" stroke-linejoin="round"`;
			return label.kind === 'city'
				? `<g transform="translate(${f(lx)} ${f(ly)})"><circle r="${CITY_DOT.radius}" fill="${colours.labelCity}" stroke="${colours.paper}" stroke-width="1.5"/>` +
						`<text x="${CITY_DOT.radius + CITY_DOT.gap}" dy="0.35em" font-size="${LABEL_FONT_PX.city}" fill="${colours.labelCity}" ${halo}>${text}</text></g>`
				: `<text x="${f(lx)}" y="${f(ly)}" dy="0.35em" text-anchor="middle" font-size="${LABEL_FONT_PX.country}" font-weight="600" ` +
						`letter-spacing="${COUNTRY_TRACKING}em" fill="${colours.labelCountry}" ${halo}>${text}</text>`;
		})
		.join('');

	const marks = layoutMarks(input.shown, input.labels, Math.floor(zoom), input.selected);
	const drawn = marks
		.map((mark) => {
			const [mx, my] = px(toBasemap(mark.at));
			const at = `transform="translate(${f(mx + mark.offset[0])} ${f(my + mark.offset[1])})"`;
			return mark.kind === 'single'
				? `<g class="mark" data-id="${escapeXml(mark.id)}" ${at}>${symbolSvg(mark.type, mark.status, scheme, { countryWide: mark.countryWide })}</g>`
				: `<g class="mark cluster" data-ids="${escapeXml(mark.ids.join(' '))}" ${at}>${clusterSvg(mark.ids.length, scheme)}</g>`;
		})
		.join('');

	const key = keySvg(input.key, scheme);
	const colourKey = input.colourKey ? colourKeySvg(input.colourKey, scheme) : null;
	const colourKeyAt = colourKey ? `translate(10 ${height - colourKey.height - 10})` : '';
	const svg =
		`<clipPath id="map-view"><rect width="${width}" height="${height}"/></clipPath>` +
		`<g clip-path="url(#map-view)"><rect width="${width}" height="${height}" fill="${colours.sea}"/>` +
		`<g transform="scale(${1 / upp}) translate(${-x0} ${-y0})" stroke="${colours.border}" ` +
		`stroke-width="${0.7 * upp}" stroke-linejoin="round">${countries}${chosen}</g>` +
		`<g class="place-names">${names}</g><g class="marks">${drawn}</g>` +
		`<g transform="translate(10 10)">${key.svg}</g>` +
		(colourKey ? `<g transform="${colourKeyAt}">${colourKey.svg}</g>` : '') +
		'</g>' +
		`<rect width="${width}" height="${height}" fill="none" stroke="${colours.border}"/>`;
	return { svg, width, height, marks: marks.length };
}

/** The whole image: the map framed with its title, notes and credits. */
export function mapImage(input: MapImageInput): ImageDocument {
	return frameImage(mapBody(input), input.texts, input.scheme);
}
