/** Accessibility of the playground (after a run, gallery open) and of the embed, in both themes. */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoHydrated } from './docs-helpers';

async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`the playground after a run (${scheme}) has no axe violations`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await gotoHydrated(page, '/playground/');
		await page.getByTestId('pg-run').click();
		await expect(page.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
		await page.getByTestId('pg-examples').click();
		expect(await violations(page)).toEqual([]);
	});

	test(`the embed (${scheme}) has no axe violations`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await gotoHydrated(page, '/embed/?example=SSL_CTX_add_session&step=3');
		await expect(page.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
		expect(await violations(page)).toEqual([]);
	});
}
