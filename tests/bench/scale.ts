/**
 * The scale benchmark: the explorer (/) built from synthetic datasets of 1,000, 10,000 and
 * 100,000 commitments (tests/bench/synthetic.ts), served like production (gzip), measured in
 * Chromium on this machine without throttling:
 * - first idle: from navigation to the interactive map's first 'idle' event;
 * - filter change: from a click on a type filter to the map's next 'idle', median of 6 clicks.
 * - slider step (?asof=, issue 14), one month of the time control: re-deriving the shown
 *   commitments in Node on the built dataset (median of 24 months); and in the page, from the key
 *   press on the slider (its event's time) to what the reader sees, median of 6 steps back from
 *   ?asof=2026-05-31 (months with events in the data, so each step changes the map):
 *   - the SVG map's next paint (the map every page shows first, and an embed's until the reader
 *     reaches for the map; measured with MapLibre kept away): the first frame after the page
 *     changed (a requestAnimationFrame, then a task after that frame);
 *   - MapLibre's first frame with the new marks ('map-marks-drawn': their data set and their
 *     tiles made, the 'render' that draws them) and its next 'idle' (tiles done, fades over).
 * The map marks those on the page's performance timeline (src/lib/map/instrument.ts).
 * MapLibre is woken by a pointer over the map, whether or not the page loads it on its own.
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
const PORT = Number(process.env.SCALE_PORT ?? 4181);
/** The slider steps start from here: the months before it have events in the data. */
const STEP_FROM = '2026-05-31';
const STEPS = 6;

export interface ScaleResult {
	commitments: number;
	/** Gzip bytes of the page's HTML (the data is inlined in it). */
	htmlGzipBytes: number;
	firstIdleMs: number;
	filterChangeMs: { median: number; runs: number[] };
	/** One month of the time control: deriving what is shown (Node), and what the reader sees. */
	sliderStepMs: {
		derive: number;
		/** Key press → the SVG map's next paint. */
		toSvgPaint: Runs;
		/** Key press → MapLibre's first frame with the new marks. */
		toGlFrame: Runs;
		/** Key press → MapLibre's next 'idle'. */
		toIdle: Runs;
	};
}

export interface Runs {
	median: number;
	runs: number[];
}
const runsOf = (values: number[]): Runs => ({
	median: Math.round(median(values)),
	runs: values.map(Math.round)
});

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
export async function buildSynthetic(n: number): Promise<string> {
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

/** The start time of the first `name` mark after `after` (ms since navigation). */
async function nextMark(
	page: Page,
	after: number,
	name = 'map-idle',
	timeout = 300_000
): Promise<number> {
	const handle = await page.waitForFunction(
		([t, n]: readonly [number, string]) =>
			performance
				.getEntriesByName(n)
				.map((e) => e.startTime)
				.find((s) => s > t) ?? null,
		[after, name] as const,
		{ timeout, polling: 20 }
	);
	return (await handle.jsonValue()) as number;
}
const nextIdle = (page: Page, after: number) => nextMark(page, after);

/**
 * Before each key press: the time of the next keydown (its event's), and the next paint after
 * the page changes ('step-painted': a task after the frame that follows the first change; the
 * explorer updates in one go, and a step that changes nothing on the map still moves the slider).
 */
async function watchStep(page: Page): Promise<void> {
	await page.evaluate(() => {
		const observer = new MutationObserver(() => {
			observer.disconnect();
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => performance.mark('step-painted');
				channel.port2.postMessage(null);
			});
		});
		const options = { subtree: true, childList: true, attributes: true, characterData: true };
		observer.observe(document.querySelector('.explorer')!, options);
		document.addEventListener(
			'keydown',
			(e) => performance.mark('key', { startTime: e.timeStamp }),
			{
				capture: true,
				once: true
			}
		);
	});
}

