import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, checkTargets, type BenchResults } from '../../tests/bench/budgets';
import { withoutScripts } from '../../tests/bench/serve';

const within: BenchResults = {
	geometryGzipBytes: 49_584,
	routes: {
		'/': { bytes: { initial: { js: 80_000 } }, lighthouse: null },
		'/embed': {
			bytes: { initial: { js: 56_963 } },
			lighthouse: { median: { performance: 97, cls: 0 } }
		}
	},
	secondPage: {
		clientNavigation: { sharedDataAgain: false },
		fullNavigation: { sharedDataAgain: false }
	}
};
const SECOND = "/ then /country/de in the same tab (by a link, in full): the explorer's data again";

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
			[SECOND]: ['not downloaded, not downloaded', true],
			'/embed: cumulative layout shift (Lighthouse, median of 5)': ['0', true]
		});
	});

	it('fails at one byte, one point or one hundredth over a limit, and passes at the limit', () => {
		const over: BenchResults = {
			geometryGzipBytes: 80 * 1024 + 1,
			routes: {
				'/embed': {
					bytes: { initial: { js: BUDGETS.embedJsBeforeMapLibre + 1 } },
					lighthouse: { median: { performance: BUDGETS.embedPerformance - 1, cls: 0.02 } }
				}
			},
			secondPage: {
				clientNavigation: { sharedDataAgain: true },
				fullNavigation: { sharedDataAgain: true }
			},
			scale: { runs: [{ commitments: 10_000, htmlGzipBytes: 300 * 1024 + 1 }] }
		};
		expect(checkBudgets(over).filter((c) => c.ok)).toEqual([]);
		const at: BenchResults = {
			geometryGzipBytes: 80 * 1024,
			routes: {
				'/embed': {
					bytes: { initial: { js: BUDGETS.embedJsBeforeMapLibre } },
					lighthouse: { median: { performance: BUDGETS.embedPerformance, cls: 0.01 } }
				}
			},
			secondPage: within.secondPage,
			scale: { runs: [{ commitments: 10_000, htmlGzipBytes: 300 * 1024 }] }
		};
		expect(checkBudgets(at).every((c) => c.ok)).toBe(true);
	});

	it('checks every page weighed at up to 10,000 synthetic commitments, not the real data', () => {
		const results: BenchResults = {
			...within,
			scale: {
				runs: [
					{ commitments: 109, real: true, pagesHtmlGzipBytes: { '/changes': 400 * 1024 } },
					{
						commitments: 10_000,
						htmlGzipBytes: 100 * 1024,
						pagesHtmlGzipBytes: { '/': 100 * 1024, '/changes': 300 * 1024 + 1 }
					},
					{ commitments: 100_000, pagesHtmlGzipBytes: { '/changes': 900 * 1024 } }
				]
			}
		};
		const scale = checkBudgets(results).filter((c) => c.budget.includes('synthetic'));
		expect(scale.map((c) => [c.budget, c.actual, c.ok])).toEqual([
			['/ at 10,000 synthetic commitments: its HTML (gzip)', '100.0 KB', true],
			['/changes at 10,000 synthetic commitments: its HTML (gzip)', '300.0 KB', false]
		]);
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
		expect(checks).toHaveLength(5);
	});

	it('fails a second page that downloads the shared data again by either way', () => {
		const byLink: BenchResults = {
			...within,
			secondPage: {
				clientNavigation: { sharedDataAgain: true },
				fullNavigation: { sharedDataAgain: false }
			}
		};
		expect(verdicts(byLink)[SECOND]).toEqual(['downloaded again, not downloaded', false]);
	});

	it('checks the HTML at up to 10,000 synthetic commitments, not beyond', () => {
		const results: BenchResults = {
			...within,
			scale: {
				runs: [
					{ commitments: 1_000, htmlGzipBytes: 100 * 1024 },
					{ commitments: 10_000, htmlGzipBytes: 250 * 1024 },
					{ commitments: 100_000, htmlGzipBytes: 2_000 * 1024 }
				]
			}
		};
		const v = verdicts(results);
		expect(v['/ at 1,000 synthetic commitments: its HTML (gzip)']).toEqual(['100.0 KB', true]);
		expect(v['/ at 10,000 synthetic commitments: its HTML (gzip)']).toEqual(['250.0 KB', true]);
		expect(Object.keys(v).some((k) => k.includes('100,000'))).toBe(false);
	});
});

describe('checkTargets', () => {
	const route = (performance: number, lcpMs: number, tbtMs: number) => ({
		lighthouse: { median: { performance, lcpMs, tbtMs, cls: 0 } }
	});

	it('holds the embed to 98, 1.2 s and 100 ms, and every other page to 95, 1.5 s and 200 ms', () => {
		const checks = checkTargets({
			routes: { '/embed': route(97, 1200, 101), '/': route(95, 1501, 200) }
		});
		expect(checks.map((c) => [c.budget, c.actual, c.ok])).toEqual([
			['/embed: Lighthouse performance', '97', false],
			['/embed: largest contentful paint', '1200 ms', true],
			['/embed: total blocking time', '101 ms', false],
			['/: Lighthouse performance', '95', true],
			['/: largest contentful paint', '1501 ms', false],
			['/: total blocking time', '200 ms', true]
		]);
	});

	it('adds the LCP of the load throttled for real, where the run measured it', () => {
		const checks = checkTargets({
			routes: {
				'/embed': { ...route(98, 1265, 32), applied: { median: { lcpMs: 1200 } } },
				'/': { ...route(99, 1680, 84), applied: { median: { lcpMs: 1501 } } }
			}
		});
		expect(
			checks.filter((c) => c.budget.includes('for real')).map((c) => [c.budget, c.actual, c.ok])
		).toEqual([
			['/embed: largest contentful paint, throttled for real', '1200 ms', true],
			['/: largest contentful paint, throttled for real', '1501 ms', false]
		]);
		expect(checks).toHaveLength(8);
	});

	it('reports only the routes Lighthouse measured', () => {
		expect(checkTargets({ routes: { '/embed': { lighthouse: null } } })).toEqual([]);
	});
});

describe('withoutScripts (the benchmark floor: a page as a reader without JavaScript gets it)', () => {
	it('takes out the scripts and the links they would fetch, and keeps the styles and the content', () => {
		const page = [
			'<head><link rel="stylesheet" href="/_app/a.css">',
			'<link rel="modulepreload" href="/_app/start.js">',
			'<link href="/_app/b.js" rel="modulepreload" crossorigin>',
			'<link href="/_app/c.js" data-after-first-paint="modulepreload">',
			'<link data-after-first-paint="preload" href="/_app/d.json" as="fetch"/>',
			'<script>document.documentElement.dataset.theme = "dark";</script></head>',
			'<body><svg><path d="M0 0"/></svg><p>Text</p>',
			'<script type="module">\nimport("/_app/start.js").then((m) => m.start());\n</script></body>'
		].join('');
		expect(withoutScripts(page)).toBe(
			'<head><link rel="stylesheet" href="/_app/a.css"></head>' +
				'<body><svg><path d="M0 0"/></svg><p>Text</p></body>'
		);
	});
});
