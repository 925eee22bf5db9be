import { expect, test } from '@playwright/test';
import { gotoHydrated } from './docs-helpers';

const pages = ['/', '/man/', '/man/SSL_SESSION_new/', '/man/SSL_CTX_sess_number/', '/guides/', '/guides/bugs/', '/errors/'];

for (const path of pages) {
	test(`${path} loads without console errors`, async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		await gotoHydrated(page, path);
		await expect(page.locator('h1').first()).toBeVisible();
		expect(errors).toEqual([]);
	});
}

test('a man page shows the example source and its real output without running anything', async ({ page }) => {
	await gotoHydrated(page, '/man/SSL_SESSION_new/');
	const example = page.locator('[data-example="SSL_SESSION_new"]');
	await expect(example.locator('pre.code')).toContainText('SSL_SESSION_up_ref(a)');
	await expect(example.locator('pre.output')).toContainText('# free SSL_SESSION#1');
});

test('an alias URL leads to the group page at the name', async ({ page }) => {
	await page.goto('/man/SSL_SESSION_free/');
	await page.waitForURL(/\/man\/SSL_SESSION_new\/#SSL_SESSION_free$/);
	await expect(page.locator('#SSL_SESSION_free')).toBeVisible();
});

test('search finds a function by name and Enter opens its page', async ({ page }) => {
	await gotoHydrated(page, '/');
	const box = page.getByRole('searchbox', { name: 'Search functions and pages' });
	await box.fill('SSL_CTX_flush_sessions');
	const results = page.getByTestId('search-results');
	await expect(results.getByRole('link', { name: 'SSL_CTX_flush_sessions' }).first()).toBeVisible();
	await box.press('Enter');
	await page.waitForURL(/\/man\/SSL_CTX_flush_sessions\/$/);
	await expect(page.locator('h1')).toHaveText('SSL_CTX_flush_sessions');
});

test('full-text search (Pagefind) finds a page by a word from its prose', async ({ page, request }) => {
	// `vite preview` serves SvelteKit's output, not files added to site/ afterwards (NOTES/docs.md).
	const index = await request.get('/pagefind/pagefind.js');
	test.skip(!index.ok(), 'the server does not serve site/pagefind/ (vite preview); run against a static server of site/');
	await gotoHydrated(page, '/');
	await page.getByRole('searchbox').fill('eviction');
	await expect(page.getByTestId('search-results').locator('.excerpt').first()).toBeVisible({ timeout: 10_000 });
});

test('the dark mode toggle switches the theme and the choice persists', async ({ page }) => {
	await gotoHydrated(page, '/man/SSL_new/');
	const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const before = await bg();
	await page.getByTestId('theme-toggle').click();
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	expect(theme === 'dark' || theme === 'light').toBe(true);
	expect(await bg()).not.toBe(before);
	await gotoHydrated(page, '/man/SSL_free/');
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
	expect(await bg()).not.toBe(before);
});

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('nothing overflows sideways and the menu opens the index', async ({ page }) => {
		for (const path of ['/', '/man/SSL_CTX_sess_number/', '/guides/session-cache/']) {
			await gotoHydrated(page, path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		const sidebar = page.locator('#sidebar');
		await expect(sidebar).toBeHidden();
		await page.getByTestId('menu').click();
		await expect(sidebar).toBeVisible();
		await sidebar.getByRole('link', { name: 'SSL_get_session', exact: true }).click();
		await page.waitForURL(/\/man\/SSL_get_session\/$/);
		await expect(sidebar).toBeHidden();
	});
});

test('keyboard: skip link, then search, reachable without a mouse', async ({ page }) => {
	await gotoHydrated(page, '/man/SSL_set_session/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#content$/);
	// from the top again: Tab reaches the search box, typing + Enter navigates
	await gotoHydrated(page, '/man/SSL_set_session/');
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		if (await page.getByRole('searchbox').evaluate((el) => el === document.activeElement)) break;
	}
	await expect(page.getByRole('searchbox')).toBeFocused();
	await page.keyboard.type('SSL_clear');
	await expect(page.getByTestId('search-results')).toContainText('SSL_clear');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/man\/SSL_clear\/$/);
});

test('previous/next links walk the reading order', async ({ page }) => {
	await gotoHydrated(page, '/guides/reference-counting/');
	await page.getByRole('link', { name: /^Next/ }).click();
	await page.waitForURL(/\/guides\/session-cache\/$/);
	await page.getByRole('link', { name: /^Previous/ }).click();
	await page.waitForURL(/\/guides\/reference-counting\/$/);
});

test('the 404 page is served for unknown paths and offers a way back', async ({ page }) => {
	await page.goto('/404.html');
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator('#content').getByRole('link', { name: 'All function names' })).toBeVisible();
});

test('Run loads the interactive view on demand (or says it is unavailable)', async ({ page }) => {
	await gotoHydrated(page, '/man/SSL_SESSION_new/');
	const example = page.locator('[data-example="SSL_SESSION_new"]');
	await example.getByTestId('run').click();
	await expect(example.locator('.lab, [role="status"]').first()).toBeVisible({ timeout: 15_000 });
});
