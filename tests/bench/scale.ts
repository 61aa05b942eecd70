/**
 * The scale benchmark: the explorer (/) built from synthetic datasets of 1,000, 10,000 and
 * 100,000 commitments (tests/bench/synthetic.ts), served like production (gzip), measured in
 * Chromium on this machine without throttling:
 * - first idle: from navigation to the interactive map's first 'idle' event;
 * - filter change: from a click on a type filter to the map's next 'idle', median of 6 clicks.
 * - slider step (?asof=, issue 14): re-deriving the shown commitments for one month of the time
 *   control, in Node on the built dataset (median of 24 steps), and in the page from a key
 *   press on the slider to the map's next 'idle' (median of 6 steps back, one month each).
 * The map marks each 'idle' on the page's performance timeline (performance.mark('map-idle')).
 */
import { chromium, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { commitmentsAsOf, monthEndAfter, timelineOf } from '../../src/lib/data/asof';
import { briefOf } from '../../src/lib/data/details';
import { filterCommitments } from '../../src/lib/data/filter';
import type { CommitmentRecord } from '../../src/lib/data/types';
import { DEFAULT_VIEW } from '../../src/lib/state/view';
import { serveBuild } from './serve';
import { writeSyntheticDataset } from './synthetic';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const PORT = 4181;

export interface ScaleResult {
	commitments: number;
	/** Gzip bytes of the page's HTML (the data is inlined in it). */
	htmlGzipBytes: number;
	firstIdleMs: number;
	filterChangeMs: { median: number; runs: number[] };
	/** One month of the time control: deriving what is shown (Node), and the map's redraw. */
	sliderStepMs: { derive: number; toIdle: { median: number; runs: number[] } };
}

/**
 * What one slider step costs before anything is drawn: the commitments as they stood at the end
 * of a month, through the filters, over the synthetic dataset; median of 24 consecutive months.
 */
async function deriveStepMs(dir: string): Promise<number> {
	const records: CommitmentRecord[] = JSON.parse(
		await readFile(path.join(dir, 'generated/commitments.json'), 'utf8')
	);
	const { updated: checked } = JSON.parse(
		await readFile(path.join(dir, 'data/dataset.json'), 'utf8')
	);
	const commitments = records.map(briefOf);
	const timelines = Object.fromEntries(records.map((r) => [r.id, timelineOf(r.history, checked)]));
	const runs: number[] = [];
	for (let month = 0; month < 24; month++) {
		const day = monthEndAfter('2023-01-31', month);
		const started = performance.now();
		filterCommitments(commitmentsAsOf(commitments, timelines, day), DEFAULT_VIEW);
		runs.push(performance.now() - started);
	}
	return Number(median(runs).toFixed(2));
}

export const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Builds / (and the map's geometry) from n synthetic commitments into .bench/n/build. */
async function buildSynthetic(n: number): Promise<string> {
	const dir = path.join(root, '.bench', String(n));
	await rm(dir, { recursive: true, force: true });
	await writeSyntheticDataset(path.join(dir, 'data'), n);
	const env = {
		...process.env,
		GEO_DATA_DIR: path.join(dir, 'data'),
		GEO_OUT_DIR: path.join(dir, 'generated'),
		KIT_OUT_DIR: path.join(dir, 'kit'),
		BUILD_DIR: path.join(dir, 'build'),
		PRERENDER_ONLY: '/,/data/countries.topo.json',
		NODE_OPTIONS: '--max-old-space-size=8192'
	};
	const options = { cwd: root, env, maxBuffer: 64 * 1024 * 1024 };
	await run('npx', ['tsx', 'geo/build.ts'], options);
	await run('npx', ['vite', 'build', '--logLevel', 'error'], options);
	return env.BUILD_DIR;
}

/** The start time of the first 'map-idle' mark after `after` (ms since navigation). */
async function nextIdle(page: Page, after: number): Promise<number> {
	const handle = await page.waitForFunction(
		(t) =>
			performance
				.getEntriesByName('map-idle')
				.map((e) => e.startTime)
				.find((s) => s > t) ?? null,
		after,
		{ timeout: 300_000, polling: 50 }
	);
	return (await handle.jsonValue()) as number;
}

async function measure(n: number, buildDir: string, derive: number): Promise<ScaleResult> {
	const server = await serveBuild(buildDir, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const html = await readFile(path.join(buildDir, 'index.html'));
		const htmlGzipBytes = gzipSync(html, { level: 9 }).length;
		// The server compresses each file once: warm it, as a host serves precompressed files.
		await fetch(`http://127.0.0.1:${PORT}/`, { headers: { 'accept-encoding': 'gzip' } });
		await page.goto(`http://127.0.0.1:${PORT}/`, { timeout: 300_000 });
		const firstIdleMs = await nextIdle(page, 0);
		await page.locator('.map-frame[data-map=ready]').waitFor({ timeout: 300_000 });
		await page.waitForTimeout(500);

		const runs: number[] = [];
		// Off and on again, for three types: six changes of what the map shows.
		for (const type of [
			'datacenter',
			'datacenter',
			'security',
			'security',
			'training',
			'training'
		]) {
			const started = await page.evaluate((t) => {
				const box = document.querySelector<HTMLInputElement>(`input[name=types][value=${t}]`)!;
				const now = performance.now();
				box.click();
				return now;
			}, type);
			runs.push((await nextIdle(page, started)) - started);
			await page.waitForTimeout(300);
		}
		// The time control loads after hydration: then six steps back, a month each, by keyboard.
		const slider = page.getByRole('slider', { name: 'Map as of' });
		await slider.focus({ timeout: 60_000 });
		const steps: number[] = [];
		for (let i = 0; i < 6; i++) {
			const started = await page.evaluate(() => performance.now());
			await page.keyboard.press('ArrowLeft');
			steps.push((await nextIdle(page, started)) - started);
			await page.waitForTimeout(300);
		}
		return {
			commitments: n,
			htmlGzipBytes,
			firstIdleMs: Math.round(firstIdleMs),
			filterChangeMs: { median: Math.round(median(runs)), runs: runs.map(Math.round) },
			sliderStepMs: {
				derive,
				toIdle: { median: Math.round(median(steps)), runs: steps.map(Math.round) }
			}
		};
	} finally {
		await browser.close();
		server.close();
	}
}

export async function benchScale(sizes: number[]): Promise<ScaleResult[]> {
	const results: ScaleResult[] = [];
	for (const n of sizes) {
		const started = performance.now();
		const buildDir = await buildSynthetic(n);
		const built = Math.round((performance.now() - started) / 1000);
		const derive = await deriveStepMs(path.dirname(buildDir));
		const result = await measure(n, buildDir, derive);
		console.log(
			`scale ${String(n).padStart(7)} commitments: first idle ${result.firstIdleMs} ms, ` +
				`filter change → idle median ${result.filterChangeMs.median} ms ` +
				`(runs ${result.filterChangeMs.runs.join(', ')}), slider step: derive ${result.sliderStepMs.derive} ms, ` +
				`→ idle median ${result.sliderStepMs.toIdle.median} ms (runs ${result.sliderStepMs.toIdle.runs.join(', ')}), HTML ${(result.htmlGzipBytes / 1024).toFixed(0)} KB gzip, built in ${built} s`
		);
		results.push(result);
	}
	return results;
}
