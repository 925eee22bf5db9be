/**
 * The Content-Security-Policy (svelte.config.js kit.csp, sent as a <meta> tag by the static pages)
 * must not block anything the site itself does: a docs page with a running example and search, the
 * playground running a program, and the embed. Any violation shows up as a
 * `securitypolicyviolation` event or a console message mentioning the policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './docs-helpers';
import { encodeShareLink } from '../src/lib/embed/share-link';

async function watchPolicy(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (/content security policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
	});
	await page.exposeFunction('reportCspViolation', (text: string) => problems.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`)
		);
	});
	return problems;
}

test('the pages carry a Content-Security-Policy without inline-script allowances', async ({ page }) => {
	await gotoHydrated(page, '/playground/');
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).toContain("script-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test('a docs page runs its example and searches without a policy violation', async ({ page }) => {
	const problems = await watchPolicy(page);
	await gotoHydrated(page, '/man/SSL_SESSION_new/');
	const example = page.locator('[data-example]').first();
	await example.getByTestId('run').click();
	await expect(example.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
	const search = page.getByRole('searchbox').first();
	if (await search.count()) {
		await search.fill('session cache timeout');
		await page.waitForTimeout(1500); // Pagefind loads its WebAssembly on first input
	}
	expect(problems).toEqual([]);
});

test('the playground and the embed run without a policy violation', async ({ page }) => {
	const problems = await watchPolicy(page);
	await gotoHydrated(page, '/playground/');
	await page.getByTestId('pg-run').click();
	await expect(page.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
	await expect(page.locator('.cm-content')).toBeVisible();
	const link = encodeShareLink({ source: 'int main(void) {\n    int x = 1;\n    return x - 1;\n}\n', step: null });
	await gotoHydrated(page, `/embed/#code=${link}`);
	await expect(page.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
	await gotoHydrated(page, '/embed/?example=SSL_SESSION_new&theme=dark');
	await expect(page.locator('[data-graph]')).toBeVisible({ timeout: 30_000 });
	expect(problems).toEqual([]);
});
