/**
 * npm run bench: what each route costs a reader, measured on the production build.
 * - bytes (gzip) each route loads before it is interactive, and what it loads lazily (the
 *   interactive map: MapLibre, its worker and CSS, the countries' TopoJSON), split by kind;
 * - Lighthouse 12 on its mobile preset, median of three runs: performance, LCP, TBT, CLS.
 * Prints a table and writes tests/bench/results/latest.json. `--quick` skips Lighthouse.
 */
import { chromium } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { serveBuild } from './serve';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ROUTES = ['/', '/embed', '/country/de'];
const quick = process.argv.includes('--quick');

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

/** Gzip bytes by kind, before interactivity and lazily (from the countries' TopoJSON on). */
async function measureBytes(route: string) {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
	const initial = zero();
	const lazy = zero();
	let lazyPhase = false;
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const url = response.url();
		if (!url.startsWith(ORIGIN)) return;
		if (url.includes('/data/countries.topo.json')) lazyPhase = true;
		const bucket = lazyPhase || /maplibre/.test(url) ? lazy : initial;
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
	await page.goto(`${ORIGIN}${route}`);
	await page
		.waitForSelector('.map-frame[data-map=ready]', { state: 'attached', timeout: 30_000 })
		.catch(() => undefined);
	await page.waitForTimeout(500);
	await Promise.all(pending);
	await browser.close();
	return { initial, lazy };
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function lighthouse(route: string) {
	const runs = [];
	const dir = await mkdtemp(path.join(tmpdir(), 'lighthouse-'));
	for (let i = 0; i < 3; i++) {
		const output = path.join(dir, `run-${i}.json`);
		await run(
			path.join(root, 'node_modules/.bin/lighthouse'),
			[
				`${ORIGIN}${route}`,
				'--only-categories=performance',
				'--output=json',
				`--output-path=${output}`,
				'--quiet',
				`--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

async function main() {
	const server = await serveBuild(path.join(root, 'build'), PORT);
	const topology = await readFile(path.join(root, 'build/data/countries.topo.json'));
	const results: Record<string, unknown> = {
		date: new Date().toISOString(),
		geometryGzipBytes: gzipSync(topology, { level: 9 }).length
	};
	const routes: Record<string, unknown> = {};
	try {
		for (const route of ROUTES) {
			const bytes = await measureBytes(route);
			const lh = quick ? null : await lighthouse(route);
			routes[route] = { bytes, lighthouse: lh };
			const i = bytes.initial;
			const l = bytes.lazy;
			console.log(
				`${route.padEnd(12)} before interactive (KB gzip): html ${kb(i.html)}  css ${kb(i.css)}  js ${kb(i.js)}  data ${kb(i.data)}` +
					` | lazy: js ${kb(l.js)}  css ${kb(l.css)}  data ${kb(l.data)}`
			);
			if (lh) {
				const m = lh.median;
				console.log(
					`${''.padEnd(12)} Lighthouse mobile, median of 3: performance ${m.performance}, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, CLS ${m.cls}` +
						`  (runs: ${lh.runs.map((r) => r.performance).join(', ')})`
				);
			}
		}
	} finally {
		server.close();
	}
	results.routes = routes;
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
