/** Draws each type-and-status symbol for MapLibre from the same path as the SVG map. */
import type { CommitmentType, Status } from '$lib/data/types';
import { STATUS_FILL, TYPE_STYLE, typeColor } from '$lib/symbols/palette';
import { symbolPath } from '$lib/symbols/symbols';

export const SYMBOL_SIZE = 15;
const PIXEL_RATIO = 2;

export function drawSymbol(
	type: CommitmentType,
	status: Status,
	scheme: 'light' | 'dark'
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
	const paper = scheme === 'dark' ? '#0c1824' : '#ffffff';
	context.lineJoin = 'round';
	// A halo in the paper colour keeps the symbol readable over any land or sea.
	context.lineWidth = 4;
	context.strokeStyle = paper;
	context.stroke(shape);
	const fill = STATUS_FILL[status];
	context.fillStyle = paper;
	context.fill(shape);
	if (fill !== 'hollow') {
		context.globalAlpha = fill === 'tint' ? 0.4 : 1;
		context.fillStyle = color;
		context.fill(shape);
		context.globalAlpha = 1;
	}
	context.lineWidth = fill === 'solid' ? 1 : 2;
	context.strokeStyle = color;
	context.stroke(shape);
	const image = context.getImageData(0, 0, canvas.width, canvas.height);
	return { width: image.width, height: image.height, data: image.data };
}

export const SYMBOL_PIXEL_RATIO = PIXEL_RATIO;
