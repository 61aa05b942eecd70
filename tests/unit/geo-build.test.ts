import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { countriesWithin } from '../../geo/lib/countries';
import { formatProblem } from '../../geo/lib/problems';
import { focusBounds } from '../../geo/lib/topology';
import { readDataset } from '../../geo/lib/dataset';
import { BASEMAP_CLIP } from '../../src/lib/frame/extent';
import { csvOf, historyOf, validRow } from './helpers/csv';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** Runs `npm run geo`'s script on a data folder, into an output folder. */
async function geoBuild(dataDir: string, outDir: string) {
	try {
		const { stdout, stderr } = await run(tsx, ['geo/build.ts'], {
			cwd: root,
			env: { ...process.env, GEO_DATA_DIR: dataDir, GEO_OUT_DIR: outDir }
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

async function dataFolder(rows: ReturnType<typeof validRow>[]) {
	const dir = await mkdtemp(path.join(tmpdir(), 'geo-data-'));
	await writeFile(path.join(dir, 'commitments.csv'), csvOf(rows));
	await writeFile(path.join(dir, 'history.csv'), historyOf(rows));
	await copyFile(path.join(root, 'geo/data/populations.csv'), path.join(dir, 'populations.csv'));
	await copyFile(path.join(root, 'geo/data/dataset.json'), path.join(dir, 'dataset.json'));
	return dir;
}

/** geo/data as the build reads it, checked against today. */
async function shipped() {
	const read = (file: string) => readFile(path.join(root, file), 'utf8');
	return readDataset({
		commitments: { file: 'geo/data/commitments.csv', text: await read('geo/data/commitments.csv') },
		history: { file: 'geo/data/history.csv', text: await read('geo/data/history.csv') },
		countries: countriesWithin(BASEMAP_CLIP),
		today: new Date().toISOString().slice(0, 10)
	});
}

describe('the shipped dataset', () => {
	it('passes every check, and every commitment has its announcement first', async () => {
		const { commitments, problems } = await shipped();
		expect(problems.map(formatProblem)).toEqual([]);
		expect(commitments.length).toBeGreaterThanOrEqual(60);
		for (const c of commitments) {
			expect(c.sources.length, c.id).toBeGreaterThan(0);
			if (c.confidence === 'low') expect(c.confidenceNote, c.id).toBeTruthy();
			expect(c.history[0]?.kind, c.id).toBe('announced');
			for (const event of c.history) expect(event.sources.length, c.id).toBeGreaterThan(0);
		}
	});

	it('has no precision=site row without a source for the facility’s own location', async () => {
		const text = await readFile(path.join(root, 'geo/data/commitments.csv'), 'utf8');
		const rows = csvParse(text.replace(/^\uFEFF/, ''));
		const sites = rows.filter((row) => row.precision === 'site');
		expect(
			sites.filter((row) => !/^https?:\/\/\S+/.test(row.location_source ?? '')).map((r) => r.id)
		).toEqual([]);
	});

	it('has the 22 Azure regions of the research notes and the article’s unconfirmed claims', async () => {
		const { commitments } = await shipped();
		expect(commitments.filter((c) => c.id.startsWith('azure-'))).toHaveLength(22);
		const skills = commitments.find((c) => c.targetPeople === 2_500_000);
		expect(skills).toMatchObject({
			confidence: 'low',
			precision: 'europe',
			claimedBy: 'The article (brief)'
		});
		const centres = commitments.find((c) => /incident response centres/i.test(c.name));
		expect(centres).toMatchObject({ confidence: 'low', precision: 'europe', coordinates: null });
	});
});

// Each test runs the pipeline in a child process (a few seconds on a busy machine).
describe('npm run geo', { timeout: 30_000 }, () => {
	it('writes the generated files from valid data', async () => {
		const out = await mkdtemp(path.join(tmpdir(), 'geo-out-'));
		const result = await geoBuild(await dataFolder([validRow()]), out);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/^geo: 1 commitments, 2 events, 45 populations, \d+ places, \d+ countries/
		);
		expect((await readdir(out)).sort()).toEqual([
			'basemap.json',
			'build.json',
			'commitments.json',
			'countries.topo.json',
			'explorer-data.de.json',
			'explorer-data.en.json',
			'explorer-data.es.json',
			'explorer-data.fr.json',
			'explorer-data.it.json',
			'explorer-data.nl.json',
			'explorer-data.pl.json',
			'meta.json',
			'places.json',
			'populations.json'
		]);
		// The explorer's shared data: the briefs, without their texts, in each language.
		const shared = JSON.parse(await readFile(path.join(out, 'explorer-data.es.json'), 'utf8'));
		expect(shared.commitments).toHaveLength(1);
		expect(shared.commitments[0]).toMatchObject({ id: 'azure-francecentral', city: 'París' });
		expect(shared.commitments[0]).not.toHaveProperty('summary');
		const { today } = JSON.parse(await readFile(path.join(out, 'build.json'), 'utf8'));
		expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const [written] = JSON.parse(await readFile(path.join(out, 'commitments.json'), 'utf8'));
		expect(written.id).toBe('azure-francecentral');
		expect(written.history.map((e: { kind: string }) => e.kind)).toEqual(['announced', 'opened']);
	});

	it('fails on bad data with every problem, and leaves the previous files untouched', async () => {
		const out = await mkdtemp(path.join(tmpdir(), 'geo-out-'));
		await writeFile(path.join(out, 'commitments.json'), '["previous"]');
		const bad = [
			validRow({ type: 'castle' }),
			validRow({ id: 'second', sources: 'ftp://example.org/x' })
		];
		const data = await dataFolder(bad);
		const history = await readFile(path.join(data, 'history.csv'), 'utf8');
		await writeFile(
			path.join(data, 'history.csv'),
			`${history}third,2030,announced,announced,,,https://example.org/c,\n`
		);
		const result = await geoBuild(data, out);
		expect(result.code).toBe(1);
		const dataFile = result.stderr.match(/^(\S+commitments\.csv):2:/m)?.[1];
		expect(dataFile).toBeTruthy();
		expect(result.stderr).toContain(
			`${dataFile}:2: type: must be one of datacenter, security, training, startup (got "castle")`
		);
		expect(result.stderr).toContain(
			`${dataFile}:3: sources: must be an http(s) URL (got "ftp://example.org/x")`
		);
		const historyFile = dataFile!.replace(/commitments\.csv$/, 'history.csv');
		expect(result.stderr).toContain(
			`${historyFile}:6: id: is not a commitment in ${dataFile} (got "third")`
		);
		expect(result.stderr).toMatch(
			new RegExp(
				`${historyFile}:6: date: is after today \\(\\d{4}-\\d{2}-\\d{2}\\) \\(got "2030"\\)`
			)
		);
		expect(result.stderr).toContain('4 problems in the data; nothing was written');
		expect(await readFile(path.join(out, 'commitments.json'), 'utf8')).toBe('["previous"]');
		expect(await readdir(out)).toEqual(['commitments.json']);
	});
});

describe('focusBounds', () => {
	const focus = focusBounds(countriesWithin(BASEMAP_CLIP));

	it('frames each country by its largest polygon, never the whole globe', () => {
		for (const [iso2, [[w, s], [e, n]]] of Object.entries(focus)) {
			expect(e - w, iso2).toBeLessThan(60);
			expect(n - s, iso2).toBeLessThan(40);
		}
		// Italy's mainland: roughly 6.6° to 18.5° E, 37.9° to 47.1° N (Sicily and Sardinia apart).
		const [[w, s], [e, n]] = focus.IT!;
		expect(w).toBeCloseTo(6.6, 0);
		expect(e).toBeCloseTo(18.5, 0);
		expect(s).toBeCloseTo(37.9, 0);
		expect(n).toBeCloseTo(47.1, 0);
		// Spain without the Canaries (about 28° N): the mainland starts near 36° N.
		expect(focus.ES![0][1]).toBeGreaterThan(35.5);
	});
});
