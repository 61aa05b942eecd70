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
import { parseIconId, TYPE_LAYER_IDS } from './expressions';
import { redrawPlaceNames } from './gl-labels';
import { drawSymbol, SYMBOL_PIXEL_RATIO } from './icons';
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
 * Each symbol is drawn the first time a feature asks for it, in the scheme of the moment; any
 * other image (a place name) is left to `other`.
 */
export function drawSymbolsOnDemand(
	map: MapLibreMap,
	scheme: () => Scheme,
	other?: (id: string) => void
): void {
	map.setMissingStyleImageResolver((id) => {
		const icon = parseIconId(id);
		if (!icon) return other?.(id);
		map.addImage(id, drawSymbol(icon.type, icon.status, scheme()), {
			pixelRatio: SYMBOL_PIXEL_RATIO
		});
	});
}

/** Redraws the symbols already drawn, in another scheme. */
export function redrawSymbols(map: MapLibreMap, scheme: Scheme): void {
	for (const id of map.listImages()) {
		const icon = parseIconId(id);
		if (icon) map.updateImage(id, drawSymbol(icon.type, icon.status, scheme));
	}
}

type PointerHandlers = Pick<MapInputs, 'onpick' | 'onhover' | 'oncountry'> & {
	hovered: () => string | null;
	/** The European country under the mouse (not under a mark), and where the mouse is. */
	onhovercountry?: (country: { iso2: string; x: number; y: number } | null) => void;
};

/** Hover a symbol or a country; click one (or several within a few pixels) or a country. */
export function handlePointer(map: MapLibreMap, handlers: PointerHandlers): void {
	map.on('mousemove', (event) => {
		const hit = map.queryRenderedFeatures(event.point, { layers: TYPE_LAYER_IDS });
		const id = (hit[0]?.properties.id as string | undefined) ?? null;
		const land = id
			? null
			: map.queryRenderedFeatures(event.point, { layers: ['country-fill'] })[0];
		const iso2 = land?.properties.european ? String(land.properties.iso2) : null;
		// On the canvas: MapLibre's `cursor: grab` on its parent would win over the container's.
		map.getCanvas().style.cursor = id || iso2 ? 'pointer' : '';
		if (id !== handlers.hovered()) handlers.onhover(id);
		handlers.onhovercountry?.(iso2 ? { iso2, ...event.point } : null);
	});
	map.on('mouseout', () => {
		handlers.onhover(null);
		handlers.onhovercountry?.(null);
	});
	map.on('click', (event) => {
		const { x, y } = event.point;
		const hits = map.queryRenderedFeatures(
			[
				[x - 6, y - 6],
				[x + 6, y + 6]
			],
			{ layers: TYPE_LAYER_IDS }
		);
		const ids = [...new Set(hits.map((h) => String(h.properties.id)))];
		if (ids.length > 0) return handlers.onpick(ids);
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
