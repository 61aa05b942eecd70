/**
 * npm run bench: what each route costs a reader, measured on the production build.
 * - bytes (gzip) each route loads before MapLibre is requested, and what it loads after (the
 *   interactive map: its component, MapLibre, its worker and CSS, the countries' TopoJSON), by
 *   kind. The embed requests MapLibre only when the reader reaches for the map: a pointer over it.
 * - Lighthouse 12 on its mobile preset, median of five runs: performance, LCP, TBT, CLS, with the
 *   site served over HTTP/2 as a CDN serves it (over HTTP/1.1 where openssl is missing: slower);
 * - scale (tests/bench/scale.ts): the explorer built from 1,000, 10,000 and 100,000 synthetic
 *   commitments, time to the map's first idle and from a filter change to its next idle.
 * - the data every explorer page shares (a file per language), and what a second page visited
 *   in the same tab downloads (tests/bench/second-page.ts): never that data again.
 * Prints a table and writes tests/bench/results/latest.json, which `npm run budget` checks.
 * BENCH_PORT, BUILD_DIR and KIT_OUT_DIR: another port, another build (as svelte.config.js).
 *
 * --quick: bytes only. --ci: bytes, and Lighthouse on /embed only (what the budgets need).
 * --scale=1000,10000: other dataset sizes (--scale=none skips them).
 */
import { chromium } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PLAIN_ARGS } from '../e2e/chromium';
import { benchScale, median } from './scale';
import { describeSecondPage, measureSecondPage, SHARED_DATA } from './second-page';
import { serveBuild, serveBuildHttp2 } from './serve';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 4180);
// The build measured: BUILD_DIR and KIT_OUT_DIR as svelte.config.js reads them.
const BUILD_DIR = path.resolve(root, process.env.BUILD_DIR ?? 'build');
const KIT_DIR = path.resolve(root, process.env.KIT_OUT_DIR ?? '.svelte-kit');
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Where Lighthouse loads the pages: HTTP/2 on the next port (see serveBuildHttp2). */
let lighthouseOrigin = ORIGIN;
const ROUTES = ['/', '/embed', '/country/de', '/fr/country/fr'];
/** Pages without the explorer: Lighthouse only (the full benchmark). */
const OTHER_ROUTES = ['/promises'];
const quick = process.argv.includes('--quick');
const ci = process.argv.includes('--ci');
const scaleArg = process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length);
const SCALE_SIZES =
	quick || ci || scaleArg === 'none'
		? []
		: (scaleArg?.split(',').map(Number) ?? [1_000, 10_000, 100_000]);
const LIGHTHOUSE_ROUTES = quick ? [] : ci ? ['/embed'] : [...ROUTES, ...OTHER_ROUTES];
/**
 * The full benchmark also gives Lighthouse these pages without their scripts (`withoutScripts`):
 * the floor, what the page's HTML, styles and the browser's own work cost on this machine before
 * any of the app's code runs, so that a target under the floor is seen as such.
 */
const FLOOR_ROUTES = quick || ci ? [] : ['/', '/embed'];
/** The routes also loaded through a throttled network and CPU for real (the full benchmark). */
const APPLIED_ROUTES = quick || ci ? [] : LIGHTHOUSE_ROUTES;
/** Where Lighthouse loads the floor's pages (set in main). */
let floorOrigin = '';

type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
type Bytes = Record<Kind, number>;
const zero = (): Bytes => ({ html: 0, css: 0, js: 0, data: 0, other: 0 });

function kindOf(url: string, type: string): Kind {
	if (type.includes('html')) return 'html';
	if (type.includes('css')) return 'css';
	if (type.includes('javascript') || /\.m?js$/.test(url)) return 'js';
	if (type.includes('json') || type.includes('csv')) return 'data';
	return 'other';
}

/** The build's files that belong to the interactive map (from Vite's manifest). */
async function interactiveMapFiles(): Promise<string[]> {
	const manifest: Record<string, { file: string }> = JSON.parse(
		await readFile(path.join(KIT_DIR, 'output/client/.vite/manifest.json'), 'utf8')
	);
	const files = ['src/lib/map/Map.gl.svelte', 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'].map(
		(source) => manifest[source]?.file
	);
	if (files.some((f) => !f)) throw new Error('The interactive map is missing from the manifest');
	return files as string[];
}

/**
 * Gzip bytes by kind: those requested before the interactive map was (its component or
 * MapLibre), and those after. An embed is first left alone, then the pointer goes over its map.
 */
