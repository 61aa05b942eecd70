/**
 * Synthetic datasets for the scale benchmark: n commitments that pass every check of the data
 * pipeline. Row i is the real dataset's row i mod 68 under a new id and name, with that row's
 * dated events (history.csv) under the new id; a row with a place on the map gets a random point
 * inside its own country and the points' bounds (seeded, so every run draws the same). A part
 * (`part_of`) points to its parent's copy in the same round of 68, or to none when the dataset
 * ends before it.
 */
import {
	csvFormat,
	csvParse,
	geoBounds,
	geoContains,
	group,
	randomLcg,
	type DSVRowString
} from 'd3';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { countriesWithin } from '../../geo/lib/countries';
import { BASEMAP_CLIP, inBounds, POINT_BOUNDS } from '../../src/lib/frame/extent';

const root = path.resolve(import.meta.dirname, '../..');

/** Writes commitments.csv (n rows), history.csv, populations.csv and dataset.json into `dir`. */
export async function writeSyntheticDataset(dir: string, n: number): Promise<void> {
	const source = path.join(root, 'geo/data');
	const real = csvParse(await readFile(path.join(source, 'commitments.csv'), 'utf8'));
	const history = csvParse(await readFile(path.join(source, 'history.csv'), 'utf8'));
	const indexOf = new Map(real.map((row, i) => [row.id!, i]));
	const countries = new Map(countriesWithin(BASEMAP_CLIP).map((c) => [c.properties.iso2, c]));
	const random = randomLcg(42);

	/** A point inside the country, or the real row's point if 200 draws miss (a tiny country). */
	function pointIn(iso2: string, fallback: [number, number]): [number, number] {
		const shape = countries.get(iso2);
		if (!shape) return fallback;
		const [[w, s], [e, n]] = geoBounds(shape);
		for (let tries = 0; tries < 200; tries++) {
			const point: [number, number] = [w + random() * (e - w), s + random() * (n - s)];
			if (inBounds(point, POINT_BOUNDS) && geoContains(shape, point)) return point;
		}
		return fallback;
	}

	const rows = Array.from({ length: n }, (_, i) => {
		const row = { ...real[i % real.length]! };
		row.id = `${row.id}-${i}`;
		if (row.part_of) {
			const parent = i - (i % real.length) + indexOf.get(row.part_of)!;
			row.part_of = parent < n ? `${row.part_of}-${parent}` : '';
		}
		// Each name (and its translations, which must state the English name's figures) numbered.
		for (const column of real.columns.filter((c) => c === 'name' || c.startsWith('name_'))) {
			if (row[column]) row[column] = `${row[column]} (synthetic ${i + 1})`;
		}
		if (row.lat && row.lon) {
			const [lon, lat] = pointIn(row.country!, [Number(row.lon), Number(row.lat)]);
			row.lat = lat.toFixed(4);
			row.lon = lon.toFixed(4);
		}
		return row;
	});

	await mkdir(dir, { recursive: true });
	await writeFile(path.join(dir, 'commitments.csv'), csvFormat(rows, real.columns));
	const eventsOf = group(history, (event) => event.id);
	const events: DSVRowString[] = rows.flatMap((row, i) =>
		(eventsOf.get(real[i % real.length]!.id) ?? []).map((event) => ({ ...event, id: row.id! }))
	);
	await writeFile(path.join(dir, 'history.csv'), csvFormat(events, history.columns));
	for (const file of ['populations.csv', 'dataset.json']) {
		await copyFile(path.join(source, file), path.join(dir, file));
	}
}
