import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { serveBuild } from '../tests/bench/serve';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../tests/e2e/chromium';
const [dir, port, route = '/embed'] = process.argv.slice(2);
const server = await serveBuild(path.resolve(dir), Number(port));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const urls: string[] = [];
page.on('request', (r) => { if (/\.m?js$/.test(r.url())) urls.push(r.url()); });
await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
await page.waitForSelector('.explorer[data-hydrated=true]');
await page.waitForTimeout(3000);
const bySource = new Map<string, number>();
let total = 0;
for (const u of [...new Set(urls)]) {
	const file = path.join(dir, new URL(u).pathname);
	const code = readFileSync(file, 'utf8');
	const gz = gzipSync(code, { level: 9 }).length;
	total += gz;
	let map;
	try { map = JSON.parse(readFileSync(file + '.map', 'utf8')); } catch { bySource.set('(no map) ' + u, gz); continue; }
	const c = new SourceMapConsumer(map);
	const lines = code.split('\n');
	const counts = new Map<string, number>();
	let prev: { line: number; col: number; src: string } | null = null;
	c.eachMapping((m) => {
		if (prev && prev.line === m.generatedLine) counts.set(prev.src, (counts.get(prev.src) ?? 0) + (m.generatedColumn - prev.col));
		else if (prev) counts.set(prev.src, (counts.get(prev.src) ?? 0) + (lines[prev.line - 1].length - prev.col));
		prev = { line: m.generatedLine, col: m.generatedColumn, src: m.source ?? '?' };
	});
	if (prev) counts.set(prev.src, (counts.get(prev.src) ?? 0) + (lines[prev.line - 1].length - prev.col));
	const raw = code.length;
	for (const [s, n] of counts) {
		const key = s.replace(/^.*?(src\/|node_modules\/)/, '$1');
		bySource.set(key, (bySource.get(key) ?? 0) + (n / raw) * gz);
	}
}
const rows = [...bySource].sort((a, b) => b[1] - a[1]);
for (const [s, n] of rows) console.log(n.toFixed(0).padStart(6), s);
console.log('TOTAL', total);
await browser.close(); server.close();
