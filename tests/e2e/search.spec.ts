import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations } from './accessibility';

const results = (page: Page) => page.locator('[data-search-results]');
const status = (page: Page) => page.locator('[data-search-status]');

test.describe('search with JavaScript', () => {
	test('shows results for ?q= on arrival, with a section deep link and a count for screen readers', async ({ page }) => {
		await page.goto('/search/?q=report+impersonation+on+instagram');
		const first = results(page).getByRole('listitem').first();
		await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', '/platforms/instagram/');
		await expect(first.locator('a[href="/platforms/instagram/#report-impersonation"]')).toBeVisible();
		await expect(first.locator('mark').first()).toBeVisible();
		await expect(status(page)).toHaveAttribute('role', 'status');
		await expect(status(page)).toHaveText(/^\d+ pages? match/);
	});

	test('updates as the user types, keeps the address shareable, and arrow keys reach the results', async ({ page }) => {
		await page.goto('/search/');
		const box = page.getByRole('main').getByRole('searchbox');
		await box.pressSequentially('sextor');
		await expect(results(page).getByRole('link', { name: /sextortion/i }).first()).toBeVisible();
		await expect(page).toHaveURL(/\?q=sextor$/);
		await box.press('ArrowDown');
		const firstLink = results(page).locator('a[href]').first();
		await expect(firstLink).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(results(page).locator('a[href]').nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(box).toBeFocused();
		await box.press('ArrowDown');
		const href = await firstLink.getAttribute('href');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href}$`));
	});

	test('finds pages from misspellings, synonyms and aka terms', async ({ page }) => {
		for (const [query, href] of [
			['instagarm', '/platforms/instagram/'],
			['tik tok', '/platforms/tiktok/'],
			['twitter', '/platforms/x/'],
			['spoof account', '/guides/impersonation/'],
		]) {
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			await expect(results(page).locator('h3 a').first(), query).toHaveAttribute('href', href);
		}
	});

	// Odd input (one letter, punctuation, emoji, regex characters, HTML, 2,000 characters) is in robustness.spec.ts.

	test('an empty search shows every topic, platform and the helpline', async ({ page }) => {
		await page.goto('/search/?q=');
		await expect(page.locator('[data-search-listing]')).toBeVisible();
		await expect(page.locator('[data-search-listing] a[href="/helpline/"]')).toBeVisible();
	});

	test('sends nothing off the site and stores nothing', async ({ page, baseURL }) => {
		const offSite: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(baseURL ?? '')) offSite.push(request.url());
		});
		await page.goto('/search/?q=fake+account');
		await expect(results(page).locator('mark').first()).toBeVisible();
		await page.getByRole('main').getByRole('searchbox').fill('nudes year 8');
		await expect(results(page).getByRole('heading', { name: /nudes/i }).first()).toBeVisible();
		expect(offSite).toEqual([]);
		const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
		expect(stored).toEqual({ local: 0, session: 0, cookies: '' });
	});

	test('other pages do not load the index until someone uses the search box', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/_astro/search/')) loaded.push(request.url());
		});
		await page.goto('/guides/impersonation/');
		await page.waitForLoadState('networkidle');
		expect(loaded).toEqual([]);
		await page.getByRole('banner').getByRole('searchbox').focus();
		await expect.poll(() => loaded.length).toBeGreaterThan(0);
	});

	test('the results page has no detectable accessibility problems', async ({ page }) => {
		await page.goto('/search/?q=fake+account');
		await expect(results(page).locator('mark').first()).toBeVisible();
		expect(await accessibilityViolations(page)).toEqual([]);
	});
});

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every guide, platform and the helpline', async ({ page }) => {
		await page.goto('/search/?q=anything');
		const listing = page.locator('[data-search-listing]');
		await expect(listing.locator('a[href^="/guides/"]')).not.toHaveCount(0);
		await expect(listing.locator('a[href="/platforms/tiktok/"]')).toBeVisible();
		await expect(listing.locator('a[href="/helpline/"]')).toBeVisible();
	});
});
