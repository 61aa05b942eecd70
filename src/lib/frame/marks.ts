/**
 * Where each commitment is drawn, the one layout of both maps: sites and cities at their point,
 * country-wide commitments in a compact grid above their country's label point (whose name is
 * written on it), and marks closer than a symbol merged into a counted cluster (supercluster, as
 * MapLibre's own clustering). Zoom is MapLibre's (the world is 512 · 2^z pixels wide); the SVG
 * map converts its viewBox scale (projection.ts, zoomOfScale). Pure, so both maps and the tests
 * lay out the same marks at the same places.
 */
import Supercluster from 'supercluster';
import { TYPES, type Commitment, type CommitmentType, type Status } from '$lib/data/types';
import {
	WORLD,
	markSize,
	mergeOverlapping,
	toLonLat,
	toPixels,
	type Drawn,
	type Pixels
} from './mark-clearance';

/** Screen pixels between the centres of two country-wide marks of one country. */
export const GRID_SPACING = 20;
/** Screen pixels from the label point up to the grid's lowest row (the name sits below it). */
export const GRID_LIFT = 14;
/** Marks closer than this, in screen pixels, merge into a cluster (a symbol is 15 across). */
export const CLUSTER_RADIUS = 16;
/** The deepest zoom the maps cluster at; past it, marks at one place stay clustered. */
export const MAX_LAYOUT_ZOOM = 20;

type LonLat = [number, number];
type Offset = [number, number];

/** One commitment's mark: at `at`, moved by `offset` screen pixels (x right, y down). */
export interface SingleMark {
	kind: 'single';
	id: string;
	type: CommitmentType;
	status: Status;
	/** Drawn at its country's label point: the commitment covers the country, not a site. */
	countryWide: boolean;
	country: string | null;
	at: LonLat;
	offset: Offset;
	/** A promise whose deadline passed with no outcome reported (its outcome as of the build). */
	passed?: true;
}

/** Several commitments too close to draw apart, as one counted badge. */
export interface ClusterMark {
	kind: 'cluster';
	/** Stable for the same members: a key for the drawing and MapLibre's feature id. */
	key: string;
	ids: string[];
	/** All members are really at one place (the same point, or country-wide in one country). */
	onePlace: boolean;
	at: LonLat;
	offset: Offset;
}

export type Mark = SingleMark | ClusterMark;

/** Each country's label point, [longitude, latitude], by ISO code. */
export type LabelPoints = Readonly<Record<string, LonLat>>;

/**
 * The offsets of `n` marks side by side: `ceil(sqrt(n))` columns, each row centred, the lowest
 * row GRID_LIFT pixels above the anchor, rows filled from the top.
 */
export function gridOffsets(n: number): Offset[] {
	const columns = Math.ceil(Math.sqrt(n));
	const rows = Math.ceil(n / columns);
	return Array.from({ length: n }, (_, i) => {
		const row = Math.floor(i / columns);
		const inRow = row < rows - 1 ? columns : n - row * columns;
		const x = (i - row * columns - (inRow - 1) / 2) * GRID_SPACING;
		const y = -GRID_LIFT - (rows - 1 - row) * GRID_SPACING;
		// `+ 0` turns the middle column's -0 into 0.
		return [x + 0, y];
	});
}

/** The unclustered marks: every commitment with a place on the map (Europe-wide have none). */
export function placeMarks(commitments: readonly Commitment[], labels: LabelPoints): SingleMark[] {
	const marks: SingleMark[] = [];
	const byCountry = new Map<string, Commitment[]>();
	for (const c of commitments) {
		if (c.precision === 'europe') continue;
		if (c.precision === 'country' && c.country && labels[c.country]) {
			const list = byCountry.get(c.country);
			if (list) list.push(c);
			else byCountry.set(c.country, [c]);
		} else if (c.coordinates) {
			marks.push(single(c, false, c.coordinates, [0, 0]));
		}
	}
	for (const [country, list] of byCountry) {
		const at = labels[country]!;
		const offsets = gridOffsets(list.length);
		list
			.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.id < b.id ? -1 : 1))
			.forEach((c, i) => marks.push(single(c, true, at, offsets[i]!)));
	}
	return marks;
}

/** One commitment's mark; flagged when a promise's deadline passed with no outcome reported. */
const single = (c: Commitment, countryWide: boolean, at: LonLat, offset: Offset): SingleMark => ({
	kind: 'single',
	id: c.id,
	type: c.type,
	status: c.status,
	country: c.country,
	countryWide,
	at,
	offset,
	...(c.outcome === 'deadline-passed' ? { passed: true } : {})
});

const TYPE_ORDER = Object.fromEntries(TYPES.map((t, i) => [t, i])) as Record<
	CommitmentType,
	number
>;

