import { defineConfig } from '@playwright/test';
export default defineConfig({
	testDir: '/work/main/e2e',
	testMatch: 'graph.spec.ts',
	timeout: 90_000,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: 'http://127.0.0.1:4182',
		launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }
	}
});
