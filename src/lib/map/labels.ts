/**
 * Place names on the map, as pure data for both maps: which names there are (every European
 * country's, at its label point, and the gazetteer's cities from a closer zoom), in what order
 * they claim space, and, for the SVG map, which of them fit at a zoom without touching another
 * name or a mark. MapLibre places the same labels with its own collision index (gl-labels.ts).
 */
import type { LonLatBounds } from '$lib/frame/extent';
import { toBasemap } from '$lib/frame/projection';

/** A city as a page gives it to the maps: its name already in the page's language. */
export interface MapPlace {
	id: string;
	point: [number, number];
	/** Natural Earth's zoom from which it is shown. */
	minZoom: number;
	name: string;
	capital: boolean;
	population: number;
}

export type LabelKind = 'country' | 'city';

export interface PlaceLabel {
	id: string;
	kind: LabelKind;
	point: [number, number];
	text: string;
	/** The MapLibre zoom from which it may be shown. */
	minZoom: number;
	/** Lower claims its space first: countries by size, then capitals, then cities by size. */
	rank: number;
}

/** Cities appear from this zoom at the earliest: at the first view, the countries speak. */
export const CITY_MIN_ZOOM = 4;

/** The text's size in CSS pixels, on both maps. */
export const LABEL_FONT_PX = { country: 11, city: 11 } as const;
/** Country names are set in capitals, spaced by this fraction of an em. */
export const COUNTRY_TRACKING = 0.08;
/**
 * The city's dot: its radius, and the gap between it and the name, wide enough that the name
 * starts clear of a mark drawn at the city (half a mark and its halo: about 9.5 pixels).
 */
export const CITY_DOT = { radius: 2.5, gap: 7 } as const;