/** Whether two marks are at one place: the same point, both country-wide or both not. */
const samePlace = (a: SingleMark, b: SingleMark) =>
	a.at[0] === b.at[0] && a.at[1] === b.at[1] && a.countryWide === b.countryWide;

interface Members {
	members: number[];
}

/** The mark's point in pixels of a world `size` pixels wide, moved by its offset. */
function pixelsOf(m: SingleMark, size: number): Pixels {
	const [x, y] = toPixels(m.at, size);
	return [x + m.offset[0], y + m.offset[1]];
}

/** The mean of `values(m)` over the members (summed in their order). */
function meanOf(members: SingleMark[], values: (m: SingleMark) => Pixels): Pixels {
	let [x, y] = [0, 0];
	for (const m of members) {
		const [mx, my] = values(m);
		x += mx;
		y += my;
	}
	return [x / members.length, y / members.length];
}

/** A cluster's place: its one place, with the mean offset; else the members' centre, no offset. */
function clusterPlace(members: SingleMark[], size: number) {
	const first = members[0]!;
	const onePlace = members.every((m) => samePlace(m, first));
	if (onePlace) return { onePlace, at: first.at, offset: meanOf(members, (m) => m.offset) };
	const centre = meanOf(members, (m) => pixelsOf(m, size));
	return { onePlace, at: toLonLat(centre, size), offset: [0, 0] as Offset };
}

/** A group's mark: its one commitment, or a cluster (placed by clusterPlace). */
function groupMark(members: SingleMark[], size: number): Mark {
	if (members.length === 1) return members[0]!;
	const ids = members.map((m) => m.id).sort();
	const key = `cluster:${ids[0]}:${ids.length}`;
	return { kind: 'cluster', key, ids, ...clusterPlace(members, size) };
}

/** How a group is drawn across its level (for the merge of mark-clearance.ts). */
function drawnGroup(members: SingleMark[], size: number): Drawn {
	const one = members.length === 1 ? members[0]! : null;
	const { at, offset } = one ?? clusterPlace(members, size);
	return {
		point: toPixels(at, size),
		offset,
		size: markSize(members.length, one?.countryWide ?? false)
	};
}

/**
 * The marks to draw from `zoom` up to the next whole zoom: clustered at floor(zoom) by
 * supercluster, then any two that would still overlap somewhere in that level merged
 * (mark-clearance.ts: a cluster's centre can drift onto marks it did not take, such as its
 * country's other country-wide marks, whose offsets stay in pixels). The selected commitment is
 * never clustered, and comes last (drawn on top); clusters come first.
 */
export function layoutMarks(
	commitments: readonly Commitment[],
	labels: LabelPoints,
	zoom: number,
	selected: string | null
): Mark[] {
	const z = Math.max(0, Math.min(MAX_LAYOUT_ZOOM, Math.floor(zoom)));
	const size = WORLD * 2 ** z;
	const placed = placeMarks(commitments, labels);
	const chosen = placed.filter((m) => m.id === selected);
	const rest = placed.filter((m) => m.id !== selected);
	const index = new Supercluster<{ i: number }, Members>({
		radius: CLUSTER_RADIUS,
		extent: WORLD,
		minZoom: z,
		maxZoom: z,
		map: (p) => ({ members: [p.i] }),
		// At one level, the accumulator is always a point's own fresh `members`: push is safe.
		reduce: (acc, p) => {
			for (const i of p.members) acc.members.push(i);
		}
	});
	index.load(
		rest.map((m, i) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: toLonLat(pixelsOf(m, size), size) },
			properties: { i }
		}))
	);
	const clustered: SingleMark[][] = index
		.getClusters([-180, -85, 180, 85], z)
		.map((f) => ('cluster' in f.properties ? f.properties.members : [f.properties.i]))
		.map((members) => members.map((i) => rest[i]!));
	const marks = mergeOverlapping(clustered, (group) => drawnGroup(group, size)).map((group) =>
		groupMark(group, size)
	);
	return [
		...marks.filter((m) => m.kind === 'cluster'),
		...marks.filter((m) => m.kind === 'single'),
		...chosen
	];
}

/**
 * The zoom at which a cluster's members no longer all fall in one cluster (supercluster's
 * expansion zoom, for this layout), or null if they stay together up to `maxZoom`: then the
 * reader chooses among them.
 */
export function expansionZoom(
	commitments: readonly Commitment[],
	labels: LabelPoints,
	cluster: ClusterMark,
	zoom: number,
	selected: string | null,
	maxZoom: number
): number | null {
	if (cluster.onePlace) return null;
	const members = new Set(cluster.ids);
	const wanted = commitments.filter((c) => members.has(c.id));
	for (let z = Math.floor(zoom) + 1; z <= Math.min(maxZoom, MAX_LAYOUT_ZOOM); z++) {
		const marks = layoutMarks(wanted, labels, z, selected);
		if (marks.length > 1) return z;
	}
	return null;
}
