import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium';

if (!existsSync(CHROMIUM_PATH)) {
	throw new Error(
		`The browser tests need Chromium, and there is none at ${CHROMIUM_PATH}.\n` +
			'On Debian or Ubuntu: sudo apt-get install -y chromium (Playwright cannot download one here).\n' +
			'Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome executable.'
	);
}

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The XSS canary: the same site built from tests/e2e/fixtures/xss, hostile strings everywhere. */
export const CANARY_PORT = Number(process.env.E2E_CANARY_PORT ?? 4176);
const canaryEnv = 'GEO_OUT_DIR=.canary/generated KIT_OUT_DIR=.canary/kit BUILD_DIR=.canary/build';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list'], ['github']] : 'list',
	// Every page with the interactive map renders it in software (no GPU here): names, clusters
	// and shading make a first render take seconds under two workers.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium' }],
	webServer: [
		{
			// Always a fresh build: vite preview would otherwise serve stale hashed files.
			command: `npm run build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			// Two builds at once on two cores, each with its share cards (about 3 minutes).
			timeout: 420_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command:
				`GEO_DATA_DIR=tests/e2e/fixtures/xss ${canaryEnv} node_modules/.bin/tsx geo/build.ts && ` +
				`${canaryEnv} node_modules/.bin/vite build && ` +
				`node_modules/.bin/tsx tests/e2e/serve-build.ts .canary/build ${CANARY_PORT}`,
			url: `http://127.0.0.1:${CANARY_PORT}/`,
			reuseExistingServer: false,
			// Two builds at once on two cores, each with its share cards (about 3 minutes).
			timeout: 420_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