/** A box's width and height in the base map's units. */
function extentOf([[w, s], [e, n]]: LonLatBounds): { width: number; height: number } {
	const [x0, y0] = toBasemap([w, n]);
	const [x1, y1] = toBasemap([e, s]);
	return { width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

/** A country is named once its main polygon is this many pixels across. */
export const COUNTRY_MIN_PX = 36;

/** The base map's units per pixel at zoom 0 (a 512-pixel world, as MapLibre's). */
function unitsPerPixelAtZoom0(): number {
	const [x0] = toBasemap([0, 0]);
	const [x1] = toBasemap([1, 0]);
	return ((x1 - x0) * 360) / 512;
}

/** The zoom from which a box of this extent is `COUNTRY_MIN_PX` across: no name for a dot. */
export function countryMinZoom(extent: { width: number; height: number }): number {
	const pixelsAtZoom0 = Math.max(extent.width, extent.height) / unitsPerPixelAtZoom0();
	if (pixelsAtZoom0 <= 0) return 0;
	return Math.max(0, Math.round(Math.log2(COUNTRY_MIN_PX / pixelsAtZoom0) * 10) / 10);
}

/**
 * Every label the maps may show. `focus` (each country's largest polygon's box) ranks the
 * countries: the bigger claims its space first, so the small ones give way at the first view.
 */
export function placeLabels(inputs: {
	labels: Record<string, [number, number]>;
	focus: Record<string, LonLatBounds>;
	places: readonly MapPlace[];
	countryName: (iso2: string) => string;
}): PlaceLabel[] {
	const countries = Object.entries(inputs.labels)
		.map(([iso2, point]) => {
			const box = inputs.focus[iso2];
			const extent = box ? extentOf(box) : { width: 0, height: 0 };
			return { iso2, point, extent, area: extent.width * extent.height };
		})
		.sort((a, b) => b.area - a.area || a.iso2.localeCompare(b.iso2))
		.map(({ iso2, point, extent }, i): PlaceLabel => ({
			id: `country-${iso2}`,
			kind: 'country',
			point,
			text: inputs.countryName(iso2),
			minZoom: countryMinZoom(extent),
			rank: i
		}));
	const cities = [...inputs.places]
		.sort(
			(a, b) =>
				Number(b.capital) - Number(a.capital) ||
				b.population - a.population ||
				a.id.localeCompare(b.id)
		)
		.map((p, i): PlaceLabel => ({
			id: `city-${p.id}`,
			kind: 'city',
			point: p.point,
			text: p.name,
			minZoom: Math.max(CITY_MIN_ZOOM, p.minZoom),
			rank: countries.length + i
		}));
	return [...countries, ...cities];
}

/** The text as drawn: country names in capitals (in the page's language's rules). */
export function displayText(label: Pick<PlaceLabel, 'kind' | 'text'>, locale: string): string {
	return label.kind === 'country' ? label.text.toLocaleUpperCase(locale) : label.text;
}

/** A box in screen pixels, relative to the label's point. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/**
 * Where a label's ink lies around its point, from the width of its text: a country's name is
 * centred on it; a city's dot is on it, its name to the right.
 */
export function labelBox(kind: LabelKind, textWidth: number): Box {
	const half = LABEL_FONT_PX[kind] * 0.65;
	if (kind === 'country') return { x0: -textWidth / 2, y0: -half, x1: textWidth / 2, y1: half };
	const dot = CITY_DOT.radius + 1;
	return { x0: -dot, y0: -half, x1: dot + CITY_DOT.gap + textWidth, y1: half };
}

/**
 * A width for the text without measuring it (the server has no fonts): an average advance per
 * character of the system sans-serif, a little generous, so an estimate never lets two names
 * touch.
 */
export function estimateTextWidth(kind: LabelKind, text: string): number {
	const size = LABEL_FONT_PX[kind];
	const advance = kind === 'country' ? 0.72 + COUNTRY_TRACKING : 0.56;
	return Math.ceil(text.length * size * advance);
}

/** The Web Mercator zoom (512-pixel world, as MapLibre's) at which the SVG map shows `upp`. */
export function zoomOfScale(unitsPerPixel: number): number {
	return Math.log2(unitsPerPixelAtZoom0() / unitsPerPixel);
}

const overlaps = (a: Box, b: Box, pad: number) =>
	a.x0 - pad < b.x1 && b.x0 - pad < a.x1 && a.y0 - pad < b.y1 && b.y0 - pad < a.y1;

export interface PlacedLabel {
	label: PlaceLabel;
	/** The point, in the caller's units (the SVG map's base map frame). */
	x: number;
	y: number;
}

/**
 * The labels that fit at `zoom`, in rank order, none touching another: the SVG map's answer to
 * MapLibre's collision (gl-labels.ts places them by the same rules). They take no account of the
 * marks, drawn above them: a name kept off every mark would leave the cities with commitments,
 * and France or Germany, unnamed. Points are in the base map's units; `unitsPerPixel` turns
 * them into screen pixels.
 */
export function fitLabels(
	labels: readonly PlaceLabel[],
	options: {
		zoom: number;
		unitsPerPixel: number;
		/** The visible part of the base map [x, y, width, height], in its units. */
		view: [number, number, number, number];
		width: (label: PlaceLabel) => number;
	}
): PlacedLabel[] {
	const { zoom, unitsPerPixel: upp, view } = options;
	const taken: Box[] = [];
	const [vx, vy, vw, vh] = view;
	const placed: PlacedLabel[] = [];
	for (const label of [...labels].sort((a, b) => a.rank - b.rank)) {
		if (zoom < label.minZoom) continue;
		const [x, y] = toBasemap(label.point);
		if (x < vx || x > vx + vw || y < vy || y > vy + vh) continue;
		const box = labelBox(label.kind, options.width(label));
		const screen = {
			x0: x / upp + box.x0,
			y0: y / upp + box.y0,
			x1: x / upp + box.x1,
			y1: y / upp + box.y1
		};
		if (taken.some((t) => overlaps(screen, t, 2))) continue;
		taken.push(screen);
		placed.push({ label, x, y });
	}
	return placed;
}
