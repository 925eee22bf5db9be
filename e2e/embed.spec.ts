/**
 * The embeds from a host page on another origin: an iframe driven by the postMessage API and the
 * <session-lab-example> custom element, plus hostile links and attributes that must stay inert.
 * The site runs on 127.0.0.1:4173 (playwright.config.ts) or DOCS_BASE_URL; the host page is served here on
 * localhost:4174, a different origin.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { encodeShareLink } from '../src/lib/embed/share-link';

// The site under test: the config's server, or a private copy (DOCS_BASE_URL, e2e/docs-local.config.ts).
const SITE = (process.env.DOCS_BASE_URL ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
const HOST_PORT = 4174;
const HOST = `http://localhost:${HOST_PORT}`;

const PROGRAM = `#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    /* <img src=x onerror="window.parent.pwned = 1"> stays text */
    printf("<b>not bold</b>\\n");
    SSL_SESSION_up_ref(s);
    SSL_SESSION_free(s);
    SSL_SESSION_free(s);
    SSL_SESSION_free(s); /* one free more than references held: double free */
    return 0;
}
`;

function hostPage(): string {
	const link = encodeShareLink({ source: PROGRAM, step: null });
	const inline = PROGRAM.replace(/</g, '&lt;'); // host authors escape their own HTML; the element reads text
	return `<!doctype html><html><head><meta charset="utf-8"><title>Course page</title></head><body>
<h1>My course</h1>
<iframe id="frame" style="width:100%;height:600px" sandbox="allow-scripts allow-same-origin"
  src="${SITE}/embed/?origin=${encodeURIComponent(HOST)}#code=${link}"></iframe>
<script src="${SITE}/session-lab-example.js" defer></script>
<session-lab-example id="el" step="1"><template>${inline}</template></session-lab-example>
<script>
  window.events = [];
  window.elementEvents = [];
  const frame = document.getElementById('frame');
  window.send = (message) => frame.contentWindow.postMessage({ protocol: 'session-lab', version: 1, message }, '${SITE}');
  window.addEventListener('message', (e) => {
    if (e.origin !== '${SITE}' || e.source !== frame.contentWindow) return;
    if (e.data && e.data.protocol === 'session-lab') window.events.push(e.data.message);
  });
  for (const t of ['ready', 'step-changed', 'finished', 'fault'])
    document.addEventListener('session-lab:' + t, (e) => window.elementEvents.push(e.detail));
</script></body></html>`;
}

let server: Server;
test.beforeAll(async () => {
	server = createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostPage());
	});
	await new Promise<void>((resolve) => server.listen(HOST_PORT, 'localhost', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Msg = { type: string; step?: number; total?: number; line?: number; kind?: string };

test('an iframe on another origin renders, steps and answers the message API', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
	await page.goto(`${HOST}/`);
	const events = () => page.evaluate(() => (window as unknown as { events: Msg[] }).events);
	await expect.poll(async () => (await events()).some((m) => m.type === 'finished'), { timeout: 30_000 }).toBe(true);
	const frame = page.frameLocator('#frame');
	await expect(frame.locator('[data-graph]')).toBeVisible();

	await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'seek', step: 2 }));
	await expect(frame.locator('[data-graph]')).toHaveAttribute('data-step', '2');
	await expect.poll(async () => (await events()).filter((m) => m.type === 'step-changed').at(-1)?.step).toBe(2);

	await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'step', delta: 1 }));
	await expect(frame.locator('[data-graph]')).toHaveAttribute('data-step', '3');

	// The double free is reported as a fault event once the last step is shown.
	const total = (await events()).find((m) => m.type === 'finished') as Msg & { totalSteps: number };
	await page.evaluate((k) => (window as unknown as { send: (m: unknown) => void }).send({ type: 'seek', step: k }), total.totalSteps - 1);
	await expect.poll(async () => (await events()).some((m) => m.type === 'fault' && m.kind === 'double-free')).toBe(true);

	// Markup inside the program stayed text.
	await expect(frame.locator('[data-output]')).toContainText('<b>not bold</b>');
	expect(await frame.locator('img').count()).toBe(0);
	expect(dialogs).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('the custom element renders from inline code and re-dispatches events', async ({ page }) => {
	await page.goto(`${HOST}/`);
	// The element's iframe loads lazily (good for pages with many examples): bring it into view.
	await page.locator('#el').scrollIntoViewIfNeeded();
	const el = page.frameLocator('#el iframe');
	await expect(el.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
	await expect(el.locator('[data-graph]')).toHaveAttribute('data-step', '1');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { elementEvents: Msg[] }).elementEvents.some((e) => e.type === 'finished')))
		.toBe(true);
	await page.evaluate(() => (document.getElementById('el') as unknown as { seek(k: number): void }).seek(3));
	await expect(el.locator('[data-graph]')).toHaveAttribute('data-step', '3');
});

test('commands from a foreign origin are ignored', async ({ page }) => {
	// No origin parameter and no referrer: the embed accepts nothing and posts nothing.
	await page.goto(`${SITE}/embed/?origin=javascript:alert(1)#code=${encodeShareLink({ source: PROGRAM, step: null })}`);
	await page.waitForSelector('html[data-hydrated="true"]');
	await expect(page.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
	await page.evaluate(() => window.postMessage({ protocol: 'session-lab', version: 1, message: { type: 'seek', step: 3 } }, '*'));
	await page.waitForTimeout(300);
	await expect(page.locator('[data-graph]')).toHaveAttribute('data-step', '0');
});

test('hostile and oversized links give a clear message', async ({ page }) => {
	await page.goto(`${SITE}/embed/#code=1.${'A'.repeat(70_000)}`);
	await expect(page.getByRole('alert')).toContainText('too long');
	await page.goto(`${SITE}/embed/?example=..%2F..%2Fetc%2Fpasswd`);
	await expect(page.getByRole('alert')).toContainText('no program');
	await page.goto(`${SITE}/embed/#code=%3Cimg%20src=x%20onerror=alert(1)%3E`);
	await expect(page.getByRole('alert')).toContainText('could not be opened');
	expect(await page.locator('main img').count()).toBe(0);
});

test('an embed can show a docs example by name', async ({ page }) => {
	await page.goto(`${SITE}/embed/?example=SSL_SESSION_new&step=1`);
	await expect(page.locator('[data-graph]')).toHaveAttribute('data-step', '1', { timeout: 30_000 });
	await page.goto(`${SITE}/embed/?example=no_such_example`);
	await expect(page.getByRole('alert')).toContainText('no example called');
});
