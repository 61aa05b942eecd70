import { describe, expect, it } from 'vitest';
import { CLEARANCE, clearOfOverlays, clearPadding } from '../../src/lib/frame/clear-view';
import type { LonLatBounds } from '../../src/lib/frame/extent';
import { fromBasemap, toBasemap, viewBoxOf } from '../../src/lib/frame/projection';

const corner = { x: 8, y: 8, width: 200, height: 150 };
const pan = { x: 300, y: 480, width: 84, height: 84 };

describe('clearPadding', () => {
	it('clears a top-left box from the side that leaves the place largest', () => {
		// From the top: 384 × 426 px for 100 × 100 → 3.84; from the left: 176 × 584 → 1.76;
		// from the bottom or the right, almost nothing is left.
		expect(
			clearPadding({ width: 400, height: 600 }, [corner], { width: 100, height: 100 })
		).toEqual({ top: 158 + CLEARANCE, right: CLEARANCE, bottom: CLEARANCE, left: CLEARANCE });
	});

	it('weighs the overlays together', () => {
		// The corner from the top (166); the arrows from the right: 284 × 426 → 2.84, or from the
		// bottom: 384 × 306 → 3.06, so from the bottom.
		expect(
			clearPadding({ width: 400, height: 600 }, [corner, pan], { width: 100, height: 100 })
		).toEqual({ top: 166, right: 8, bottom: 128, left: 8 });
		// A wide place (300 × 100): from the right 284/300 = 0.95, from the bottom 384/300 = 1.28.
		expect(
			clearPadding({ width: 400, height: 600 }, [corner, pan], { width: 300, height: 100 })
		).toEqual({ top: 166, right: 8, bottom: 128, left: 8 });
	});

	it('keeps only the clearance when clearing any overlay would leave under a quarter', () => {
		// 360 px of 400 covered from the left or the right, 560 of 600 from the top or bottom.
		const big = { x: 20, y: 20, width: 360, height: 560 };
		expect(clearPadding({ width: 400, height: 600 }, [big], { width: 1, height: 1 })).toEqual({
			top: 8,
			right: 8,
			bottom: 8,
			left: 8
		});
	});

	it('chooses as trying every side for every overlay does, the first found among equals', () => {
		// The search as first written, an object per way tried: the reference.
		const SIDES = ['top', 'right', 'bottom', 'left'] as const;
		function reference(
			frame: { width: number; height: number },
			overlays: { x: number; y: number; width: number; height: number }[],
			place: { width: number; height: number }
		) {
			const { width, height } = frame;
			const reach = (box: (typeof overlays)[number], side: (typeof SIDES)[number]) =>
				side === 'top'
					? box.y + box.height
					: side === 'bottom'
						? height - box.y
						: side === 'left'
							? box.x + box.width
							: width - box.x;
			let best = { top: 8, right: 8, bottom: 8, left: 8 };
			let bestScale = -Infinity;
			for (let combo = 0; combo < 4 ** overlays.length; combo++) {
				const padding = { top: 0, right: 0, bottom: 0, left: 0 };
				let rest = combo;
				for (const box of overlays) {
					const side = SIDES[rest % 4]!;
					rest = Math.floor(rest / 4);
					padding[side] = Math.max(padding[side], reach(box, side));
				}
				for (const side of SIDES) padding[side] += CLEARANCE;
				const w = width - padding.left - padding.right;
				const h = height - padding.top - padding.bottom;
				if (w < width / 4 || h < height / 4) continue;
				const scale = Math.min(w / place.width, h / place.height);
				if (scale > bestScale) [best, bestScale] = [padding, scale];
			}
			return best;
		}
		// A fixed sequence of frames, overlays and places (a linear congruential generator).
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let trial = 0; trial < 300; trial++) {
			const frame = { width: 200 + next() * 1300, height: 200 + next() * 800 };
			const overlays = Array.from({ length: Math.floor(next() * 6) }, () => ({
				x: next() * frame.width * 0.8,
				y: next() * frame.height * 0.8,
				width: 20 + next() * 200.5,
				height: 20 + next() * 150.25
			}));
			const place = { width: 1 + next() * 500, height: 1 + next() * 500 };
			expect(clearPadding(frame, overlays, place)).toEqual(reference(frame, overlays, place));
		}
	});

	it('keeps only the clearance without overlays', () => {
		expect(clearPadding({ width: 400, height: 600 }, [], { width: 1, height: 1 })).toEqual({
			top: 8,
			right: 8,
			bottom: 8,
			left: 8
		});
	});
});

describe('fromBasemap', () => {
	it('inverts toBasemap', () => {
		for (const point of [
			[24.66, 60.21],
			[-9.1, 38.7],
			[0, 0]
		] as [number, number][]) {
			const [lon, lat] = fromBasemap(toBasemap(point));
			expect(lon).toBeCloseTo(point[0], 9);
			expect(lat).toBeCloseTo(point[1], 9);
		}
	});
});

describe('clearOfOverlays', () => {
	const finland: LonLatBounds = [
		[19.1, 59.7],
		[31.6, 70.1]
	];
	const frame = { width: 390, height: 523 };

	it('frames the place in the part of the frame the overlays leave clear', () => {
		const grown = clearOfOverlays(finland, frame, [corner, { ...pan, y: 400 }]);
		const padding = clearPadding(frame, [corner, { ...pan, y: 400 }], {
			width: viewBoxOf(finland)[2],
			height: viewBoxOf(finland)[3]
		});
		const [vx, vy, vw, vh] = viewBoxOf(grown);
		// The grown bounds have the frame's shape: fitted, they fill it exactly.
		expect(vw / vh).toBeCloseTo(frame.width / frame.height, 6);
		// Finland's box, in the frame's pixels, lies inside the padding.
		const [x, y, w, h] = viewBoxOf(finland);
		const px = (X: number) => ((X - vx) / vw) * frame.width;
		const py = (Y: number) => ((Y - vy) / vh) * frame.height;
		expect(px(x)).toBeGreaterThanOrEqual(padding.left - 1e-6);
		expect(py(y)).toBeGreaterThanOrEqual(padding.top - 1e-6);
		expect(px(x + w)).toBeLessThanOrEqual(frame.width - padding.right + 1e-6);
		expect(py(y + h)).toBeLessThanOrEqual(frame.height - padding.bottom + 1e-6);
		// And touches the clear part on two opposite sides (as large as it can be).
		const touches = Math.abs(px(x) - padding.left) < 1e-6 || Math.abs(py(y) - padding.top) < 1e-6;
		expect(touches).toBe(true);
	});

	it('leaves the bounds as they are for a frame not yet measured', () => {
		expect(clearOfOverlays(finland, { width: 0, height: 0 }, [corner])).toBe(finland);
	});
});
