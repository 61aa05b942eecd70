/**
 * The interactive map's one-time wiring, outside the component: the countries it draws, the
 * symbols it draws on demand, what a pointer over it means, and how far it pans.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isEuropean } from '$lib/data/countries';
import { BASEMAP_CLIP } from '$lib/frame/extent';
import { MAP_COLORS, type Scheme } from '$lib/symbols/palette';
import type { MapInputs } from './contract';
import { MARK_LAYER_IDS, parseImageId } from './expressions';
import { redrawPlaceNames } from './gl-labels';
import { markRadius, pickMark } from './mark-pick';
import type { MarkProperties } from './marks-source';
import { drawImage, SYMBOL_PIXEL_RATIO } from './icons';
import { paintFor } from './style';

/** Europe's countries from the TopoJSON at `url`, each tagged with `iso2` and `european`. */
export async function loadCountries(url: string): Promise<GeoJSON.FeatureCollection> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const topology = (await response.json()) as Topology<{
		countries: GeometryCollection<{ iso2: string }>;
	}>;
	const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
	for (const f of countries.features) {
		const iso2 = String(f.properties?.iso2 ?? '');
		f.properties = { iso2, european: isEuropean(iso2) };
	}
	return countries;
}

/**
 * Each image (symbol, cluster, halo) is drawn the first time a feature asks for it, in the
 * scheme of the moment; any other image (a place name) is left to `other`.
 */
export function drawSymbolsOnDemand(
	map: MapLibreMap,
	scheme: () => Scheme,
	other?: (id: string) => void
): void {
	map.setMissingStyleImageResolver((id) => {
		const image = parseImageId(id);
		if (!image) return other?.(id);
		map.addImage(id, drawImage(image, scheme()), { pixelRatio: SYMBOL_PIXEL_RATIO });
	});
}

/** Redraws the images already drawn, in another scheme. */
export function redrawSymbols(map: MapLibreMap, scheme: Scheme): void {
	for (const id of map.listImages()) {
		const image = parseImageId(id);
		if (image) map.updateImage(id, drawImage(image, scheme));
	}
}

type PointerHandlers = Pick<MapInputs, 'onhover' | 'oncountry'> & {
	hovered: () => string | null;
	/** A click on a mark: its feature id (a commitment's, or a cluster's key). */
	onmark: (id: string) => void;
	/** The European country under the mouse (not under a mark), and where the mouse is. */
	onhovercountry?: (country: { iso2: string; x: number; y: number } | null) => void;
};

/** Pixels around the pointer a click still finds a mark in (a touch slightly off). */
const CLICK_TOLERANCE = 6;

/** The mark at `point` (within `tolerance` pixels), as the SVG map would hit it. */
function markAt(
	map: MapLibreMap,
	point: { x: number; y: number },
	tolerance: number
): MarkProperties | null {
	const { x, y } = point;
	const features = map.queryRenderedFeatures(
		[
			[x - tolerance, y - tolerance],
			[x + tolerance, y + tolerance]
		],
		{ layers: MARK_LAYER_IDS }
	);
	const byId = new Map(features.map((f) => [String(f.properties.id), f]));
	const hits = [...byId.values()].map((f) => {
		const at = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
		const { id, image, dx, dy, order } = f.properties;
		const distance = Math.hypot(at.x + Number(dx ?? 0) - x, at.y + Number(dy ?? 0) - y);
		return { id: String(id), order: Number(order), radius: markRadius(String(image)), distance };
	});
	const id = pickMark(hits);
	return id === null ? null : (byId.get(id)!.properties as MarkProperties);
}

/** Hover a mark or a country; click a mark (the one under the pointer) or a European country. */
export function handlePointer(map: MapLibreMap, handlers: PointerHandlers): void {
	map.on('mousemove', (event) => {
		const hit = markAt(map, event.point, 0);
		// A cluster is no commitment: nothing to hover (but it can be clicked).
		const id = hit && !hit.ids ? String(hit.id) : null;
		const land = hit
			? null
			: map.queryRenderedFeatures(event.point, { layers: ['country-fill'] })[0];
		const iso2 = land?.properties.european ? String(land.properties.iso2) : null;
		// On the canvas: MapLibre's `cursor: grab` on its parent would win over the container's.
		map.getCanvas().style.cursor = hit || iso2 ? 'pointer' : '';
		if (id !== handlers.hovered()) handlers.onhover(id);
		handlers.onhovercountry?.(iso2 ? { iso2, ...event.point } : null);
	});
	map.on('mouseout', () => {
		handlers.onhover(null);
		handlers.onhovercountry?.(null);
	});
	map.on('click', (event) => {
		const hit = markAt(map, event.point, CLICK_TOLERANCE);
		if (hit) return handlers.onmark(String(hit.id));
		const country = map.queryRenderedFeatures(event.point, { layers: ['country-fill'] })[0];
		if (country?.properties.european) handlers.oncountry(String(country.properties.iso2));
	});
}

/**
 * Pan no further than the base map reaches, or than the first view if it is wider (a wide
 * frame). Called after the first fit: a bound set before it would shift it off the SVG map's.
 */
export function limitPanning(map: MapLibreMap): void {
	const [[w, s], [e, n]] = BASEMAP_CLIP;
	const first = map.getBounds();
	map.setMaxBounds([
		[Math.min(w, first.getWest()), Math.min(s, first.getSouth())],
		[Math.max(e, first.getEast()), Math.max(n, first.getNorth())]
	]);
}

/**
 * Sets each country's choropleth colour as feature state where it differs from what is
 * painted; returns what is painted now.
 */
export function paintCountryFills(
	map: MapLibreMap,
	painted: Record<string, string>,
	fills: Record<string, string>
): Record<string, string> {
	for (const [iso2, fill] of Object.entries(fills)) {
		if (painted[iso2] !== fill) map.setFeatureState({ source: 'countries', id: iso2 }, { fill });
	}
	for (const iso2 of Object.keys(painted)) {
		if (!(iso2 in fills)) map.setFeatureState({ source: 'countries', id: iso2 }, { fill: null });
	}
	return fills;
}

type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

/** Another colour scheme, in place: the same paint as at creation (paintFor), redrawn images. */
export function applyScheme(map: MapLibreMap, scheme: Scheme): void {
	for (const [layer, paint] of Object.entries(paintFor(MAP_COLORS[scheme]))) {
		for (const [property, value] of Object.entries(paint) as [PaintProperty, PaintValue][]) {
			map.setPaintProperty(layer, property, value);
		}
	}
	redrawSymbols(map, scheme);
	redrawPlaceNames(map, scheme);
}
