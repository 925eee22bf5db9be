// Builds the <session-lab-example> custom element as one self-contained classic script (IIFE) into
// the static site: a classic script loads cross-origin without CORS headers (see element.ts).
import { defineConfig } from 'vite';

export default defineConfig({
	build: {
		outDir: 'site',
		emptyOutDir: false,
		minify: true,
		lib: { entry: 'src/lib/embed/element.ts', formats: ['iife'], name: 'SessionLabExample', fileName: () => 'session-lab-example.js' }
	}
});
