// Builds the <session-lab-example> custom element as one self-contained ES module into the static site.
import { defineConfig } from 'vite';

export default defineConfig({
	build: {
		outDir: 'site',
		emptyOutDir: false,
		lib: { entry: 'src/lib/embed/element.ts', formats: ['es'], fileName: () => 'session-lab-example.js' },
		rollupOptions: { output: { inlineDynamicImports: true } }
	}
});
