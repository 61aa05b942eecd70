import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Ways of building HTML from strings: data must never reach them. */
const noHtmlSinks = [
	{
		selector: "CallExpression[callee.property.name='setHTML']",
		message: 'setHTML builds markup from strings; build DOM nodes or Svelte markup instead.'
	},
	{
		selector: "CallExpression[callee.property.name='html']",
		message: "d3's .html() builds markup from strings; render with Svelte instead."
	},
	{
		selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
		message: 'innerHTML builds markup from strings; build DOM nodes or Svelte markup instead.'
	},
	{
		selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
		message: 'insertAdjacentHTML builds markup from strings.'
	}
];

/**
 * Imports run one way: geo → data → state → map and charts → ui → routes, with the geographic
 * frame (src/lib/frame) and the visual vocabulary (src/lib/symbols) below all of them. Each
 * folder may not import the layers above it (paths as $lib/…, or relative).
 */
const layer = (folder, message) => ({
	group: [`$lib/${folder}`, `$lib/${folder}/*`, `**/lib/${folder}/*`, `../${folder}/*`],
	message
});
const above = {
	map: layer(
		'map',
		'The map is above this layer: move what both need below it (frame/, symbols/, data/).'
	),
	charts: layer('charts', 'Charts are above this layer.'),
	state: layer('state', 'state/ is above this layer (data/ must not know the URL view).'),
	ui: layer('ui', 'ui/ is above this layer: pass what it needs down as props or through state/.'),
	embed: layer('embed', 'embed/ is above this layer.'),
	download: layer('download', 'download/ (images of the map and charts) is above this layer.')
};
const importRules = [
	{
		files: ['src/lib/frame/**', 'src/lib/symbols/**'],
		above: ['map', 'charts', 'state', 'ui', 'embed', 'download']
	},
	{
		files: ['geo/**', 'src/lib/data/**'],
		above: ['map', 'charts', 'state', 'ui', 'embed', 'download']
	},
	// Framing and saving images: beside the charts and the map, which both offer downloads.
	{ files: ['src/lib/download/**'], above: ['map', 'charts', 'state', 'ui', 'embed'] },
	{ files: ['src/lib/state/**'], above: ['map', 'charts', 'ui', 'embed'] },
	{ files: ['src/lib/charts/**'], above: ['map', 'ui', 'embed'] },
	{ files: ['src/lib/map/**'], above: ['charts', 'ui', 'embed'] }
].map(({ files, above: names }) => ({
	files,
	rules: {
		'no-restricted-imports': ['error', { patterns: names.map((name) => above[name]) }]
	}
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/generated/',
			'test-results/',
			'.canary/',
			'.bench/',
			'.prof/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte', 'src/**/*.js'],
		rules: {
			'no-restricted-syntax': ['error', ...noHtmlSinks],
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...importRules
);
