/**
 * Draws MapLibre's images of the marks: each type-and-status symbol (the same path, paper and ink
 * rules as the SVG symbols in src/lib/symbols), ringed when country-wide; a cluster's badge with
 * its count (a canvas font: no glyph server); and the hover and selection halo.
 */
import type { CommitmentType, Status } from '$lib/data/types';
import { MAP_COLORS, PASSED_COLOR, TYPE_STYLE, typeColor, type Scheme } from '$lib/symbols/palette';
import {
	CLUSTER_FONT_SIZE,
	CLUSTER_STROKE,
	COUNTRY_RING,
	PAPER_STROKE,
	PASSED_DOT,
	SYMBOL_SIZE,
	clusterRadius,
	symbolInk,
	symbolPath
} from '$lib/symbols/symbols';
import type { MarkImage } from './expressions';

const PIXEL_RATIO = 2;
/** The halo's radius around a mark, in pixels (as the SVG map's). */
const HALO_RADIUS = 13;

type Image = { width: number; height: number; data: Uint8ClampedArray };

/** A square canvas `box` pixels across, its origin at the centre. */
function canvasOf(box: number): { context: CanvasRenderingContext2D; done: () => Image } {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = Math.ceil(box) * PIXEL_RATIO;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas context to draw map symbols');
	context.scale(PIXEL_RATIO, PIXEL_RATIO);
	context.translate(Math.ceil(box) / 2, Math.ceil(box) / 2);
	context.lineJoin = 'round';
	const done = () => {
		const image = context.getImageData(0, 0, canvas.width, canvas.height);
		return { width: image.width, height: image.height, data: image.data };
	};
	return { context, done };
}

export function drawSymbol(
	type: CommitmentType,
	status: Status,
	scheme: Scheme,
	countryWide = false,
	passed = false
): Image {
	const { context, done } = canvasOf(
		countryWide ? COUNTRY_RING.paperRadius * 2 + 2 : SYMBOL_SIZE + 6
	);
	const shape = new Path2D(
		symbolPath(TYPE_STYLE[type].shape, countryWide ? COUNTRY_RING.symbolSize : SYMBOL_SIZE)
	);
	const color = typeColor(type, scheme);
	const paper = MAP_COLORS[scheme].paper;
	const ink = symbolInk(status);
	if (countryWide) {
		context.fillStyle = paper;
		context.beginPath();
		context.arc(0, 0, COUNTRY_RING.paperRadius, 0, 2 * Math.PI);
		context.fill();
		context.setLineDash([...COUNTRY_RING.dash]);
		context.lineWidth = COUNTRY_RING.width;
		context.strokeStyle = color;
		context.beginPath();
		context.arc(0, 0, COUNTRY_RING.radius, 0, 2 * Math.PI);
		context.stroke();
		context.setLineDash([]);
	}
	// A halo in the paper colour keeps the symbol readable over any land or sea.
	context.lineWidth = PAPER_STROKE;
	context.strokeStyle = paper;
	context.stroke(shape);
	context.fillStyle = paper;
	context.fill(shape);
	if (ink.fillOpacity > 0) {
		context.globalAlpha = ink.fillOpacity;
		context.fillStyle = color;
		context.fill(shape);
		context.globalAlpha = 1;
	}
	context.lineWidth = ink.strokeWidth;
	context.strokeStyle = color;
	context.stroke(shape);
	if (passed) {
		const at = countryWide ? PASSED_DOT.wideAt : PASSED_DOT.at;
		context.beginPath();
		context.arc(at, -at, PASSED_DOT.radius, 0, 2 * Math.PI);
		context.fillStyle = PASSED_COLOR[scheme];
		context.fill();
		context.lineWidth = PASSED_DOT.rim;
		context.strokeStyle = paper;
		context.stroke();
	}
	return done();
}

/** A cluster's badge: paper ringed in the page's ink, the count in ink (as ClusterBadge). */
function drawCluster(count: number, scheme: Scheme): Image {
	const r = clusterRadius(count);
	const { context, done } = canvasOf(2 * r + CLUSTER_STROKE + 2);
	const { paper, text } = MAP_COLORS[scheme];
	context.beginPath();
	context.arc(0, 0, r, 0, 2 * Math.PI);
	context.fillStyle = paper;
	context.fill();
	context.lineWidth = CLUSTER_STROKE;
	context.strokeStyle = text;
	context.stroke();
	context.fillStyle = text;
	context.font = `700 ${CLUSTER_FONT_SIZE}px system-ui, sans-serif`;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillText(String(count), 0, 0.5);
	return done();
}

function drawHalo(selected: boolean, scheme: Scheme): Image {
	const { context, done } = canvasOf(2 * HALO_RADIUS + 4);
	const { highlight, text } = MAP_COLORS[scheme];
	context.beginPath();
	context.arc(0, 0, HALO_RADIUS, 0, 2 * Math.PI);
	context.fillStyle = highlight;
	context.fill();
	if (selected) {
		context.lineWidth = 2;
		context.strokeStyle = text;
		context.stroke();
	}
	return done();
}

export function drawImage(image: MarkImage, scheme: Scheme): Image {
	switch (image.kind) {
		case 'symbol':
			return drawSymbol(image.type, image.status, scheme, image.countryWide, image.passed);
		case 'cluster':
			return drawCluster(image.count, scheme);
		case 'halo':
			return drawHalo(image.selected, scheme);
	}
}

export const SYMBOL_PIXEL_RATIO = PIXEL_RATIO;
