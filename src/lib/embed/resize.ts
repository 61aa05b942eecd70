/**
 * The embed's side of the resize protocol: it tells the page around it how tall it is, on load
 * and whenever that changes. static/embed.js, on the host page, sets the iframe's height.
 *
 *   { type: 'commitments-map:resize', version: 1, height: <CSS pixels, integer> }
 */
export const RESIZE_MESSAGE = 'commitments-map:resize';
export const PROTOCOL_VERSION = 1;

export interface ResizeMessage {
	type: typeof RESIZE_MESSAGE;
	version: typeof PROTOCOL_VERSION;
	height: number;
}

export function resizeMessage(height: number): ResizeMessage {
	return { type: RESIZE_MESSAGE, version: PROTOCOL_VERSION, height: Math.ceil(height) };
}

/** Reports `element`'s height to the parent window; returns a function that stops it. */
export function reportHeight(element: HTMLElement, target: Window = window.parent): () => void {
	if (target === window) return () => {};
	let last = -1;
	const post = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last || height === 0) return;
		last = height;
		// The message holds nothing private, so any origin may read it; the host checks ours.
		target.postMessage(resizeMessage(height), '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	post();
	return () => observer.disconnect();
}
