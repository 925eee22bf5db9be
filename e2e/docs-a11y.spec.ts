import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoHydrated } from './docs-helpers';

const pages = ['/', '/man/SSL_get_session/', '/man/SSL_CTX_sess_number/', '/guides/resumption/', '/man/', '/errors/'];

for (const scheme of ['light', 'dark'] as const) {
	for (const path of pages) {
		test(`${path} (${scheme}) has no axe violations`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await gotoHydrated(page, path);
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
			expect(summary).toEqual([]);
		});
	}
}
