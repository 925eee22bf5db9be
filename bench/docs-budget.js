#!/usr/bin/env node
/**
 * Docs budget: (1) JavaScript a man page loads before any interaction, gzipped (target ≤ 60 KB);
 * (2) time from clicking Run on an example to the first frame of the reference graph (target ≤ 200 ms).
 *
 *   node bench/docs-budget.js                     # serves the existing build (npm run build) with vite preview
 *   BENCH_URL=http://127.0.0.1:4190 node bench/docs-budget.js   # measure a running server instead
 *
 * Prints both figures; exits 1 if a target is missed.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const PORT = 4178;
const PAGES = ['/man/SSL_SESSION_new/', '/man/SSL_CTX_sess_set_new_cb/', '/guides/bugs/'];
let server = null;
let base = process.env.BENCH_URL;
if (!base) {
	base = `http://127.0.0.1:${PORT}`;
	server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/`)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
let failed = false;
try {
	for (const path of PAGES) {
		const page = await browser.newPage();
		const scripts = new Map();
		page.on('response', async (res) => {
			const url = res.url();
			if (res.request().resourceType() !== 'script' && !url.endsWith('.js')) return;
			try {
				scripts.set(url, gzipSync(await res.body(), { level: 9 }).length);
			} catch {
				/* redirects have no body */
			}
		});
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await page.waitForSelector('html[data-hydrated="true"]');
		await page.waitForTimeout(300);
		const total = [...scripts.values()].reduce((a, b) => a + b, 0);
		const kb = total / 1024;
		if (kb > 60) failed = true;
		console.log(`${path}: ${scripts.size} scripts, ${kb.toFixed(1)} KB gzipped before interaction (target ≤ 60 KB)`);

		if (path === PAGES[0]) {
			// Two ways to press Run: a bare click (cold), and the usual pointer move onto the
			// button shortly before the click (the hover starts loading and compiling).
			for (const hover of [false, true]) {
				const samples = [];
				for (let i = 0; i < 3; i++) {
					await page.reload({ waitUntil: 'networkidle' });
					await page.waitForSelector('html[data-hydrated="true"]');
					const run = page.locator('[data-example] [data-testid="run"]').first();
					await run.scrollIntoViewIfNeeded();
					if (hover) {
						await run.hover();
						await page.waitForTimeout(300);
					}
					const result = await page.evaluate(async () => {
						const example = document.querySelector('[data-example]');
						const button = example.querySelector('[data-testid="run"]');
						const t0 = performance.now();
						button.click();
						await new Promise((resolve, reject) => {
							const timer = setTimeout(() => reject(new Error('no graph after 20 s')), 20_000);
							const check = () => {
								const gaveUp = [...example.querySelectorAll('[role="status"]')].some((s) =>
									/not part of this build|Could not start/.test(s.textContent ?? '')
								);
								if (example.querySelector('[data-graph]') || gaveUp) {
									clearTimeout(timer);
									resolve();
								} else requestAnimationFrame(check);
							};
							check();
						});
						await new Promise((r) => requestAnimationFrame(() => r()));
						return { ms: performance.now() - t0, graph: !!example.querySelector('[data-graph]') };
					});
					samples.push(result);
				}
				if (!samples[0].graph) {
					console.log('Run → first graph frame: no graph (LabView not in this build)');
					break;
				}
				const ordered = samples.map((s) => s.ms).sort((a, b) => a - b);
				const median = ordered[1];
				if (hover && median > 200) failed = true;
				console.log(
					`Run → first graph frame (${hover ? 'pointer on Run 300 ms before the click' : 'bare click'}): median ${median.toFixed(0)} ms of ${samples.length}, max ${ordered[2].toFixed(0)} ms (target ≤ 200 ms)`
				);
			}
		}
		await page.close();
	}
} finally {
	await browser.close();
	if (server) process.kill(-server.pid);
}
process.exit(failed ? 1 : 0);
