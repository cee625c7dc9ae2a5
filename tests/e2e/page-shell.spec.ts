import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './built-pages';

test.describe('skip link', () => {
	test('moves keyboard focus to the main content', async ({ page }) => {
		await page.goto(PAGE_TYPES.guide);
		await page.keyboard.press('Tab');
		await expect(page.locator('a.skip-link[href="#main"]')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	});
});

test.describe('not found', () => {
	test('an unknown address answers 404 with search, home and the helpline', async ({ page }) => {
		const response = await page.goto('/guides/no-such-guide/');
		expect(response?.status()).toBe(404);
		const main = page.getByRole('main');
		await expect(main.getByRole('searchbox')).toBeVisible();
		await expect(main.locator('a[href="/"]').first()).toBeVisible();
		await expect(main.locator('a[href="/helpline/"]').first()).toBeVisible();
	});
});

// Every internal link on every page answers with a page: checked on the built HTML of every page in
// tests/unit/every-page-html.test.ts, and on the links scripts draw in tests/e2e/every-page.spec.ts.
