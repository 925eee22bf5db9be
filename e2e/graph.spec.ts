import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

// The demo route runs the conformance programs live (snippet runner in a worker); steps are found
// by the code on the current line, so the assertions read like the program.
async function open(page: Page, demo: string, query = '') {
	await page.goto(`/graph/?demo=${demo}${query}`);
	await page.waitForSelector('[data-hydrated] [data-graph][data-step="0"]', { timeout: 30_000 });
}
const currentLine = (page: Page) => page.locator('li[aria-current="step"]');
/** Step forward with the keyboard (focus stays on Play, never disabled) until the current line contains `text`. */
async function gotoLine(page: Page, text: string) {
	const graph = page.locator('[data-graph]');
	await page.getByRole('button', { name: /^(Play|Pause)$/ }).focus();
	for (let i = 0; i < 400; i++) {
		if ((await currentLine(page).textContent())?.includes(text)) return Number(await graph.getAttribute('data-step'));
		const before = Number(await graph.getAttribute('data-step'));
		await page.keyboard.press('ArrowRight');
		await expect(graph).toHaveAttribute('data-step', String(before + 1));
	}
	throw new Error(`never reached a line containing ${text}`);
}
const edge = (page: Page, id: string) => page.locator(`[data-edge="${id}"]`);
const node = (page: Page, id: string) => page.locator(`[data-node="${id}"]`);

test('stepping a borrowed-pointer free: edges appear, change kind, then dangle', async ({ page }) => {
	await open(page, 'danger-free-get0-server');
	await expect(edge(page, 'var:sctx->SSL_CTX#1')).toHaveAttribute('data-kind', 'owning');

	await gotoLine(page, 'connect_pair(c, s)');
	await expect(edge(page, 'SSL#2->SSL_SESSION#2')).toHaveAttribute('data-kind', 'session');
	await expect(edge(page, 'SSL_CTX#1->SSL_SESSION#2')).toHaveAttribute('data-kind', 'cache');
	await expect(node(page, 'SSL_SESSION#2')).toHaveAttribute('data-refcount', '2');
	await expect(edge(page, 'SSL#1->SSL_CTX#2')).toHaveCount(2);

	await gotoLine(page, 'SSL_SESSION_free(SSL_get0_session');
	await expect(edge(page, 'SSL#2->SSL_SESSION#2')).toHaveAttribute('data-kind', 'borrowed');
	await expect(node(page, 'SSL_SESSION#2')).toHaveAttribute('data-refcount', '1');

	await gotoLine(page, 'SSL_free(s);');
	await expect(edge(page, 'SSL#2->SSL_SESSION#2')).toHaveCount(0);
	await expect(edge(page, 'SSL_CTX#1->SSL_SESSION#2')).toHaveAttribute('data-kind', 'dangling');
	await expect(edge(page, 'var:s->SSL#2')).toHaveAttribute('data-kind', 'dangling');
	await expect(node(page, 'SSL_SESSION#2')).toHaveAttribute('data-state', 'freed');
	await expect(node(page, 'SSL_SESSION#1')).toHaveCount(0);

	await page.keyboard.press('End');
	await expect(page.getByRole('alert')).toContainText('use after free');
	await expect(page.locator('[data-edge="SSL_CTX#1->SSL_SESSION#2"].hl')).toHaveCount(1);
});

test('the table view and the live summary describe the same step (hand-made fixture data)', async ({ page }) => {
	await open(page, 'danger-free-get0-server', '&data=fixtures');
	await gotoLine(page, 'SSL_free(s);');
	const row = page.getByRole('row', { name: /SSL_SESSION#2/ });
	await expect(row).toContainText('freed');
	await expect(row).toContainText('DANGLING');
	await expect(page.locator('[aria-live="polite"]')).toContainText('SSL#2 is destroyed');
	await page.getByRole('button', { name: 'Table view' }).click();
	await expect(page.getByRole('table')).toBeVisible();
});

test('clicking an edge names the call that created it and jumps to that step', async ({ page }) => {
	await open(page, 'hs-tls13-cb');
	const get1 = await gotoLine(page, 'got = SSL_get1_session');
	await gotoLine(page, 'SSL_free(c)');
	await edge(page, 'var:got->SSL_SESSION#7').locator('.hit').focus();
	await page.keyboard.press('Enter');
	const detail = page.getByRole('region', { name: 'Selected reference' });
	await expect(detail).toContainText('SSL_get1_session');
	await detail.getByRole('button', { name: /Jump to step/ }).click();
	await expect(page.locator('[data-graph]')).toHaveAttribute('data-step', String(get1));
	await expect(currentLine(page)).toContainText('got = SSL_get1_session');
});

test('a full 20,480-session cache is folded into a strip; a searched session gets its own node', async ({ page }) => {
	await open(page, 'large');
	await expect(node(page, 'SSL_CTX#1')).toContainText('20480/20480');
	await expect(page.locator('[data-node^="SSL_SESSION#"]')).toHaveCount(1);
	await expect(node(page, 'SSL_SESSION#10240')).toHaveAttribute('data-refcount', '3');
	await page.getByLabel('Show cached session').fill('#5');
	await page.getByLabel('Show cached session').press('Enter');
	await expect(edge(page, 'SSL_CTX#1->SSL_SESSION#5')).toHaveAttribute('data-kind', 'cache');
});

test('exports the current step as SVG and PNG', async ({ page }) => {
	await open(page, 'danger-free-get0-server');
	const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	expect(svg.suggestedFilename()).toMatch(/step-1\.svg$/);
	const text = readFileSync(await svg.path(), 'utf8');
	expect(text).toContain('SSL_CTX#1');
	const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
});

test('the graph page has no serious accessibility violations', async ({ page }) => {
	await open(page, 'danger-free-get0-server');
	await gotoLine(page, 'SSL_free(s);');
	const result = await new AxeBuilder({ page }).include('[data-graph]').include('.lab').analyze();
	const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

// Screenshots for people to look at (e2e/screenshots/ is git-ignored).
for (const [name, scheme, width] of [
	['light', 'light', 1400],
	['dark', 'dark', 1400],
	['390', 'light', 390]
] as const) {
	test(`screenshot graph ${name}`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await open(page, 'danger-free-get0-server');
		await gotoLine(page, 'SSL_free(s);');
		await page.screenshot({ path: `e2e/screenshots/graph-${name}.png`, fullPage: true });
		await context.close();
	});
}
