#!/usr/bin/env node
/**
 * Browser benchmark: time of one step update of the reference graph with 20,480 cached sessions
 * (model build + layout + Svelte DOM update + style/layout), on the /graph/?demo=large page.
 *
 *   node bench/graph-step.js                 # builds nothing: serves the existing build (npm run build) with vite preview
 *   BENCH_URL=http://127.0.0.1:5173 node bench/graph-step.js   # measure a running server instead
 *
 * Prints the wall-time median / p95 / max of 24 step updates (target ≤ 16 ms) and the main thread's
 * CPU time per step, which stays meaningful when the machine is loaded.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const PORT = 4179;
let server = null;
let base = process.env.BENCH_URL;
if (!base) {
	base = `http://127.0.0.1:${PORT}`;
	server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/graph/`)).ok) break;
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
try {
	const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
	await page.goto(`${base}/graph/?demo=large`);
	await page.waitForSelector('[data-hydrated] [data-graph][data-step="0"]', { timeout: 60_000 });
	// Main-thread CPU time (Chrome's ThreadTime metric): unlike wall time, not inflated when the
	// machine is busy with other work.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
	const cpu0 = await threadTime();
	const times = await page.evaluate(async () => {
		const graph = () => document.querySelector('[data-graph]');
		const button = (name) => document.querySelector(`[aria-label="${name}"]`);
		const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
		const out = [];
		async function timed(click, expected) {
			await frame();
			const done = new Promise((resolve) => {
				const obs = new MutationObserver(() => {
					if (graph()?.getAttribute('data-step') === String(expected)) {
						obs.disconnect();
						resolve();
					}
				});
				obs.observe(graph(), { attributes: true, attributeFilter: ['data-step'] });
			});
			const t0 = performance.now();
			click();
			await done;
			document.body.getBoundingClientRect(); // include style + layout of the new DOM
			out.push(performance.now() - t0);
		}
		const total = 8;
		for (let round = 0; round < 3; round++) {
			for (let k = 1; k < total; k++) await timed(() => button('Next step').click(), k);
			await timed(() => button('First step').click(), 0);
		}
		return out;
	});
	const cpuPerStep = ((await threadTime()) - cpu0) / times.length;
	const sorted = [...times].sort((a, b) => a - b);
	const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
	const sessions = await page.evaluate(() => document.querySelector('[data-node="SSL_CTX#1"] title')?.textContent ?? '');
	console.log(`graph step update, 20,480 cached sessions (${sessions.split('\n')[1] ?? ''}):`);
	console.log(`  wall: median ${q(0.5).toFixed(2)} ms  p95 ${q(0.95).toFixed(2)} ms  max ${sorted[sorted.length - 1].toFixed(2)} ms  (n=${times.length}, target ≤ 16 ms)`);
	console.log(`  main-thread CPU per step (incl. the two animation frames waited between steps): ${cpuPerStep.toFixed(2)} ms`);
} finally {
	await browser.close();
	if (server) process.kill(-server.pid);
}