async function measureBytes(route: string, mapFiles: string[]) {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
	const initial = zero();
	const lazy = zero();
	let lazyPhase = false;
	const phase = new Map<string, boolean>();
	const pending: Promise<void>[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (mapFiles.some((file) => url.endsWith(file))) lazyPhase = true;
		phase.set(url, lazyPhase);
	});
	page.on('response', (response) => {
		const url = response.url();
		if (!url.startsWith(ORIGIN)) return;
		const bucket = phase.get(url) ? lazy : initial;
		const kind = kindOf(url, response.headers()['content-type'] ?? '');
		pending.push(
			response
				.body()
				.then((body) => {
					bucket[kind] += gzipSync(body, { level: 9 }).length;
				})
				.catch(() => undefined)
		);
	});
	await page.goto(`${ORIGIN}${route}`, { waitUntil: 'networkidle' });
	await page.waitForSelector('.explorer[data-hydrated=true]');
	// Full pages request the map on their own (after the first paint); the embed waits.
	const mapRequestedOnLoad = await page
		.waitForRequest((request) => mapFiles.some((file) => request.url().endsWith(file)), {
			timeout: 3_000
		})
		.then(
			() => true,
			() => lazyPhase
		);
	if (!mapRequestedOnLoad) await page.hover('.map-frame');
	await page.waitForSelector('.map-frame[data-map=ready]', { state: 'attached', timeout: 60_000 });
	await page.waitForTimeout(500);
	await Promise.all(pending);
	await browser.close();
	return { initial, lazy, mapRequestedOnLoad };
}

/** Five runs: on a shared 2-core machine one run's score moves by ±4 points. */
const LIGHTHOUSE_RUNS = 5;

/**
 * Lighthouse's other way (the full benchmark, three runs): the page loaded for real through the
 * same phone's throttled network and 4× slower CPU (`--throttling-method=devtools`), where the
 * default simulates that load from an unthrottled one. Its LCP is the paint a reader on that
 * phone waits for; the simulated LCP of a page whose largest text paints in its first frame also
 * counts every request that finished before that frame, its preloaded scripts included
 * (GoogleChrome/lighthouse#16539; see README, "Measuring it").
 */
const APPLIED_RUNS = 3;

async function lighthouse(
	route: string,
	{ origin = lighthouseOrigin, applied = false }: { origin?: string; applied?: boolean } = {}
) {
	const runs = [];
	const dir = await mkdtemp(path.join(tmpdir(), 'lighthouse-'));
	for (let i = 0; i < (applied ? APPLIED_RUNS : LIGHTHOUSE_RUNS); i++) {
		const output = path.join(dir, `run-${i}.json`);
		await run(
			path.join(root, 'node_modules/.bin/lighthouse'),
			[
				`${origin}${route}`,
				'--only-categories=performance',
				...(applied ? ['--throttling-method=devtools'] : []),
				'--output=json',
				`--output-path=${output}`,
				'--quiet',
				`--chrome-flags=--headless --ignore-certificate-errors ${PLAIN_ARGS.join(' ')}`
			],
			{ env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 }
		);
		const report = JSON.parse(await readFile(output, 'utf8'));
		runs.push({
			performance: Math.round((report.categories.performance.score ?? 0) * 100),
			lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
			tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
			cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3))
		});
	}
	return {
		runs,
		median: {
			performance: median(runs.map((r) => r.performance)),
			lcpMs: median(runs.map((r) => r.lcpMs)),
			tbtMs: median(runs.map((r) => r.tbtMs)),
			cls: median(runs.map((r) => r.cls))
		}
	};
}

function describeLighthouse(lh: Awaited<ReturnType<typeof lighthouse>>, applied = false): string {
	const m = lh.median;
	return (
		`Lighthouse mobile (${lighthouseOrigin.startsWith('https') ? 'h2' : 'http/1.1'}${applied ? ', throttled for real' : ''}), median of ${lh.runs.length}: ` +
		`performance ${m.performance}, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, CLS ${m.cls}` +
		`  (runs: ${lh.runs.map((r) => r.performance).join(', ')})`
	);
}

/** A route's simulated runs, and its runs throttled for real where the benchmark makes them. */
async function lighthouseRuns(route: string) {
	const lh = await lighthouse(route);
	const real = APPLIED_ROUTES.includes(route) ? await lighthouse(route, { applied: true }) : null;
	return { lh, real };
}

/** Their lines, the first after `label` (a route, or nothing under the route's bytes). */
function describeRuns(
	label: string,
	lh: Awaited<ReturnType<typeof lighthouse>>,
	real: Awaited<ReturnType<typeof lighthouse>> | null
): string {
	const lines = [`${label.padEnd(12)} ${describeLighthouse(lh)}`];
	if (real) lines.push(`${''.padEnd(12)} ${describeLighthouse(real, true)}`);
	return lines.join('\n');
}

