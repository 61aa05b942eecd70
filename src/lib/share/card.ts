/**
 * A page's share card (og:image): a 1200×630 SVG of the same base map the page shows, framed
 * on the page's place, with its commitments as the map's symbols, its figures, the dataset's date
 * and the credit line. Pure (a string): the build rasterises it (src/routes/og, resvg), the unit
 * tests read it.
 */
import type { CommitmentType, Status } from '$lib/data/types';
import { MAP_COLORS, TYPE_STYLE } from '$lib/symbols/palette';
import { PAPER_STROKE, symbolInk, symbolPath } from '$lib/symbols/symbols';
import { escapeXml, wrapText } from './text';

export { escapeXml, wrapText };

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The map's part of the card: its right side, the full height. */
const MAP_AREA = { x: 560, y: 0, width: 640, height: 630 } as const;
const TEXT_X = 56;
/** The text column's width. */
const TEXT_WIDTH = MAP_AREA.x - TEXT_X - 32;

export interface CardTexts {
	/** Small, above the title: the site's name. */
	kicker: string;
	title: string;
	/** The headline figures, one a line ("7 commitments"). */
	figures: string[];
	/** "Europe Commitments Map · data checked on 30 November 2026 · CC BY 4.0 · Base map: …" */
	credit: string;
}

export interface CardSymbol {
	type: CommitmentType;
	status: Status;
	/** In the base map's frame (toBasemap). */
	at: [number, number];
}

