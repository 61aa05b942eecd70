import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	// SOURCEMAP=1 npm run build: source maps, to see what each module costs in the bundles.
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
