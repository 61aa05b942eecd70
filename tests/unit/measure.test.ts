import { afterAll, describe, expect, it, vi } from 'vitest';

/** A ResizeObserver as the browser's behaves for this: it reports what it observes, together. */
class FakeObserver {
	static made: FakeObserver[] = [];
	observed = new Set<Element>();
	constructor(readonly report: (entries: { target: Element }[]) => void) {
		FakeObserver.made.push(this);
	}
	observe(element: Element) {
		this.observed.add(element);
	}
	unobserve(element: Element) {
		this.observed.delete(element);
	}
	/** The browser's report after a layout: every element observed, in one callback. */
	layout() {
		this.report([...this.observed].map((target) => ({ target })));
	}
}
vi.stubGlobal('ResizeObserver', FakeObserver);
afterAll(() => void vi.unstubAllGlobals());
const { observeSize } = await import('../../src/lib/state/measure');

describe('observeSize', () => {
	const frame = { id: 'frame' } as unknown as Element;
	const map = { id: 'map' } as unknown as Element;

	it('watches every element with one observer, so that sizes laid out together come together', () => {
		const calls: string[] = [];
		const stopFrame = observeSize(frame, (element) => calls.push(`frame:${element === frame}`));
		const stopMap = observeSize(map, (element) => calls.push(`map:${element === map}`));
		expect(FakeObserver.made).toHaveLength(1);
		const [observer] = FakeObserver.made;
		expect(calls).toEqual([]); // nothing read until the browser reports
		observer!.layout();
		expect(calls).toEqual(['frame:true', 'map:true']);

		stopFrame();
		expect([...observer!.observed]).toEqual([map]);
		observer!.layout();
		expect(calls).toEqual(['frame:true', 'map:true', 'map:true']);
		stopMap();
		expect(observer!.observed.size).toBe(0);
	});

	it('ignores a report for an element no longer watched (it came before the cleanup)', () => {
		const listener = vi.fn();
		const stop = observeSize(frame, listener);
		const [observer] = FakeObserver.made;
		stop();
		observer!.report([{ target: frame }]);
		expect(listener).not.toHaveBeenCalled();
	});
});
