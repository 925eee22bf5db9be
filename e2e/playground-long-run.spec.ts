import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoHydrated } from './docs-helpers';

/**
 * The benchmark workload in the playground: millions of steps recorded with checkpoints in the
 * worker (it stops at the output limit: every session's trace lines count), then a jump to the
 * last step and one step back, each resumed from a checkpoint.
 */
test('records a run of millions of steps and jumps to its end and back', async ({ page }) => {
	test.setTimeout(180_000);
	await gotoHydrated(page, '/playground/');
	const editor = page.locator('.cm-content');
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await editor.fill(readFileSync('bench/cache-workload.c', 'utf8'));
	await page.getByTestId('pg-run').click();
	const graph = page.locator('[data-graph]');
	await expect(graph).toHaveAttribute('data-step', '0', { timeout: 120_000 });
	await expect(page.getByText(/output limit reached.*steps can still be stepped through/)).toBeVisible();
	const total = Number((await page.getByText(/The first [\d,]+ steps/).textContent())!.match(/first ([\d,]+) steps/)![1].replace(/,/g, ''));
	expect(total).toBeGreaterThan(1_000_000);

	await page.locator('.lab .play').first().focus();
	await page.keyboard.press('End');
	await expect(graph).toHaveAttribute('data-step', String(total - 1), { timeout: 60_000 });
	await page.keyboard.press('ArrowLeft');
	await expect(graph).toHaveAttribute('data-step', String(total - 2), { timeout: 60_000 });
	// The context's cache is drawn as a folded strip with its fill level.
	await expect(graph.locator('[data-node="SSL_CTX#1"]')).toContainText(/cache \d+\/20480/);
});
