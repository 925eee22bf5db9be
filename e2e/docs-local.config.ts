/**
 * The project's Playwright config, pointed at an already running server when
 * DOCS_BASE_URL is set (e.g. a private copy of site/ while others rebuild it):
 *   DOCS_BASE_URL=http://127.0.0.1:4190 npx playwright test -c e2e/docs-local.config.ts e2e/docs
 */
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

const url = process.env.DOCS_BASE_URL;
export default defineConfig({
	...base,
	testDir: '.',
	use: { ...base.use, baseURL: url ?? base.use?.baseURL },
	webServer: url ? undefined : base.webServer
});
