/**
 * The scale benchmark: the explorer (/) built from synthetic datasets of 1,000, 10,000 and
 * 100,000 commitments (tests/bench/synthetic.ts), served like production (gzip), measured in
 * Chromium on this machine without throttling:
 * - first idle: from navigation to the interactive map's first 'idle' event;
 * - each page's HTML (gzip): /, /changes, its second page and /promises (issue 16: under
 *   300 KB at 10,000 commitments);
 * - filter change, median of 6 clicks on a type filter (off and on again, three types), from the
 *   click to: the SVG map's next paint (measured as the slider step's, MapLibre kept away);
 *   MapLibre's first frame with the new marks ('map-marks-drawn'); MapLibre's next 'idle'.
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
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
	/** The real dataset (the site's own build), not a synthetic one. */
	real?: boolean;
	/** Gzip bytes of /'s HTML. */
	htmlGzipBytes: number;
	/** Gzip bytes of each measured page's HTML, by path. */
	pagesHtmlGzipBytes: Record<string, number>;
	firstIdleMs: number;
	/** A click on a type filter → MapLibre's next 'idle'. */
	filterChangeMs: Runs;
	/** A click on a type filter → the SVG map's next paint, and MapLibre's frame with the marks. */
	filterPaintMs: { toSvgPaint: Runs; toGlFrame: Runs };
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
async function deriveStepMs(generated: string, data: string): Promise<number> {
	const records: CommitmentRecord[] = JSON.parse(
		await readFile(path.join(generated, 'commitments.json'), 'utf8')
	);
	const { updated: checked } = JSON.parse(await readFile(path.join(data, 'dataset.json'), 'utf8'));
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

/** The pages whose HTML is weighed, and their files in the build. */
const PAGES = ['/', '/changes', '/changes/2', '/promises'];
const fileOf = (page: string) => (page === '/' ? 'index.html' : `${page.slice(1)}.html`);

/** Gzip bytes of each page's HTML in the build (those it has). */
async function pagesHtml(buildDir: string): Promise<Record<string, number>> {
	const sizes: Record<string, number> = {};
	for (const page of PAGES) {
		const html = await readFile(path.join(buildDir, fileOf(page))).catch(() => null);
		if (html) sizes[page] = gzipSync(html, { level: 9 }).length;
	}
	return sizes;
}

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
		PRERENDER_ONLY: ['/', '/data/countries.topo.json', ...PAGES.slice(1)].join(','),
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
async function watchStep(page: Page, event: 'keydown' | 'click' = 'keydown'): Promise<void> {
	await page.evaluate((event) => {
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
		document.addEventListener(event, (e) => performance.mark('key', { startTime: e.timeStamp }), {
			capture: true,
			once: true
		});
	}, event);
}

/** Off and on again, for three types: six changes of what the map shows. */
const FILTER_CLICKS = ['datacenter', 'datacenter', 'security', 'security', 'training', 'training'];

/**
 * Six clicks on the type filters (the pointer's own, on the checkbox's label): ms from each
 * click's event to each mark in `marks`.
 */
export async function filterClicks(page: Page, marks: string[]): Promise<number[][]> {
	const runs: number[][] = marks.map(() => []);
	for (const type of FILTER_CLICKS) {
		await watchStep(page, 'click');
		const before = await page.evaluate(() => performance.now());
		await page.locator(`label:has(input[name=types][value=${type}])`).first().click();
		const click = await nextMark(page, before, 'key');
		for (const [j, name] of marks.entries())
			runs[j]!.push((await nextMark(page, click, name, 60_000)) - click);
		// The URL follows the filters: let that navigation pass before the next click.
		await page.waitForTimeout(1000);
	}
	return runs;
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

/** A filter change on the SVG map: MapLibre kept away (its geometry refused), as without WebGL. */
async function svgFilterClicks(page: Page): Promise<number[]> {
	await page.route('**/data/countries.topo.json', (route) => route.abort());
	await page.goto(`http://127.0.0.1:${PORT}/`, { timeout: 300_000 });
	await page.locator('.explorer[data-hydrated=true]').waitFor({ timeout: 300_000 });
	await page.hover('.map-frame', { timeout: 300_000 });
	await page.locator('.map-frame[data-map=failed]').waitFor({ timeout: 300_000 });
	await page.waitForTimeout(1000);
	const [paint] = await filterClicks(page, ['step-painted']);
	return paint!;
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

export async function measure(
	n: number,
	buildDir: string,
	derive: number,
	real = false
): Promise<ScaleResult> {
	const server = await serveBuild(buildDir, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const html = await readFile(path.join(buildDir, 'index.html'));
		const htmlGzipBytes = gzipSync(html, { level: 9 }).length;
		const pagesHtmlGzipBytes = await pagesHtml(buildDir);
		// The server compresses each file once: warm it, as a host serves precompressed files.
		await fetch(`http://127.0.0.1:${PORT}/`, { headers: { 'accept-encoding': 'gzip' } });
		await page.goto(`http://127.0.0.1:${PORT}/`, { timeout: 300_000 });
		// Whether the page loads MapLibre on its own or waits for the reader: a pointer wakes it,
		// once the page has hydrated (after its first contentful paint: nothing listens before).
		await page.locator('.explorer[data-hydrated=true]').waitFor({ timeout: 300_000 });
		await page.hover('.map-frame', { timeout: 300_000 });
		const firstIdleMs = await nextIdle(page, 0);
		await page.locator('.map-frame[data-map=ready]').waitFor({ timeout: 300_000 });
		await page.waitForTimeout(500);

		const [filterGlFrame, filterIdle] = await filterClicks(page, ['map-marks-drawn', 'map-idle']);
		// The slider on MapLibre, from a day whose months before have events.
		await page.goto(`http://127.0.0.1:${PORT}/?asof=${STEP_FROM}`, { timeout: 300_000 });
		await page.locator('.explorer[data-hydrated=true]').waitFor({ timeout: 300_000 });
		await page.hover('.map-frame', { timeout: 300_000 });
		await page.locator('.map-frame[data-map=ready]').waitFor({ timeout: 300_000 });
		await nextIdle(page, 0);
		await page.waitForTimeout(1000);
		const [glFrame, idle] = await steps(page, ['map-marks-drawn', 'map-idle']);
		const svgPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const svgPaint = await svgSteps(svgPage);
		const svgFilterPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		const filterSvgPaint = await svgFilterClicks(svgFilterPage);
		return {
			commitments: n,
			...(real ? { real } : {}),
			htmlGzipBytes,
			pagesHtmlGzipBytes,
			firstIdleMs: Math.round(firstIdleMs),
			filterChangeMs: runsOf(filterIdle!),
			filterPaintMs: { toSvgPaint: runsOf(filterSvgPaint), toGlFrame: runsOf(filterGlFrame!) },
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

const runsText = (r: Runs) => `${r.median} ms (${r.runs.join(', ')})`;
const kbText = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function describe(result: ScaleResult, built: number | null): string {
	const step = result.sliderStepMs;
	const filter = result.filterPaintMs;
	const label = result.real ? 'real' : 'synthetic';
	return (
		`scale ${String(result.commitments).padStart(7)} commitments (${label}): first idle ${result.firstIdleMs} ms` +
		(built === null ? '' : `, built in ${built} s`) +
		`\n${''.padEnd(14)}HTML gzip: ${Object.entries(result.pagesHtmlGzipBytes)
			.map(([page, bytes]) => `${page} ${kbText(bytes)}`)
			.join(', ')}` +
		`\n${''.padEnd(14)}filter change, medians: click → SVG map painted ${runsText(filter.toSvgPaint)} | ` +
		`click → MapLibre frame with the new marks ${runsText(filter.toGlFrame)} | click → MapLibre idle ${runsText(result.filterChangeMs)}` +
		`\n${''.padEnd(14)}slider step, medians: derive (Node) ${step.derive} ms | key → SVG map painted ${runsText(step.toSvgPaint)} | ` +
		`key → MapLibre frame with the new marks ${runsText(step.toGlFrame)} | key → MapLibre idle ${runsText(step.toIdle)}`
	);
}

/**
 * The real dataset first, when `realBuild` (the site's own build) is given, then each synthetic
 * size, built in turn.
 */
export async function benchScale(sizes: number[], realBuild?: string): Promise<ScaleResult[]> {
	const results: ScaleResult[] = [];
	if (realBuild) {
		const generated = process.env.GEO_OUT_DIR ?? path.join(root, 'src/lib/generated');
		const data = process.env.GEO_DATA_DIR ?? path.join(root, 'geo/data');
		const records = JSON.parse(await readFile(path.join(generated, 'commitments.json'), 'utf8'));
		const derive = await deriveStepMs(generated, data);
		const result = await measure(records.length, realBuild, derive, true);
		console.log(describe(result, null));
		results.push(result);
	}
	for (const n of sizes) {
		const started = performance.now();
		const buildDir = await buildSynthetic(n);
		const built = Math.round((performance.now() - started) / 1000);
		const dir = path.dirname(buildDir);
		const derive = await deriveStepMs(path.join(dir, 'generated'), path.join(dir, 'data'));
		const result = await measure(n, buildDir, derive);
		console.log(describe(result, built));
		results.push(result);
	}
	return results;
}

/**
 * On its own, without Lighthouse: `npx tsx tests/bench/scale.ts --sizes=real,1000,10000` (real:
 * the site's build, BUILD_DIR or build/, made first by `npm run build`); writes
 * tests/bench/results/scale.json.
 */
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
	const arg = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
	const sizes = (arg ?? 'real,1000,10000').split(',');
	const real = sizes.includes('real')
		? path.resolve(root, process.env.BUILD_DIR ?? 'build')
		: undefined;
	const results = await benchScale(sizes.filter((s) => s !== 'real').map(Number), real);
	await mkdir(path.join(root, 'tests/bench/results'), { recursive: true });
	await writeFile(
		path.join(root, 'tests/bench/results/scale.json'),
		JSON.stringify({ date: new Date().toISOString(), runs: results }, null, 2)
	);
	console.log('wrote tests/bench/results/scale.json');
}
