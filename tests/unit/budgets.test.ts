import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, type BenchResults } from '../../tests/bench/budgets';

const within: BenchResults = {
	geometryGzipBytes: 49_584,
	routes: {
		'/': { bytes: { initial: { js: 80_000 } }, lighthouse: null },
		'/embed': {
			bytes: { initial: { js: 56_963 } },
			lighthouse: { median: { performance: 97, cls: 0 } }
		}
	}
};

const verdicts = (results: BenchResults) =>
	Object.fromEntries(checkBudgets(results).map((c) => [c.budget, [c.actual, c.ok]]));

describe('checkBudgets', () => {
	it('passes results within every budget, and shows what was measured', () => {
		const checks = checkBudgets(within);
		expect(checks.every((c) => c.ok)).toBe(true);
		expect(verdicts(within)).toEqual({
			'/embed: JavaScript before MapLibre is requested (gzip)': ['55.6 KB', true],
			"Europe's geometry, countries.topo.json (gzip)": ['48.4 KB', true],
			'/embed: Lighthouse performance (mobile, median of 5)': ['97', true],
			'/embed: cumulative layout shift (Lighthouse, median of 5)': ['0', true]
		});
	});

	it('fails at one byte, one point or one hundredth over a limit, and passes at the limit', () => {
		const over: BenchResults = {
			geometryGzipBytes: 80 * 1024 + 1,
			routes: {
				'/embed': {
					bytes: { initial: { js: BUDGETS.embedJsBeforeMapLibre + 1 } },
					lighthouse: { median: { performance: 61, cls: 0.02 } }
				}
			}
		};
		expect(checkBudgets(over).filter((c) => c.ok)).toEqual([]);
		const at: BenchResults = {
			geometryGzipBytes: 80 * 1024,
			routes: {
				'/embed': {
					bytes: { initial: { js: BUDGETS.embedJsBeforeMapLibre } },
					lighthouse: { median: { performance: 62, cls: 0.01 } }
				}
			}
		};
		expect(checkBudgets(at).every((c) => c.ok)).toBe(true);
	});

	it('checks CLS on every route Lighthouse measured', () => {
		const results: BenchResults = {
			...within,
			routes: {
				...within.routes,
				'/country/de': {
					bytes: { initial: { js: 1 } },
					lighthouse: { median: { performance: 60, cls: 0.2 } }
				}
			}
		};
		const failing = checkBudgets(results).filter((c) => !c.ok);
		expect(failing.map((c) => c.budget)).toEqual([
			'/country/de: cumulative layout shift (Lighthouse, median of 5)'
		]);
	});

	it('fails what was not measured rather than passing it', () => {
		const checks = checkBudgets({ geometryGzipBytes: 1000, routes: {} });
		expect(checks.filter((c) => c.ok).map((c) => c.budget)).toEqual([
			"Europe's geometry, countries.topo.json (gzip)"
		]);
		expect(checks.filter((c) => !c.ok).every((c) => c.actual === null)).toBe(true);
		expect(checks).toHaveLength(4);
	});
});
