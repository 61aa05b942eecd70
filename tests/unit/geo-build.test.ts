import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { countriesWithin } from '../../geo/lib/countries';
import { focusBounds } from '../../geo/lib/topology';
import { parseCommitments } from '../../geo/lib/commitments';
import { BASEMAP_CLIP } from '../../src/lib/frame/extent';
import { csvOf, validRow } from './helpers/csv';

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

async function dataFolder(commitmentsCsv: string) {
	const dir = await mkdtemp(path.join(tmpdir(), 'geo-data-'));
	await writeFile(path.join(dir, 'commitments.csv'), commitmentsCsv);
	await copyFile(path.join(root, 'geo/data/populations.csv'), path.join(dir, 'populations.csv'));
	await copyFile(path.join(root, 'geo/data/dataset.json'), path.join(dir, 'dataset.json'));
	return dir;
}

describe('the shipped dataset', () => {
	it('passes every check', async () => {
		const text = await readFile(path.join(root, 'geo/data/commitments.csv'), 'utf8');
		const { commitments, problems } = parseCommitments(
			text,
			'geo/data/commitments.csv',
			countriesWithin(BASEMAP_CLIP)
		);
		expect(problems).toEqual([]);
		expect(commitments.length).toBeGreaterThanOrEqual(60);
		for (const c of commitments) {
			expect(c.sources.length, c.id).toBeGreaterThan(0);
			if (c.confidence === 'low') expect(c.confidenceNote, c.id).toBeTruthy();
		}
	});

	it('has the 22 Azure regions of the research notes and the article’s unconfirmed claims', async () => {
		const text = await readFile(path.join(root, 'geo/data/commitments.csv'), 'utf8');
		const { commitments } = parseCommitments(text, 'x', countriesWithin(BASEMAP_CLIP));
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
		const result = await geoBuild(await dataFolder(csvOf([validRow()])), out);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^geo: 1 commitments, 45 populations, \d+ countries/);
		expect((await readdir(out)).sort()).toEqual([
			'basemap.json',
			'commitments.json',
			'countries.topo.json',
			'meta.json',
			'populations.json'
		]);
		const [written] = JSON.parse(await readFile(path.join(out, 'commitments.json'), 'utf8'));
		expect(written.id).toBe('azure-francecentral');
	});

	it('fails on bad data with every problem, and leaves the previous files untouched', async () => {
		const out = await mkdtemp(path.join(tmpdir(), 'geo-out-'));
		await writeFile(path.join(out, 'commitments.json'), '["previous"]');
		const bad = csvOf([
			validRow({ type: 'castle' }),
			validRow({ id: 'second', sources: 'ftp://example.org/x' })
		]);
		const result = await geoBuild(await dataFolder(bad), out);
		expect(result.code).toBe(1);
		const dataFile = result.stderr.match(/^(\S+commitments\.csv):2:/m)?.[1];
		expect(dataFile).toBeTruthy();
		expect(result.stderr).toContain(
			`${dataFile}:2: type: must be one of datacenter, security, training, startup (got "castle")`
		);
		expect(result.stderr).toContain(
			`${dataFile}:3: sources: must be an http(s) URL (got "ftp://example.org/x")`
		);
		expect(result.stderr).toContain('2 problems in the data; nothing was written');
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
