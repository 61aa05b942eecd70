/**
 * Marks clear of each other over the whole zoom level a layout is made for. The maps lay out their
 * marks once per whole zoom level z (marks.ts) and draw them at any zoom from z to z + 1: a mark's
 * place moves out from the map's origin by the scale s = 2^(zoom − z), from 1 to 2, while its
 * offset (a country-wide grid, a cluster at one place) stays in screen pixels. Two marks that are
 * apart at z can therefore cross within the level: a city's cluster drifting onto its country's
 * grid. Here any two marks that would overlap at some zoom of the level merge into one group.
 * Pure, in Web Mercator pixels of the level's world (512 · 2^z wide).
 */
import { COUNTRY_RING, SYMBOL_SIZE, clusterRadius } from '$lib/symbols/symbols';

export type Pixels = [number, number];
type LonLat = [number, number];

/** The world at zoom 0, in pixels (MapLibre's). */
export const WORLD = 512;
const RADIANS = Math.PI / 180;
/** Pairwise, so only where the groups are few (the dataset's hundred, not a synthetic 10,000). */
const PAIRWISE_LIMIT = 1000;

/** Web Mercator: a longitude and latitude in pixels of a world `size` pixels wide. */
export function toPixels([lon, lat]: LonLat, size: number): Pixels {
	const sin = Math.sin(lat * RADIANS);
	const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
	return [(lon / 360 + 0.5) * size, y * size];
}

export function toLonLat([x, y]: Pixels, size: number): LonLat {
	const lon = (x / size - 0.5) * 360;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
	return [lon, lat];
}

/** A mark as drawn: at `point · s + offset` at scale s of its level, `size` pixels across. */
export interface Drawn {
	point: Pixels;
	offset: Pixels;
	size: number;
}

/** The size a mark is drawn at: a site's symbol, a country-wide ring, a cluster's badge. */
export function markSize(count: number, countryWide: boolean): number {
	if (count > 1) return 2 * clusterRadius(count);
	return countryWide ? 2 * COUNTRY_RING.radius : SYMBOL_SIZE;
}

/**
 * The least distance, across or down (whichever is larger), between two drawn marks at any scale
 * from 1 to 2. Their difference is linear in s, so the largest of its two sides is least at an
 * end of the range or where a side is zero or both sides are equal.
 */
export function closestAcrossLevel(a: Drawn, b: Drawn): number {
	const [dx, dy] = [a.point[0] - b.point[0], a.point[1] - b.point[1]];
	const [ex, ey] = [a.offset[0] - b.offset[0], a.offset[1] - b.offset[1]];
	const apart = (s: number) => Math.max(Math.abs(dx * s + ex), Math.abs(dy * s + ey));
	let least = Math.min(apart(1), apart(2));
	// Where a side is zero, or both sides are equal, within the range (no arrays: called often).
	const at = (intercept: number, slope: number) => {
		const s = slope === 0 ? 0 : -intercept / slope;
		if (s > 1 && s < 2) least = Math.min(least, apart(s));
	};
	at(ex, dx);
	at(ey, dy);
	at(ex - ey, dx - dy);
	at(ex + ey, dx + dy);
	return least;
}

/**
 * Whether two marks overlap at some zoom of the level by more than a third of the smaller one,
 * across and down (issue 13's "no mark hides another", as the browser test measures it).
 */
export function overlapWithinLevel(a: Drawn, b: Drawn): boolean {
	const clear = (a.size + b.size) / 2 - Math.min(a.size, b.size) / 3;
	// At any scale s ≥ 1, |d·s + e| ≥ |d| − |e| on each side: marks that far apart never meet
	// (most pairs; the margin leaves the boundary's rounding to the exact computation).
	const across = Math.abs(a.point[0] - b.point[0]) - Math.abs(a.offset[0] - b.offset[0]);
	const down = Math.abs(a.point[1] - b.point[1]) - Math.abs(a.offset[1] - b.offset[1]);
	if (Math.max(across, down) > clear + 1e-6) return false;
	return closestAcrossLevel(a, b) < clear;
}

/**
 * Merges groups, two at a time, while any two would overlap within the level (`drawn` tells how
 * a group is drawn: one mark, or its cluster's badge): always the first overlapping pair (by
 * index), the later group joining the earlier. Returns the new groups.
 *
 * As if the search started over after each merge, without its cost: the pairs before the merged
 * group's row were clear and stay clear, but for those with the merged group itself, which are
 * checked first; each group is drawn again only when it changes.
 */
export function mergeOverlapping<T>(groups: T[][], drawn: (group: T[]) => Drawn): T[][] {
	if (groups.length > PAIRWISE_LIMIT) return groups;
	const result = groups.slice();
	const marks = result.map(drawn);
	/** Merges group `b` into group `a` (a < b); returns the index of the merged group. */
	const merge = (a: number, b: number) => {
		result[a] = [...result[a]!, ...result[b]!];
		result.splice(b, 1);
		marks.splice(b, 1);
		marks[a] = drawn(result[a]!);
		return a;
	};
	for (let a = 0; a < result.length; a++) {
		for (let b = a + 1; b < result.length; b++) {
			if (!overlapWithinLevel(marks[a]!, marks[b]!)) continue;
			let changed = merge(a, b);
			// The first overlapping pair is now one of an earlier group with the merged one.
			for (let earlier = 0; earlier < changed; earlier++) {
				if (overlapWithinLevel(marks[earlier]!, marks[changed]!)) {
					changed = merge(earlier, changed);
					earlier = -1;
				}
			}
			// Every pair before the changed group's row is clear: go on from its row's start.
			a = changed;
			b = changed;
		}
	}
	return result;
}
