import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const server = null;
for (let i = 0; i < 100; i++) { try { if ((await fetch('http://127.0.0.1:4181/graph/')).ok) break; } catch {} await new Promise((r) => setTimeout(r, 200)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
await page.goto('http://127.0.0.1:4181/graph/?demo=large');
await page.waitForSelector('[data-hydrated] [data-graph][data-step="0"]');
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
for (let i = 0; i < 7; i++) { await page.getByRole('button', { name: 'Next step' }).click(); await page.waitForTimeout(100); }
await browser.stopTracing();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.getByRole('button', { name: 'First step' }).click();
await page.waitForTimeout(200);
await cdp.send('Profiler.start');
for (let i = 0; i < 7; i++) { await page.getByRole('button', { name: 'Next step' }).click(); await page.waitForTimeout(100); }
const { profile: p } = await cdp.send('Profiler.stop');
const dt = {}; for (let i = 0; i < p.samples.length; i++) dt[p.samples[i]] = (dt[p.samples[i]] || 0) + (p.timeDeltas[i] || 0);
const self = new Map(); for (const n of p.nodes) { const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber+':'+n.callFrame.columnNumber; self.set(k, (self.get(k) || 0) + (dt[n.id] || 0)); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, v]) => (v / 1000).toFixed(1) + 'ms ' + k).join('\n'));
await browser.close();

