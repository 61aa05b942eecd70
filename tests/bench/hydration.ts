/**
 * What hydration costs the main thread, without throttling: each page loaded RUNS times in
 * headless Chromium (a new page each time, the browser's cache kept, as a reader's second
 * visit), traced, and the main thread's tasks summed from the first contentful paint to the
 * moment the explorer says it has hydrated (`.explorer[data-hydrated="true"]`, marked by a
 * MutationObserver the page is given before its scripts run), the task that marks it included
 * (from DOMContentLoaded instead where that comes first: an embed's text may paint later).
 * Also the same sum over one more second (what hydration sets off: measuring, laying out the
 * charts again at their width) and the longest task. Medians, in milliseconds.
 * Main-thread time is the thread's own CPU time (trace events' tdur), so that another process
 * on a shared machine does not count.
 *   npx tsx tests/bench/hydration.ts [build dir…] [--runs=9] [--port=4622] [--desktop]
 *     [--routes=/,/embed]
 * Given two builds (before and after a change), their runs take turns, each on its own port.
 * The phone's viewport (Lighthouse's, 412 × 823) unless --desktop (1440 × 900).
 */
import { chromium, type Page } from '@playwright/test';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { median } from './scale';
import { serveBuild } from './serve';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** The builds measured (their runs take turns, so that the machine's load falls on each alike). */
const given = args.filter((a) => !a.startsWith('--'));
const BUILDS = (given.length > 0 ? given : ['build']).map((dir) => path.resolve(root, dir));
const RUNS = Number(option('runs') ?? 9);
const PORT = Number(option('port') ?? 4622);
const ROUTES = (option('routes') ?? '/,/country/de,/embed').split(',');
const VIEWPORT = args.includes('--desktop')
	? { width: 1440, height: 900 }
	: { width: 412, height: 823 };
/** What the page is given before its own scripts: a mark when the explorer has hydrated. */
const MARK_HYDRATED = `new MutationObserver((_, observer) => {
	if (document.querySelector('.explorer[data-hydrated="true"]')) {
		performance.mark('bench-hydrated');
		observer.disconnect();
	}
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });`;

const TASK = 'ThreadControllerImpl::RunTask';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	/** The thread's own CPU time in the event: what a busy machine's other work leaves out. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; frame?: string; data?: { frame?: string } };
}

interface Run {
	toHydrated: number;
	withAftermath: number;
	longest: number;
}

async function measure(page: Page, url: string): Promise<Run> {
	const browser = page.context().browser()!;
	await browser.startTracing(page, {
		categories: ['toplevel', 'blink.user_timing']
	});
	await page.goto(url);
	await page.locator('.explorer[data-hydrated="true"]').waitFor({ timeout: 60_000 });
	await page.waitForTimeout(1500);
	const buffer = await browser.stopTracing();
	const events: TraceEvent[] = JSON.parse(buffer.toString('utf8')).traceEvents;
	const thread = events.find(
		(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && hasTasks(events, e)
	);
	if (!thread) throw new Error('No renderer main thread in the trace');
	const main = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid;
	const hydrated = events.find((e) => e.name === 'bench-hydrated' && e.pid === thread.pid);
	if (!hydrated) throw new Error('No hydration mark in the trace');
	// The trace has no FCP event in headless Chromium: the page's own timeline places it. An
	// embed's text may paint late (its font), after hydration: then from DOMContentLoaded.
	const before = await page.evaluate(() => {
		const [navigation] = performance.getEntriesByType('navigation');
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
		const start = Math.min(
			fcp,
			(navigation as PerformanceNavigationTiming).domContentLoadedEventEnd
		);
		return (performance.getEntriesByName('bench-hydrated')[0]?.startTime ?? NaN) - start;
	});
	if (!(before >= 0)) throw new Error('No first paint or DOMContentLoaded before hydration');
	const fcp = { ts: hydrated.ts - before * 1000 };
	const tasks = events.filter((e) => main(e) && e.name === TASK && e.ph === 'X');
	const sum = (from: number, to: number) =>
		tasks
			.filter((t) => t.ts + (t.dur ?? 0) > from && t.ts < to)
			.reduce((total, t) => total + (t.tdur ?? 0), 0);
	const inWindow = tasks.filter((t) => t.ts + (t.dur ?? 0) > fcp.ts && t.ts < hydrated.ts);
	return {
		toHydrated: sum(fcp.ts, hydrated.ts) / 1000,
		withAftermath: sum(fcp.ts, hydrated.ts + 1_000_000) / 1000,
		longest: Math.max(0, ...inWindow.map((t) => t.tdur ?? 0)) / 1000
	};
}

function hasTasks(events: TraceEvent[], thread: TraceEvent): boolean {
	return events.some((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === TASK);
}

const servers = await Promise.all(BUILDS.map((build, i) => serveBuild(build, PORT + i)));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: VIEWPORT });
await context.addInitScript(MARK_HYDRATED);
const ms = (value: number) => `${String(Math.round(value)).padStart(4)} ms`;
try {
	for (const route of ROUTES) {
		const runs: Run[][] = BUILDS.map(() => []);
		// One run of each to warm the cache (not counted), then RUNS, the builds taking turns.
		for (let i = 0; i <= RUNS; i++) {
			for (const [b, build] of BUILDS.entries()) {
				const page = await context.newPage();
				let run: Run | undefined;
				for (let attempt = 0; !run; attempt++) {
					run = await measure(page, `http://127.0.0.1:${PORT + b}${route}`).catch((error) => {
						if (attempt >= 3) throw new Error(`${build}${route}: ${error}`);
						return undefined;
					});
				}
				await page.close();
				if (i > 0) runs[b]!.push(run);
			}
		}
		for (const [b, build] of BUILDS.entries()) {
			const of = (key: keyof Run) => median(runs[b]!.map((r) => r[key]));
			console.log(
				`${route.padEnd(12)} ${path.relative(root, build) || build}: FCP → hydrated ${ms(of('toHydrated'))}` +
					` · + 1 s ${ms(of('withAftermath'))} · longest task ${ms(of('longest'))}` +
					`  (median of ${RUNS}: ${runs[b]!.map((r) => Math.round(r.toHydrated)).join(' ')})`
			);
		}
	}
} finally {
	await browser.close();
	servers.forEach((server) => server.close());
}
