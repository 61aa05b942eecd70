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

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list'], ['github']] : 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium' }],
	webServer: {
		// Always a fresh build: vite preview would otherwise serve stale hashed files.
		command: `npm run build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
