import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['site/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/out/', 'conformance/out/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		// One naming style: camelCase for our own code, but OpenSSL's API names are kept verbatim
		// (SSL_SESSION_new, d2i_SSL_SESSION, ...) and constants are UPPER_CASE.
		files: ['**/*.ts', '**/*.svelte'],
		rules: {
			'@typescript-eslint/naming-convention': [
				'error',
				{ selector: 'typeLike', format: ['PascalCase'] },
				{ selector: 'variable', format: ['camelCase', 'UPPER_CASE', 'PascalCase'], leadingUnderscore: 'allow',
				  filter: { regex: '^(SSL|TLS|d2i|i2d|PEM|BIO|ERR|OPENSSL|X509|EVP)_', match: false } },
				{ selector: 'function', format: ['camelCase', 'PascalCase'],
				  filter: { regex: '^(SSL|TLS|d2i|i2d|PEM|BIO|ERR|OPENSSL|X509|EVP)_', match: false } }
			],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
