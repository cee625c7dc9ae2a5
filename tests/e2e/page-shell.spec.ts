import { expect, test } from '@playwright/test';
import { builtPages, PAGE_TYPES } from './built-pages';

const pages = builtPages().filter((path) => !path.startsWith('/report/'));

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

test.describe('links', () => {
	test('every internal link on every page answers with a page', async ({ page, request }) => {
		// Some 60 pages and every link on them: more than the default 30 seconds on a shared machine.
		test.setTimeout(180_000);
		expect(pages.length, 'pages built (run astro build first)').toBeGreaterThan(0);
		const targets = new Set<string>();
		for (const path of pages) {
			await page.goto(path);
			const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
			hrefs.forEach((href) => targets.add(href.split('#')[0]));
		}
		expect(targets.size, 'internal links found').toBeGreaterThan(0);
		const broken: string[] = [];
		for (const target of targets) {
			const response = await request.get(target);
			if (response.status() !== 200) broken.push(`${target} → ${response.status()}`);
		}
		expect(broken).toEqual([]);
	});
});
