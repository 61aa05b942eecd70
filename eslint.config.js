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
	}
);
