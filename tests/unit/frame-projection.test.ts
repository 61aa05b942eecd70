import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3';
import { EUROPE_VIEW } from '../../src/lib/frame/extent';
import {
	BASEMAP_SIZE,
	basemapProjection,
	toBasemap,
	viewBoxOf
} from '../../src/lib/frame/projection';

describe('basemapProjection and viewBoxOf', () => {
	const projection = basemapProjection();
	const [[w, s], [e, n]] = EUROPE_VIEW;

	it('maps the corners of the first view into the base map', () => {
		for (const corner of [
			[w, s],
			[e, s],
			[e, n],
			[w, n]
		] as [number, number][]) {
			const [x, y] = projection(corner)!;
			expect(x).toBeGreaterThanOrEqual(-1e-6);
			expect(x).toBeLessThanOrEqual(BASEMAP_SIZE.width + 1e-6);
			expect(y).toBeGreaterThanOrEqual(-1e-6);
			expect(y).toBeLessThanOrEqual(BASEMAP_SIZE.height + 1e-6);
		}
	});

	it('puts north at the top and west at the left', () => {
		const [xw, yn] = projection([w, n])!;
		const [xe, ys] = projection([e, s])!;
		expect(xw).toBeLessThan(xe);
		expect(yn).toBeLessThan(ys);
	});

	it('fits the first view to the larger dimension of the box, centred', () => {
		const [x, y, width, height] = viewBoxOf(EUROPE_VIEW);
		expect(x).toBeGreaterThanOrEqual(-1e-6);
		expect(y).toBeGreaterThanOrEqual(-1e-6);
		expect(x + width).toBeLessThanOrEqual(1000 + 1e-6);
		expect(y + height).toBeLessThanOrEqual(1000 + 1e-6);
		expect(Math.abs(Math.max(width, height) - 1000)).toBeLessThan(1e-6);

		// Web Mercator by hand: x ∝ λ, y ∝ ln(tan(π/4 + φ/2)). The view is taller than wide.
		const rad = Math.PI / 180;
		const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
		const aspect = ((e - w) * rad) / (mercatorY(n) - mercatorY(s)); // ≈ 0.895
		expect(aspect).toBeLessThan(1);
		expect(height).toBeCloseTo(1000, 6);
		expect(width).toBeCloseTo(1000 * aspect, 3);
		expect(x).toBeCloseTo((1000 - width) / 2, 3);
		expect(y).toBeCloseTo(0, 6);
	});

	it('toBasemap and basemapProjection are d3’s Mercator fitted to the first view', () => {
		const corners: GeoJSON.MultiPoint = {
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, s],
				[e, n],
				[w, n]
			]
		};
		const reference = geoMercator().fitSize([1000, 1000], corners);
		// Lisbon, Reykjavík, Nicosia, Helsinki, Valletta, and a point off the first view.
		for (const point of [
			[-9.14, 38.72],
			[-21.94, 64.15],
			[33.38, 35.17],
			[24.94, 60.17],
			[14.51, 35.9],
			[60, 75]
		] as [number, number][]) {
			const [rx, ry] = reference(point)!;
			for (const [x, y] of [toBasemap(point), projection(point)!]) {
				expect(x).toBeCloseTo(rx, 6);
				expect(y).toBeCloseTo(ry, 6);
			}
		}
	});
});
