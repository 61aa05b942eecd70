/**
 * Saving an image in the browser, with no request to any server: the SVG as a file, or drawn
 * onto a canvas (from a blob: URL, which the pages' CSP allows for images) and saved as a PNG.
 */
import type { ImageDocument } from './image';

/** A PNG has this many pixels per SVG pixel: sharp on a slide or a high-density screen. */
export const PNG_SCALE = 2;

export const svgBlob = (image: ImageDocument): Blob =>
	new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${image.svg}`], {
		type: 'image/svg+xml;charset=utf-8'
	});

/** The image drawn at PNG_SCALE, as a PNG. */
export async function pngBlob(image: ImageDocument): Promise<Blob> {
	const url = URL.createObjectURL(svgBlob(image));
	try {
		const picture = new Image();
		picture.src = url;
		await picture.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(image.width * PNG_SCALE);
		canvas.height = Math.round(image.height * PNG_SCALE);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas');
		context.drawImage(picture, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('No PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Hand `blob` to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// After the browser has taken the file.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Make `image` and save it in `format`, named `name` + the format's extension. */
export async function saveImage(
	image: ImageDocument,
	format: 'svg' | 'png',
	name: (extension: string) => string
): Promise<void> {
	const blob = format === 'svg' ? svgBlob(image) : await pngBlob(image);
	saveBlob(blob, name(format));
}
