/**
 * npm run geo: reads geo/data/*.csv, validates every row (and each commitment against its dated
 * events in history.csv), and writes the generated data that the app imports at build time
 * (src/lib/generated/, git-ignored). Nothing is written unless
 * every file is valid, and each file is replaced atomically, so a bad edit never breaks a build
 * that was working: it fails with every problem listed as file:line: field: message.
 *
 * GEO_DATA_DIR overrides geo/data (the tests build fixture datasets with it);
 * GEO_OUT_DIR overrides src/lib/generated.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEuropean } from '../src/lib/data/countries';
import { BASEMAP_CLIP, SVG_BASEMAP_CLIP } from '../src/lib/frame/extent';
import { countriesWithin } from './lib/countries';
import { parseDatasetMeta } from './lib/meta';
import { findRepository } from './lib/repository';
import { parsePlaces } from './lib/places';
import { parsePopulations } from './lib/populations';
import { labelPoints } from './lib/labels';
import { basemapPaths, buildTopology, focusBounds, topologyToFeatures } from './lib/topology';
import { readDataset } from './lib/dataset';
import { formatProblem } from './lib/problems';
import { sharedDataOf } from '../src/lib/data/shared-data';
import { loadMessages } from '../src/lib/i18n';
import { LOCALES } from '../src/lib/i18n/locales';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, process.env.GEO_DATA_DIR ?? 'geo/data');
const outDir = path.resolve(root, process.env.GEO_OUT_DIR ?? 'src/lib/generated');

async function main() {
	const started = performance.now();
	const commitmentsFile = path.join(dataDir, 'commitments.csv');
	const historyFile = path.join(dataDir, 'history.csv');
	const populationsFile = path.join(dataDir, 'populations.csv');
	const shown = (file: string) => path.relative(process.cwd(), file) || file;

	const countries = countriesWithin(BASEMAP_CLIP);
	/** The build's day: deadlines before it have passed (npm run build runs npm run geo first). */
	const today = new Date().toISOString().slice(0, 10);
	const { commitments, problems } = readDataset({
		commitments: { file: shown(commitmentsFile), text: await readFile(commitmentsFile, 'utf8') },
		history: { file: shown(historyFile), text: await readIfExists(historyFile) },
		countries,
		today
	});
	const populationsResult = parsePopulations(
		await readFile(populationsFile, 'utf8'),
		shown(populationsFile)
	);
	// The gazetteer is no part of a dataset: a fixture's data folder may leave it out.
	const ownPlaces = path.join(dataDir, 'places.csv');
	const placesFile =
		(await readIfExists(ownPlaces)) === null ? path.join(root, 'geo/data/places.csv') : ownPlaces;
	const placesResult = parsePlaces(await readFile(placesFile, 'utf8'), shown(placesFile));
	const datasetFile = path.join(dataDir, 'dataset.json');
	const meta = parseDatasetMeta(await readFile(datasetFile, 'utf8'), shown(datasetFile));
	const allProblems = [
		...problems,
		...populationsResult.problems,
		...placesResult.problems,
		...meta.problems
	];
	if (allProblems.length > 0) {
		for (const problem of allProblems) console.error(formatProblem(problem));
		console.error(
			`\n${allProblems.length} problem${allProblems.length === 1 ? '' : 's'} in the data; nothing was written (the previous generated files are untouched).`
		);
		process.exit(1);
	}

	const topology = buildTopology(countries, { minWeight: 1e-3, quantization: 1e5 });
	const coarse = topologyToFeatures(
		buildTopology(countriesWithin(SVG_BASEMAP_CLIP), { minWeight: 2e-2, quantization: 1e4 })
	);
	const basemap = {
		countries: basemapPaths(coarse),
		focus: focusBounds(countries.filter((c) => isEuropean(c.properties.iso2))),
		labels: labelPoints(countries.filter((c) => isEuropean(c.properties.iso2)))
	};

	const outputs: Record<string, unknown> = {
		'commitments.json': commitments,
		'populations.json': populationsResult.populations,
		'meta.json': { ...meta.meta, repository: await findRepository(meta.meta?.repository) },
		'countries.topo.json': topology,
		'basemap.json': basemap,
		'places.json': placesResult.places,
		'build.json': { today }
	};
	// What the explorer's pages share, a file per language cached across pages (src/lib/data/
	// shared-data.ts).
	const areas = Object.fromEntries(
		await Promise.all(LOCALES.map(async (l) => [l, (await loadMessages(l)).dataLang.cityArea]))
	);
	const shared = sharedDataOf(
		{
			records: commitments,
			populations: populationsResult.populations,
			basemap: { countryShapes: basemap.countries, focus: basemap.focus, labels: basemap.labels },
			places: placesResult.places,
			checked: meta.meta!.updated,
			today
		},
		areas
	);
	for (const lang of LOCALES) outputs[`explorer-data.${lang}.json`] = shared[lang];
	await mkdir(outDir, { recursive: true });
	const written = await Promise.all(
		Object.entries(outputs).map(async ([name, value]) => {
			const target = path.join(outDir, name);
			const temporary = `${target}.${process.pid}.tmp`;
			await writeFile(temporary, JSON.stringify(value));
			return { target, temporary };
		})
	);
	for (const { target, temporary } of written) await rename(temporary, target);
	const ms = Math.round(performance.now() - started);
	console.log(
		`geo: ${commitments.length} commitments, ${commitments.reduce((n, c) => n + c.history.length, 0)} events, ${populationsResult.populations.length} populations, ${placesResult.places.length} places, ${countries.length} countries → ${shown(outDir)} (${ms} ms)`
	);
}

async function readIfExists(file: string): Promise<string | null> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

await main();
