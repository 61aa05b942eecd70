/**
 * Where a filter click's time goes on / (the SVG map, MapLibre kept away): six clicks on the type
 * filters timed as the scale benchmark times them (click → the SVG map's next paint), then a CPU
 * profile of six more, its self time summed by function and by script, printed.
 *   npx tsx tests/bench/trace-filter.ts http://127.0.0.1:4632/
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { filterClicks } from './scale';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.route('**/data/countries.topo.json', (route) => route.abort());
await page.goto(url, { timeout: 300_000 });
await page.locator('.explorer[data-hydrated=true]').waitFor({ timeout: 300_000 });
await page.hover('.map-frame');
await page.locator('.map-frame[data-map=failed]').waitFor({ timeout: 300_000 });
await page.waitForTimeout(1500);
// First the clicks as the scale benchmark times them (no profiler): click → the SVG map's paint.
const [paints] = await filterClicks(page, ['step-painted']);
const sorted = [...paints!].sort((a, b) => a - b);
console.log(
	`click → SVG map painted: median ${Math.round(sorted[3]!)} ms (${paints!.map(Math.round).join(', ')})`
);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (const type of ['datacenter', 'datacenter', 'security', 'security', 'training', 'training']) {
	await page.locator(`label:has(input[name=types][value=${type}])`).first().click();
	await page.waitForTimeout(800);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
const dt = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
const byFn = new Map<string, number>();
const byScript = new Map<string, number>();
for (const [id, ms] of self) {
	const f = byId.get(id)!.callFrame;
	if (['(idle)', '(program)'].includes(f.functionName)) continue;
	const script = f.url.split('/').pop() || f.functionName;
	const key = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber + 1}`;
	byFn.set(key, (byFn.get(key) ?? 0) + ms);
	byScript.set(script, (byScript.get(script) ?? 0) + ms);
}
// Total time (self and callees) by function, each sample counted once per function on its stack.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const total = new Map<string, number>();
for (const [id, ms] of self) {
	const seen = new Set<string>();
	for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
		const f = byId.get(at)!.callFrame;
		if (!f.url) continue;
		const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
		if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
		seen.add(key);
	}
}
const top = (m: Map<string, number>, n: number) =>
	[...m]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`);
console.log('self time by script (six clicks):');
console.log(top(byScript, 12).join('\n'));
console.log('self time by function:');
console.log(top(byFn, 30).join('\n'));
console.log('total time by function (with what it calls):');
console.log(top(total, 40).join('\n'));
// With a build made without minifying (`vite build --minify false`) given as the second argument:
// self time by source module, from the module comments Rollup writes before each module's code.
const buildDir = process.argv[3];
if (buildDir) {
	const { readFileSync } = await import('node:fs');
	const modules = new Map<string, string[]>();
	const moduleAt = (url: string, line: number) => {
		const file = url.split('/_app/')[1];
		if (!file) return '(not the app)';
		if (!modules.has(file)) {
			let current = file;
			const lines = readFileSync(`${buildDir}/_app/${file}`, 'utf8').split('\n');
			modules.set(
				file,
				lines.map(
					(text) => (current = /^\/\/ (src|node_modules)\//.test(text) ? text.slice(3) : current)
				)
			);
		}
		return modules.get(file)![line] ?? file;
	};
	const byModule = new Map<string, number>();
	for (const [id, ms] of self) {
		const f = byId.get(id)!.callFrame;
		const key = f.url ? moduleAt(f.url, f.lineNumber) : f.functionName;
		byModule.set(key, (byModule.get(key) ?? 0) + ms);
	}
	console.log('self time by source module:');
	console.log(top(byModule, 30).join('\n'));
}
await browser.close();
