import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
await page.goto(url);
await page.waitForSelector('[data-hydrated] [data-graph][data-step="0"]');
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'blink', 'v8'] });
for (let i = 0; i < 5; i++) { await page.getByRole('button', { name: 'Next step' }).click(); await page.waitForTimeout(100); }
await browser.stopTracing();
const ev = JSON.parse(readFileSync('/tmp/trace.json')).traceEvents.filter((e) => e.ph === 'X' && e.dur);
const by = new Map();
for (const e of ev) by.set(e.name, (by.get(e.name) || 0) + e.dur);
console.log([...by].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => (v / 1000).toFixed(1) + 'ms ' + k).join('\n'));
await browser.close();
