import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './docs-helpers';

/** Replace the editor's whole text (CodeMirror: select all, then type). */
async function setCode(page: Page, code: string) {
	const editor = page.locator('.cm-content');
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.evaluate((text) => navigator.clipboard?.writeText(text).catch(() => {}), code).catch(() => {});
	await editor.fill(code);
}

const GOOD = `#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    SSL_SESSION *t = SSL_SESSION_dup(s);
    printf("two sessions\\n");
    SSL_SESSION_free(t);
    SSL_SESSION_free(s);
    return 0;
}
`;

test.describe('playground', () => {
	test('shows a diagnostic at the right line while typing', async ({ page }) => {
		await gotoHydrated(page, '/playground/');
		await setCode(page, '#include <openssl/ssl.h>\n\nint main(void) {\n    SSL_SESSION_nope();\n    return 0;\n}\n');
		const marker = page.locator('.cm-lintRange-error').first();
		await expect(marker).toBeVisible({ timeout: 15_000 });
		const line = await marker.evaluate((el) => {
			const lines = [...document.querySelectorAll('.cm-content .cm-line')];
			return lines.findIndex((l) => l.contains(el)) + 1;
		});
		expect(line).toBe(4);
	});

	test('runs, steps, and reproduces the program and step from a share link', async ({ page, context }) => {
		await gotoHydrated(page, '/playground/');
		await setCode(page, GOOD);
		await page.getByTestId('pg-run').click();
		const graph = page.locator('[data-graph]');
		await expect(graph).toHaveAttribute('data-step', /\d+/, { timeout: 20_000 });
		// LabView's shortcuts work with focus anywhere inside the lab (its root is not itself focusable).
		await page.locator('.lab .play').first().focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(graph).toHaveAttribute('data-step', '2');
		await page.getByTestId('pg-share').click();
		const url = await page.getByTestId('pg-share-url').inputValue();
		expect(url).toContain('#code=');

		const fresh = await context.newPage();
		await fresh.evaluate(() => localStorage.clear()).catch(() => {});
		await gotoHydrated(fresh, url.slice(url.indexOf('/playground/')));
		await expect(fresh.locator('[data-graph]')).toHaveAttribute('data-step', '2', { timeout: 20_000 });
		await expect(fresh.locator('.cm-content')).toContainText('SSL_SESSION_dup');
	});

	test('keeps the work across a reload', async ({ page }) => {
		await gotoHydrated(page, '/playground/');
		await setCode(page, GOOD.replace('two sessions', 'kept across reloads'));
		await page.waitForTimeout(700); // autosave is debounced
		await page.reload();
		await page.waitForSelector('html[data-hydrated="true"]');
		await expect(page.locator('.cm-content')).toContainText('kept across reloads');
	});

	test('stops an endless loop and stays responsive', async ({ page }) => {
		await gotoHydrated(page, '/playground/');
		// Each step copies 8 MB, so the run is still going (far from its step and time budgets) when Cancel is pressed.
		await setCode(page, '#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    char *buf = malloc(8000000);\n    for (;;) { memset(buf, 1, 8000000); }\n    return 0;\n}\n');
		await page.getByTestId('pg-run').click();
		await expect(page.getByTestId('pg-cancel')).toBeEnabled({ timeout: 5_000 });
		// The main thread still answers while the worker spins.
		const t0 = Date.now();
		await page.evaluate(() => 1 + 1);
		expect(Date.now() - t0).toBeLessThan(1000);
		await page.getByTestId('pg-cancel').click();
		await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toBeVisible();
		await expect(page.getByTestId('pg-run')).toBeEnabled();
	});

	test('an endless loop left alone ends at the step budget with a clear reason', async ({ page }) => {
		await gotoHydrated(page, '/playground/');
		await setCode(page, 'int main(void) {\n    int x = 0;\n    for (;;) { x = x + 1; }\n    return 0;\n}\n');
		await page.getByTestId('pg-run').click();
		await expect(page.getByTestId('pg-outcome')).toContainText('does the loop ever end?', { timeout: 30_000 });
		await expect(page.locator('[data-graph]')).toBeVisible();
	});

	test('a docs example opens in the playground and offers its embed snippet', async ({ page }) => {
		await gotoHydrated(page, '/man/SSL_SESSION_new/');
		const example = page.locator('[data-example]').first();
		const name = await example.getAttribute('data-example');
		await example.getByTestId('embed-this').click();
		await expect(example.getByTestId('embed-snippet')).toContainText(`/embed/?example=${name}`);
		await example.getByTestId('open-in-playground').click();
		await page.waitForURL(/\/playground\/#code=/);
		await page.waitForSelector('html[data-hydrated="true"]');
		await expect(page.locator('.cm-content')).toContainText('SSL_SESSION_new');
	});

	test('the example gallery filters and loads an example into the editor', async ({ page }) => {
		await gotoHydrated(page, '/playground/');
		await page.getByTestId('pg-examples').click();
		await page.getByPlaceholder(/Filter/).fill('cached free');
		const card = page.locator('[data-example-name="guide-bug-cached-free"]');
		await expect(card).toContainText('deliberate bug');
		await card.click();
		await expect(page.locator('.cm-content')).toContainText('SSL_CTX_add_session');
		await expect(page.getByRole('status').filter({ hasText: 'guide-bug-cached-free' })).toBeVisible();
	});

	test('a damaged share link shows a clear message, not a blank page', async ({ page }) => {
		await gotoHydrated(page, '/playground/#code=1.%3Cscript%3Ealert(1)%3C/script%3E');
		await expect(page.getByRole('alert')).toContainText('could not be opened');
		await expect(page.locator('.cm-content')).toBeVisible();
	});
});
