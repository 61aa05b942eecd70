/**
 * MapLibre's place names, with no glyph server: each name is drawn once, on demand, on a canvas
 * in the page's own font (as the symbols are, ./icons.ts), and placed as an icon by a symbol
 * layer whose collision keeps names off each other and off the marks (placed first, above).
 */
import type { Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_COLORS, type Scheme } from '$lib/symbols/palette';
import {
	CITY_DOT,
	COUNTRY_TRACKING,
	LABEL_FONT_PX,
	displayText,
	type LabelKind,
	type PlaceLabel
} from './labels';

const PIXEL_RATIO = 2;
/** The halo's width, and the room around the ink for it (in CSS pixels). */
const HALO = 3;
const PAD = 1;
const PREFIX = 'place|';

/** The image that draws a name: its kind and its text (a new language brings new images). */
export const placeImageId = (kind: LabelKind, text: string) => `${PREFIX}${kind}|${text}`;
export function parsePlaceImageId(id: string): { kind: LabelKind; text: string } | null {
	if (!id.startsWith(PREFIX)) return null;
	const rest = id.slice(PREFIX.length);
	const bar = rest.indexOf('|');
	const kind = rest.slice(0, bar);
	return kind === 'country' || kind === 'city' ? { kind, text: rest.slice(bar + 1) } : null;
}

/** The labels as points for the 'places' source, each naming its image. */
export function placeFeatures(
	labels: readonly PlaceLabel[],
	locale: string
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: labels.map((label) => ({
			type: 'Feature',
			id: label.id,
			geometry: { type: 'Point', coordinates: label.point },
			properties: {
				id: label.id,
				kind: label.kind,
				rank: label.rank,
				minZoom: label.minZoom,
				image: placeImageId(label.kind, displayText(label, locale))
			}
		}))
	};
}

/** The city's dot sits on its point: the image starts this far to its left. */
const CITY_OFFSET = -(PAD + HALO / 2 + CITY_DOT.radius);

export const COUNTRY_NAMES_LAYER = 'country-names';
export const CITY_NAMES_LAYER = 'city-names';

/**
 * The names' layers, to go between the countries and the marks (drawn above them, taking no
 * room). MapLibre places symbols from the top layer down: the countries' names first, the
 * bigger first, then the cities' names, which make way for them and for each other. A city's
 * name starts clear of a mark at its own point (labels.ts, CITY_DOT).
 */
export function placeNamesLayers(): SymbolLayerSpecification[] {
	const names = (kind: LabelKind): SymbolLayerSpecification => ({
		id: kind === 'city' ? CITY_NAMES_LAYER : COUNTRY_NAMES_LAYER,
		type: 'symbol',
		source: 'places',
		filter: ['all', ['==', ['get', 'kind'], kind], ['>=', ['zoom'], ['get', 'minZoom']]],
		layout: {
			'icon-image': ['get', 'image'],
			'icon-anchor': kind === 'city' ? 'left' : 'center',
			'icon-offset': [kind === 'city' ? CITY_OFFSET : 0, 0],
			'icon-padding': 1,
			'symbol-sort-key': ['get', 'rank']
		}
	});
	return [names('city'), names('country')];
}

function fontOf(kind: LabelKind, family: string): string {
	return `${kind === 'country' ? 600 : 400} ${LABEL_FONT_PX[kind]}px ${family}`;
}

/** A name drawn in `scheme`: muted ink over a paper halo, with a dot for a city. */
export function drawPlaceName(
	kind: LabelKind,
	text: string,
	scheme: Scheme,
	family: string
): { width: number; height: number; data: Uint8ClampedArray } {
	const colours = MAP_COLORS[scheme];
	const measure = document.createElement('canvas').getContext('2d');
	if (!measure) throw new Error('No 2D canvas context to draw place names');
	const size = LABEL_FONT_PX[kind];
	const tracking = kind === 'country' ? `${COUNTRY_TRACKING * size}px` : '0px';
	measure.font = fontOf(kind, family);
	measure.letterSpacing = tracking;
	const textWidth = Math.ceil(measure.measureText(text).width);
	const lead = kind === 'city' ? 2 * CITY_DOT.radius + CITY_DOT.gap : 0;
	const width = lead + textWidth + 2 * (PAD + HALO / 2);
	const height = Math.ceil(size * 1.3) + 2 * PAD;
	const canvas = document.createElement('canvas');
	canvas.width = width * PIXEL_RATIO;
	canvas.height = height * PIXEL_RATIO;
	const context = canvas.getContext('2d')!;
	context.scale(PIXEL_RATIO, PIXEL_RATIO);
	context.font = fontOf(kind, family);
	context.letterSpacing = tracking;
	context.textBaseline = 'middle';
	const ink = kind === 'country' ? colours.labelCountry : colours.labelCity;
	const x = PAD + HALO / 2;
	const y = height / 2;
	if (kind === 'city') {
		context.beginPath();
		context.arc(x + CITY_DOT.radius, y, CITY_DOT.radius, 0, 2 * Math.PI);
		context.fillStyle = ink;
		context.strokeStyle = colours.paper;
		context.lineWidth = 1.5;
		context.stroke();
		context.fill();
	}
	context.lineJoin = 'round';
	context.lineWidth = HALO;
	context.strokeStyle = colours.paper;
	context.strokeText(text, x + lead, y);
	context.fillStyle = ink;
	context.fillText(text, x + lead, y);
	const image = context.getImageData(0, 0, canvas.width, canvas.height);
	return { width: image.width, height: image.height, data: image.data };
}

/**
 * Draws a name the first time the layer asks for its image (`id`), in the scheme of the moment:
 * given to the map's one missing-image resolver (gl-setup.ts).
 */
export function placeNameDrawer(map: MapLibreMap, scheme: () => Scheme): (id: string) => void {
	const family = getComputedStyle(map.getContainer()).fontFamily || 'sans-serif';
	return (id) => {
		const name = parsePlaceImageId(id);
		if (!name || map.hasImage(id)) return;
		map.addImage(id, drawPlaceName(name.kind, name.text, scheme(), family), {
			pixelRatio: PIXEL_RATIO
		});
	};
}

/** Redraws the names already drawn, in another scheme (same size: only the colours change). */
export function redrawPlaceNames(map: MapLibreMap, scheme: Scheme): void {
	const family = getComputedStyle(map.getContainer()).fontFamily || 'sans-serif';
	for (const id of map.listImages()) {
		const name = parsePlaceImageId(id);
		if (name) map.updateImage(id, drawPlaceName(name.kind, name.text, scheme, family));
	}
}
