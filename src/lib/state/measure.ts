/**
 * Elements' sizes as the page lays them out, for the parts that draw to their size (the map and
 * its frame). One ResizeObserver watches them all, so that elements first laid out together
 * (at the page's first frame after it hydrates) are reported in one callback, and what their
 * sizes set is drawn once, not once per element: the map and its frame reported apart laid the
 * map's marks and names out twice. Nothing is read as the page hydrates (that would force a
 * layout inside its long task): the first report comes with the next frame.
 */
type Listener = (element: Element) => void;

const listeners = new Map<Element, Listener>();
let observer: ResizeObserver | undefined;

/**
 * Calls `listener` with `element` when it is first laid out and whenever its size changes,
 * until the returned function is called (an attachment's cleanup).
 */
export function observeSize<E extends Element>(element: E, listener: (element: E) => void) {
	observer ??= new ResizeObserver((entries) => {
		for (const entry of entries) listeners.get(entry.target)?.(entry.target);
	});
	listeners.set(element, listener as Listener);
	observer.observe(element);
	return () => {
		listeners.delete(element);
		observer?.unobserve(element);
	};
}