/** Six steps back, a month each, by keyboard on the focused slider: ms from each key press. */
async function steps(page: Page, marks: string[]): Promise<number[][]> {
	const slider = page.getByRole('slider', { name: 'Map as of' });
	await slider.focus({ timeout: 60_000 });
	const runs: number[][] = marks.map(() => []);
	for (let i = 0; i < STEPS; i++) {
		await watchStep(page);
		const before = await page.evaluate(() => performance.now());
		await page.keyboard.press('ArrowLeft');
		const key = await nextMark(page, before, 'key');
		for (const [j, name] of marks.entries())
			runs[j]!.push((await nextMark(page, key, name, 60_000)) - key);
		// The URL follows once the slider rests: let that navigation pass before the next step.
		await page.waitForTimeout(1500);
	}
	return runs;
}

/** A slider step on the SVG map: MapLibre kept away (its geometry refused), as without WebGL. */
async function svgSteps(page: Page): Promise<number[]> {
	await page.route('**/data/countries.topo.json', (route) => route.abort());
	await page.goto(`http://127.0.0.1:${PORT}/?asof=${STEP_FROM}`, { timeout: 300_000 });
	await page.locator('.explorer[data-hydrated=true]').waitFor({ timeout: 300_000 });
	await page.hover('.map-frame', { timeout: 300_000 });
	await page.locator('.map-frame[data-map=failed]').waitFor({ timeout: 300_000 });
	await page.waitForTimeout(1000);
	const [paint] = await steps(page, ['step-painted']);
	return paint!;
}

export async function measure(n: number, buildDir: string, derive: number): Promise<ScaleResult> {
	const server = await serveBuild(buildDir, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const html = await readFile(path.join(buildDir, 'index.html'));
		const htmlGzipBytes = gzipSync(html, { level: 9 }).length;
		// The server compresses each file once: warm it, as a host serves precompressed files.
		await fetch(`http://127.0.0.1:${PORT}/`, { headers: { 'accept-encoding': 'gzip' } });
		await page.goto(`http://127.0.0.1:${PORT}/`, { timeout: 300_000 });
		// Whether the page loads MapLibre on its own or waits for the reader: a pointer wakes it.
		await page.hover('.map-frame', { timeout: 300_000 });
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
		// The slider on MapLibre, from a day whose months before have events.
		await page.goto(`http://127.0.0.1:${PORT}/?asof=${STEP_FROM}`, { timeout: 300_000 });
		await page.hover('.map-frame', { timeout: 300_000 });
		await page.locator('.map-frame[data-map=ready]').waitFor({ timeout: 300_000 });
		await nextIdle(page, 0);
		await page.waitForTimeout(1000);
		const [glFrame, idle] = await steps(page, ['map-marks-drawn', 'map-idle']);
		const svgPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const svgPaint = await svgSteps(svgPage);
		return {
			commitments: n,
			htmlGzipBytes,
			firstIdleMs: Math.round(firstIdleMs),
			filterChangeMs: runsOf(runs),
			sliderStepMs: {
				derive,
				toSvgPaint: runsOf(svgPaint),
				toGlFrame: runsOf(glFrame!),
				toIdle: runsOf(idle!)
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
		const step = result.sliderStepMs;
		const runsText = (r: Runs) => `${r.median} ms (${r.runs.join(', ')})`;
		console.log(
			`scale ${String(n).padStart(7)} commitments: first idle ${result.firstIdleMs} ms, ` +
				`filter change → idle median ${runsText(result.filterChangeMs)}, ` +
				`HTML ${(result.htmlGzipBytes / 1024).toFixed(0)} KB gzip, built in ${built} s\n` +
				`${''.padEnd(14)}slider step, medians: derive (Node) ${step.derive} ms | key → SVG map painted ${runsText(step.toSvgPaint)} | ` +
				`key → MapLibre frame with the new marks ${runsText(step.toGlFrame)} | key → MapLibre idle ${runsText(step.toIdle)}`
		);
		results.push(result);
	}
	return results;
}
