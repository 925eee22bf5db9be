import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** Base path for hosting under a sub-path, e.g. BASE_PATH=/session-lab npm run build */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	kit: {
		adapter: adapter({ pages: 'site', assets: 'site', fallback: undefined, strict: true }),
		paths: { base, relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $content: 'content' },
		// A policy a static host can serve: prerendered pages carry it as a <meta> tag with hashes of
		// SvelteKit's own inline bootstrap. 'unsafe-inline' styles: CodeMirror injects <style> elements and
		// Svelte writes style attributes. 'wasm-unsafe-eval': Pagefind's search runs WebAssembly. Images:
		// the graph's PNG export draws the SVG through data:/blob: URLs. (frame-ancestors cannot be set in
		// a <meta> tag; embedding on other sites is intended anyway.)
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
