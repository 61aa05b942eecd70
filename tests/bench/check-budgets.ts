/**
 * npm run budget: reads tests/bench/results/latest.json (written by npm run bench) and fails if
 * any budget is exceeded or was not measured.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkBudgets, checkTargets, type BenchResults } from './budgets';

const file = path.resolve(import.meta.dirname, 'results/latest.json');
let results: BenchResults;
try {
	results = JSON.parse(await readFile(file, 'utf8'));
} catch (error) {
	console.error(`No benchmark results at ${file} (${String(error)}): run npm run bench first.`);
	process.exit(1);
}

const checks = checkBudgets(results);
for (const c of checks) {
	const verdict = c.ok ? 'ok  ' : 'FAIL';
	console.log(`${verdict} ${c.budget}: ${c.actual ?? 'not measured'} (budget ${c.limit})`);
}
const targets = checkTargets(results);
if (targets.length > 0) console.log("\nIssue 16's targets (reported, not enforced):");
for (const t of targets) {
	const verdict = t.ok ? 'met ' : 'not yet';
	console.log(
		`${verdict.padEnd(7)} ${t.budget}: ${t.actual ?? 'not measured'} (target ${t.limit})`
	);
}
for (const [route, r] of Object.entries(results.routes ?? {})) {
	const f = r.floor?.median;
	if (!f) continue;
	console.log(
		`floor   ${route} without its scripts: performance ${f.performance}, LCP ${f.lcpMs} ms, TBT ${f.tbtMs} ms (what this machine gives the page's HTML and styles alone)`
	);
}
const failed = checks.filter((c) => !c.ok).length;
if (failed > 0) {
	console.error(`\n${failed} budget${failed === 1 ? '' : 's'} not met.`);
	process.exit(1);
}
console.log('\nEvery budget is met.');
