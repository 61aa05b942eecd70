/**
 * A downloaded image of the map or a chart: its picture with the title above it and the source
 * line and credits under it, as one SVG document that needs nothing else (colours resolved, a
 * generic font family, no link to any file). Pure (strings), so a unit test reads it.
 */
import { escapeXml, wrapText } from '$lib/share/text';
import { MAP_COLORS, type Scheme } from '$lib/symbols/palette';

/** The page's colours in each scheme (src/app.css: --page, --ink, --muted). */
export const IMAGE_COLOURS: Record<Scheme, { page: string; ink: string; muted: string }> = {
	light: { page: '#ffffff', ink: MAP_COLORS.light.text, muted: '#58616c' },
	dark: { page: '#0f161e', ink: MAP_COLORS.dark.text, muted: '#a7b2be' }
};

/** A font every system has: the image asks no server for one. */
export const IMAGE_FONT = 'Helvetica, Arial, sans-serif';

export interface ImageTexts {
	title: string;
	/** Under the title, smaller: the filters' note, a chart's units. */
	notes: (string | null | undefined)[];
	/** At the foot, smaller: the source line with the date, the base map's credit. */
	credits: (string | null | undefined)[];
}

/** A picture to frame: an SVG fragment drawn in (0, 0)–(width, height). */
export interface ImageBody {
	svg: string;
	width: number;
	height: number;
}

export interface ImageDocument {
	svg: string;
	width: number;
	height: number;
}

const PAD = 20;
const TITLE = { size: 20, leading: 25 };
const NOTE = { size: 14, leading: 19 };
const CREDIT = { size: 12, leading: 16 };

/** Characters that fit in `width` pixels at `size` (a generous average advance of a sans-serif). */
const charsIn = (width: number, size: number, bold = false) =>
	Math.max(12, Math.floor(width / (size * (bold ? 0.6 : 0.54))));

interface Line {
	text: string;
	y: number;
	size: number;
	bold: boolean;
	muted: boolean;
}

/** `body` framed: title and notes above it, credits below, on the page's colour. */
export function frameImage(body: ImageBody, texts: ImageTexts, scheme: Scheme): ImageDocument {
	const width = Math.round(body.width + 2 * PAD);
	const inner = width - 2 * PAD;
	const lines: Line[] = [];
	let y = PAD;
	for (const text of wrapText(texts.title, charsIn(inner, TITLE.size, true), 3)) {
		y += TITLE.leading;
		lines.push({ text, y: y - 6, size: TITLE.size, bold: true, muted: false });
	}
	for (const note of texts.notes.filter((n): n is string => !!n)) {
		for (const text of wrapText(note, charsIn(inner, NOTE.size), 3)) {
			y += NOTE.leading;
			lines.push({ text, y: y - 4, size: NOTE.size, bold: false, muted: true });
		}
	}
	const top = Math.round(y + 12);
	y = top + body.height + 6;
	for (const credit of texts.credits.filter((c): c is string => !!c)) {
		for (const text of wrapText(credit, charsIn(inner, CREDIT.size), 4)) {
			y += CREDIT.leading;
			lines.push({ text, y: y - 3, size: CREDIT.size, bold: false, muted: true });
		}
	}
	const height = Math.round(y + PAD - 4);
	const colours = IMAGE_COLOURS[scheme];
	const text = lines
		.map(
			(l) =>
				`<text x="${PAD}" y="${l.y}" font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''} ` +
				`fill="${l.muted ? colours.muted : colours.ink}">${escapeXml(l.text)}</text>`
		)
		.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
		`viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT}">` +
		`<title>${escapeXml(texts.title)}</title>` +
		`<rect width="${width}" height="${height}" fill="${colours.page}"/>` +
		`<g class="texts">${text}</g>` +
		`<g class="body" transform="translate(${PAD} ${top})">${body.svg}</g></svg>`;
	return { svg, width, height };
}
