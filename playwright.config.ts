import { defineConfig } from '@playwright/test';

const port = 4173;
export default defineConfig({
	testDir: 'e2e',
	timeout: 60_000,
	fullyParallel: false,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
				'--disable-sync', '--no-first-run', '--disable-quic']
		}
	},
	webServer: {
		// Serve site/ exactly as a static host would (vite preview serves .svelte-kit/output, without
		// the custom element module and the Pagefind index that postbuild adds to site/).
		command: `node scripts/serve-site.js --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
