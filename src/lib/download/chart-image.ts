/**
 * A chart as a downloadable image, from what the page shows: its plot's SVG with every style
 * the page's CSS gives it written in (colours resolved in the page's scheme), the text around it
 * (a headline, a note) and its legend's swatches, stacked as on the page, framed with the
 * chart's title, units and source line (./image.ts). Browser only: it reads the laid-out DOM.
 */
import type { Scheme } from '$lib/symbols/palette';
import { escapeXml, wrapText } from '$lib/share/text';
import { frameImage, IMAGE_FONT, type ImageDocument, type ImageTexts } from './image';

/** The styles an SVG element takes from the page's CSS, written into the copy. */
const STYLES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'paint-order'
];

/** A copy of `svg` that looks the same anywhere: computed styles inline, no class or handler. */
export function standaloneSvg(svg: SVGSVGElement): SVGSVGElement {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((original, i) => {
		const element = copies[i]!;
		const computed = getComputedStyle(original);
		if (computed.display === 'none' || computed.visibility === 'hidden') {
			element.remove();
			return;
		}
		const style = STYLES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
		for (const name of ['class', 'role', 'tabindex', 'aria-hidden']) element.removeAttribute(name);
		element.setAttribute('style', style);
	});
	copy.setAttribute('font-family', IMAGE_FONT);
	return copy;
}

/** Whether the page is drawn light or dark: by the lightness of its text. */
export function schemeOf(element: Element): Scheme {
	const [r = 0, g = 0, b = 0] = (getComputedStyle(element).color.match(/[\d.]+/g) ?? []).map(
		Number
	);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 ? 'dark' : 'light';
}

interface Block {
	svg: string;
	height: number;
}

/** A paragraph of the page as lines of SVG text, `width` wide, in its own size and colour. */
function textBlock(element: HTMLElement, width: number, y: number): Block {
	const computed = getComputedStyle(element);
	const size = parseFloat(computed.fontSize) || 12;
	const leading = Math.round(size * 1.35);
	const bold = Number(computed.fontWeight) >= 600;
	const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
	const lines = text ? wrapText(text, Math.floor(width / (size * 0.54)), 6) : [];
	const svg = lines
		.map(
			(line, i) =>
				`<text x="0" y="${y + leading * (i + 1) - Math.round(size * 0.3)}" font-size="${size}"` +
				`${bold ? ' font-weight="700"' : ''} fill="${computed.color}">${escapeXml(line)}</text>`
		)
		.join('');
	return { svg, height: lines.length * leading + 4 };
}

/** A legend (a list of swatches and words) as one or more rows of them. */
function legendBlock(list: HTMLElement, width: number, y: number): Block {
	const size = parseFloat(getComputedStyle(list).fontSize) || 12;
	const row = Math.round(size * 1.6);
	let [x, top, svg] = [0, y, ''];
	for (const item of list.querySelectorAll('li')) {
		const label = (item.textContent ?? '').trim();
		const swatch = item.querySelector<HTMLElement>('span, svg');
		const advance = 22 + label.length * size * 0.55 + 14;
		if (x > 0 && x + advance > width) [x, top] = [0, top + row];
		if (swatch) {
			const s = getComputedStyle(swatch);
			svg +=
				`<rect x="${x + 1}" y="${top + row / 2 - 5}" width="14" height="10" fill="${s.backgroundColor}" ` +
				`stroke="${s.borderTopColor}" stroke-width="${parseFloat(s.borderTopWidth) || 0}"/>`;
		}
		svg += `<text x="${x + 20}" y="${top + row / 2}" dy="0.35em" font-size="${size}" fill="${getComputedStyle(item).color}">${escapeXml(label)}</text>`;
		x += advance;
	}
	return { svg, height: top - y + row };
}

/**
 * The chart's image: the plot's SVGs, paragraphs and legends in the order the page shows them
 * (`parts`), `width` wide, framed with `texts`.
 */
export function chartImage(
	parts: Element[],
	width: number,
	texts: ImageTexts,
	scheme: Scheme
): ImageDocument {
	let y = 0;
	let svg = '';
	const serializer = new XMLSerializer();
	for (const part of parts) {
		let block: Block | null = null;
		if (part instanceof SVGSVGElement) {
			const height =
				part.getBoundingClientRect().height || Number(part.getAttribute('height')) || 0;
			const copy = standaloneSvg(part);
			copy.setAttribute('y', String(y));
			copy.setAttribute('width', String(width));
			copy.setAttribute('height', String(height));
			// As on the page: a tick's label may reach past the plot's edge.
			copy.setAttribute('overflow', 'visible');
			block = { svg: serializer.serializeToString(copy), height: height + 6 };
		} else if (part instanceof HTMLUListElement || part instanceof HTMLOListElement) {
			block = legendBlock(part, width, y);
		} else if (part instanceof HTMLElement && getComputedStyle(part).display !== 'none') {
			block = textBlock(part, width, y);
		}
		if (!block) continue;
		svg += block.svg;
		y += block.height;
	}
	return frameImage({ svg, width, height: Math.ceil(y) }, texts, scheme);
}