export interface CardMap {
	/** The base map's country paths (basemap.json), in its 1000×1000 frame. */
	shapes: readonly { iso2: string; d: string }[];
	/** What to show, in the base map's frame: [x, y, width, height] (viewBoxOf). */
	box: readonly [number, number, number, number];
	/** The country the page is about, drawn highlighted; null for all of Europe. */
	highlight: string | null;
	isEuropean: (iso2: string) => boolean;
	symbols: readonly CardSymbol[];
	/** Where to ring a country too small to see (a microstate), in the base map's frame. */
	ring?: [number, number] | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The base map's frame → the card's pixels: `box` fitted (whole, centred) in the map area. */
function fit(box: CardMap['box']) {
	const [bx, by, bw, bh] = box;
	const k = Math.min(MAP_AREA.width / bw, MAP_AREA.height / bh);
	const x = MAP_AREA.x + (MAP_AREA.width - k * bw) / 2 - k * bx;
	const y = MAP_AREA.y + (MAP_AREA.height - k * bh) / 2 - k * by;
	return { k, x, y, point: ([px, py]: [number, number]) => [x + k * px, y + k * py] as const };
}

/** A path's bounding box, from its numbers (the base map's paths are M/L/Z with x,y pairs). */
const boxes = new Map<string, [number, number, number, number]>();
export function boxOf(d: string): [number, number, number, number] {
	let box = boxes.get(d);
	if (!box) {
		const n = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
		const xs = n.filter((_, i) => i % 2 === 0);
		const ys = n.filter((_, i) => i % 2 === 1);
		box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
		boxes.set(d, box);
	}
	return box;
}

/** The map's part of the card: an SVG fragment in the card's coordinates. */
export function mapSvg(map: CardMap): string {
	const colours = MAP_COLORS.light;
	const { k, x, y, point } = fit(map.box);
	const fillOf = (iso2: string) =>
		iso2 === map.highlight
			? colours.highlight
			: map.isEuropean(iso2)
				? colours.land
				: colours.otherLand;
	// The highlighted country last, so its outline is whole.
	// Only the shapes in view: the rasteriser would otherwise trace every country at the zoom.
	const [vx, vy] = [(MAP_AREA.x - x) / k, (MAP_AREA.y - y) / k];
	const [vw, vh] = [MAP_AREA.width / k, MAP_AREA.height / k];
	const inView = (d: string) => {
		const [x0, y0, x1, y1] = boxOf(d);
		return x1 >= vx && x0 <= vx + vw && y1 >= vy && y0 <= vy + vh;
	};
	const shapes = map.shapes
		.filter((s) => inView(s.d))
		.sort((a, b) => Number(a.iso2 === map.highlight) - Number(b.iso2 === map.highlight));
	const paths = shapes
		.map((s) => {
			const stroke =
				s.iso2 === map.highlight ? ` stroke="${colours.text}" stroke-width="${round(2 / k)}"` : '';
			return `<path d="${escapeXml(s.d)}" fill="${fillOf(s.iso2)}"${stroke}/>`;
		})
		.join('');
	const size = 20;
	const symbols = map.symbols
		.map((s) => {
			const [px, py] = point(s.at);
			const style = TYPE_STYLE[s.type];
			const ink = symbolInk(s.status);
			const d = symbolPath(style.shape, size);
			const at = `transform="translate(${round(px)} ${round(py)})"`;
			return (
				`<path ${at} d="${d}" fill="${colours.paper}" stroke="${colours.paper}" stroke-width="${PAPER_STROKE}"/>` +
				`<path ${at} d="${d}" fill="${style.color}" fill-opacity="${ink.fillOpacity}" stroke="${style.color}" stroke-width="${ink.strokeWidth}"/>`
			);
		})
		.join('');
	const ring = map.ring ? point(map.ring) : null;
	const ringSvg = ring
		? `<circle cx="${round(ring[0])}" cy="${round(ring[1])}" r="22" fill="none" stroke="${colours.text}" stroke-width="3"/>`
		: '';
	const area = `x="${MAP_AREA.x}" y="${MAP_AREA.y}" width="${MAP_AREA.width}" height="${MAP_AREA.height}"`;
	return (
		`<clipPath id="map"><rect ${area}/></clipPath>` +
		`<g clip-path="url(#map)"><rect ${area} fill="${colours.sea}"/>` +
		`<g transform="translate(${round(x)} ${round(y)}) scale(${round(k * 1000) / 1000})" ` +
		`stroke="${colours.border}" stroke-width="${round(0.8 / k)}" stroke-linejoin="round">${paths}</g>` +
		`${ringSvg}${symbols}</g>`
	);
}

interface Line {
	text: string;
	size: number;
	weight: number;
	colour: string;
	/** The baseline. */
	y: number;
}

const KICKER_Y = 92;
const CREDIT_SIZE = 18;
const CREDIT_LEADING = 26;
const CREDIT_BOTTOM = CARD_SIZE.height - 40;

/** Characters a line holds at `size` px (DejaVu Sans: about 0.6 em a character, bold 0.62). */
const charsAt = (size: number, bold = false) =>
	Math.floor(TEXT_WIDTH / (size * (bold ? 0.63 : 0.58)));

/**
 * The texts' lines and places: the kicker, the title (up to three lines), the figures (up to
 * four, two lines each) and the credit at the foot, at the largest sizes that keep the figures
 * clear of the credit.
 */
export function cardLines(texts: CardTexts): Line[] {
	const ink = MAP_COLORS.light.text;
	const credit = wrapText(texts.credit, charsAt(CREDIT_SIZE), 3);
	const creditTop = CREDIT_BOTTOM - CREDIT_LEADING * (credit.length - 1) - CREDIT_SIZE;
	const figures = texts.figures.slice(0, 4);
	let best: Line[] = [];
	search: for (const titleSize of [56, 48, 42, 36]) {
		for (const figureSize of [30, 27, 24, 21]) {
			const lines: Line[] = [
				{ text: texts.kicker, size: 24, weight: 700, colour: '#0f5c8c', y: KICKER_Y }
			];
			let y = KICKER_Y + 12;
			for (const text of wrapText(texts.title, charsAt(titleSize, true), 3)) {
				y += Math.round(titleSize * 1.12);
				lines.push({ text, size: titleSize, weight: 700, colour: ink, y });
			}
			y += Math.round(figureSize * 0.5);
			for (const figure of figures) {
				y += Math.round(figureSize * 0.45);
				for (const text of wrapText(figure, charsAt(figureSize), 2)) {
					y += Math.round(figureSize * 1.25);
					lines.push({ text, size: figureSize, weight: 400, colour: ink, y });
				}
			}
			best = lines;
			if (y + 24 <= creditTop) break search;
		}
	}
	return [
		...best,
		...credit.map((text, i) => ({
			text,
			size: CREDIT_SIZE,
			weight: 400,
			colour: '#4a5560',
			y: CREDIT_BOTTOM - CREDIT_LEADING * (credit.length - 1 - i)
		}))
	];
}

/**
 * The map's part alone, as an SVG document of its own size (640×630): the build rasterises it
 * once per page and puts the picture in each language's card (mapImage).
 */
export function mapDocument(map: CardMap): string {
	const { x, y, width, height } = MAP_AREA;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
		`viewBox="${x} ${y} ${width} ${height}">${mapSvg(map)}</svg>`
	);
}

/** The map's part as a picture (a data: URL of mapDocument's raster), in its place on the card. */
export function mapImage(href: string): string {
	const { x, y, width, height } = MAP_AREA;
	return `<image x="${x}" y="${y}" width="${width}" height="${height}" href="${escapeXml(href)}"/>`;
}

/**
 * The card as an SVG document, 1200×630, its text in `font` (a family the rasteriser has);
 * `map`: the map's part (mapSvg, or mapImage).
 */
export function cardSvg(texts: CardTexts, map: string, font: string): string {
	const { width, height } = CARD_SIZE;
	const text = cardLines(texts)
		.map(
			(l) =>
				`<text x="${TEXT_X}" y="${l.y}" font-size="${l.size}" font-weight="${l.weight}" fill="${l.colour}">${escapeXml(l.text)}</text>`
		)
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		map +
		`<rect x="0" y="0" width="${MAP_AREA.x}" height="${height}" fill="#ffffff"/>` +
		`<rect x="0" y="0" width="${width}" height="8" fill="#0f5c8c"/>` +
		`<g font-family="${escapeXml(font)}">${text}</g></svg>`
	);
}
