import { test } from '@playwright/test';
import { gotoHydrated } from './docs-helpers';

// Screenshots for people to look at (e2e/screenshots/ is git-ignored): home and a man page,
// light, dark, and a 390 px wide phone.
const pages = [
	['home', '/'],
	['man-SSL_get_session', '/man/SSL_get_session/'],
	['guide-bugs', '/guides/bugs/']
] as const;

for (const [name, path] of pages) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`screenshot ${name} ${scheme}`, async ({ browser }) => {
			const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await gotoHydrated(page, path);
			await page.screenshot({ path: `e2e/screenshots/${name}-${scheme}.png`, fullPage: false });
			await context.close();
		});
	}
	test(`screenshot ${name} 390px`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		await gotoHydrated(page, path);
		await page.screenshot({ path: `e2e/screenshots/${name}-390.png`, fullPage: false });
		await page.getByTestId('menu').click();
		await page.screenshot({ path: `e2e/screenshots/${name}-390-menu.png`, fullPage: false });
		await context.close();
	});
}
