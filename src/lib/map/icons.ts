/**
 * Draws each type-and-status symbol for MapLibre: the same path, paper and ink rules as the SVG
 * symbols (src/lib/symbols).
 */
import type { CommitmentType, Status } from '$lib/data/types';
import { MAP_COLORS, TYPE_STYLE, typeColor, type Scheme } from '$lib/symbols/palette';
import { PAPER_STROKE, symbolInk, symbolPath } from '$lib/symbols/symbols';

export const SYMBOL_SIZE = 15;
const PIXEL_RATIO = 2;

export function drawSymbol(
	type: CommitmentType,
	status: Status,
	scheme: Scheme
): { width: number; height: number; data: Uint8ClampedArray } {
	const box = SYMBOL_SIZE + 6;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = box * PIXEL_RATIO;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas context to draw map symbols');
	context.scale(PIXEL_RATIO, PIXEL_RATIO);
	context.translate(box / 2, box / 2);
	const shape = new Path2D(symbolPath(TYPE_STYLE[type].shape, SYMBOL_SIZE));
	const color = typeColor(type, scheme);
	const paper = MAP_COLORS[scheme].paper;
	const ink = symbolInk(status);
	context.lineJoin = 'round';
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
	const image = context.getImageData(0, 0, canvas.width, canvas.height);
	return { width: image.width, height: image.height, data: image.data };
}

export const SYMBOL_PIXEL_RATIO = PIXEL_RATIO;