async function scaleResults() {
	const runs = await benchScale(SCALE_SIZES, BUILD_DIR);
	const first = runs[0]!;
	const last = runs.at(-1)!;
	const ratio = {
		of: `${last.commitments} / ${first.commitments}`,
		firstIdle: Number((last.firstIdleMs / first.firstIdleMs).toFixed(1)),
		filterChange: Number((last.filterChangeMs.median / first.filterChangeMs.median).toFixed(1))
	};
	console.log(
		`scale ratio ${ratio.of} commitments: first idle ×${ratio.firstIdle}, filter change ×${ratio.filterChange}`
	);
	return { runs, ratio };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

/** Gzip bytes of the data every explorer page shares, one file per language (by its name). */
async function sharedDataSizes(): Promise<Record<string, number>> {
	const dir = path.join(BUILD_DIR, '_app/immutable/assets');
	const files = (await readdir(dir)).filter((f) => SHARED_DATA.test(`/_app/immutable/assets/${f}`));
	if (files.length === 0) throw new Error(`No shared data (explorer-data.*.json) in ${dir}`);
	const sizes: Record<string, number> = {};
	for (const file of files.sort()) {
		sizes[file] = gzipSync(await readFile(path.join(dir, file)), { level: 9 }).length;
	}
	return sizes;
}

async function main() {
	const server = await serveBuild(BUILD_DIR, PORT);
	const http2 = LIGHTHOUSE_ROUTES.length > 0 ? await serveBuildHttp2(BUILD_DIR, PORT + 1) : null;
	if (http2) lighthouseOrigin = `https://127.0.0.1:${PORT + 1}`;
	else if (LIGHTHOUSE_ROUTES.length > 0) console.log('No openssl: Lighthouse over HTTP/1.1.');
	// The floor over the same protocol as the pages.
	const floor =
		FLOOR_ROUTES.length === 0
			? null
			: http2
				? await serveBuildHttp2(BUILD_DIR, PORT + 2, { withoutScripts: true })
				: await serveBuild(BUILD_DIR, PORT + 2, { withoutScripts: true });
	floorOrigin = `${http2 ? 'https' : 'http'}://127.0.0.1:${PORT + 2}`;
	const topology = await readFile(path.join(BUILD_DIR, 'data/countries.topo.json'));
	const results: Record<string, unknown> = {
		date: new Date().toISOString(),
		geometryGzipBytes: gzipSync(topology, { level: 9 }).length,
		lighthouseProtocol: lighthouseOrigin.startsWith('https') ? 'h2' : 'http/1.1',
		sharedDataGzipBytes: await sharedDataSizes()
	};
	console.log(
		`the explorer's shared data (KB gzip, a file per language): ${Object.entries(
			results.sharedDataGzipBytes as Record<string, number>
		)
			.map(([file, bytes]) => `${file.split('.')[1]} ${kb(bytes)}`)
			.join(', ')}`
	);
	const routes: Record<string, unknown> = {};
	const mapFiles = await interactiveMapFiles();
	try {
		for (const route of ROUTES) {
			const bytes = await measureBytes(route, mapFiles);
			const { lh, real } = LIGHTHOUSE_ROUTES.includes(route)
				? await lighthouseRuns(route)
				: { lh: null, real: null };
			const bare = FLOOR_ROUTES.includes(route)
				? await lighthouse(route, { origin: floorOrigin })
				: null;
			routes[route] = { bytes, lighthouse: lh, applied: real, floor: bare };
			const i = bytes.initial;
			const l = bytes.lazy;
			console.log(
				`${route.padEnd(12)} before MapLibre (KB gzip): html ${kb(i.html)}  css ${kb(i.css)}  js ${kb(i.js)}  data ${kb(i.data)}  (all ${kb(i.html + i.css + i.js + i.data + i.other)})` +
					` | then, ${bytes.mapRequestedOnLoad ? 'at once' : 'when the reader reaches for the map'}: js ${kb(l.js)}  css ${kb(l.css)}  data ${kb(l.data)}`
			);
			if (lh) console.log(describeRuns('', lh, real));
			if (bare) console.log(`${''.padEnd(12)} without its scripts: ${describeLighthouse(bare)}`);
		}
		for (const route of OTHER_ROUTES.filter((r) => LIGHTHOUSE_ROUTES.includes(r))) {
			const { lh, real } = await lighthouseRuns(route);
			routes[route] = { bytes: null, lighthouse: lh, applied: real };
			console.log(describeRuns(route, lh, real));
		}
		const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		try {
			const second = await measureSecondPage(browser, server, ORIGIN, BUILD_DIR);
			results.secondPage = second;
			for (const line of describeSecondPage(second)) console.log(line);
		} finally {
			await browser.close();
		}
	} finally {
		server.close();
		http2?.close();
		floor?.close();
	}
	results.routes = routes;
	results.scale = SCALE_SIZES.length > 0 ? await scaleResults() : null;
	console.log(
		`Europe's geometry (countries.topo.json): ${kb(results.geometryGzipBytes as number)} KB gzip`
	);
	await mkdir(path.join(root, 'tests/bench/results'), { recursive: true });
	await writeFile(
		path.join(root, 'tests/bench/results/latest.json'),
		JSON.stringify(results, null, 2)
	);
	console.log('wrote tests/bench/results/latest.json');
}

await main();
