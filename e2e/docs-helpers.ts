import type { Page } from '@playwright/test';

/** Waits until the root layout's onMount has run (data-hydrated on <html>). */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForSelector('html[data-hydrated="true"]');
}
