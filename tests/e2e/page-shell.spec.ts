import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, PAGE_TYPES, WCAG_TAGS } from './built-pages';

const pages = builtPages().filter((path) => !path.startsWith('/report/'));

test.describe('every page', () => {
	for (const path of pages) {
		test(`${path} has the page shell and no accessibility violations`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);

			await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
			await expect(page.getByRole('banner')).toHaveCount(1);
			await expect(page.getByRole('main')).toHaveCount(1);
			await expect(page.getByRole('contentinfo')).toHaveCount(1);
			await expect(page.locator('h1')).toHaveCount(1);
			// The line that is never missing: immediate danger leads to 999.
			await expect(page.locator('.emergency-line a[href="tel:999"]')).toBeVisible();
			await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();
			await expect(page.getByRole('search').first()).toBeAttached();

			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
		});
	}
});

test.describe('privacy', () => {
	test('no page sets a cookie or asks for anything from another site', async ({ page, context }) => {
		const foreign: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
		});
		for (const path of Object.values(PAGE_TYPES)) await page.goto(path);
		expect(foreign).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
});

test.describe('skip link', () => {
	test('moves keyboard focus to the main content', async ({ page }) => {
		await page.goto(PAGE_TYPES.guide);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
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
		await expect(main.getByRole('link', { name: /home page/ })).toHaveAttribute('href', '/');
		await expect(main.getByRole('link', { name: /Contact the helpline/ })).toHaveAttribute('href', '/helpline/');
	});
});

test.describe('links', () => {
	test('every internal link on every page answers with a page', async ({ page, request }) => {
		const targets = new Set<string>();
		for (const path of pages) {
			await page.goto(path);
			const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
			hrefs.forEach((href) => targets.add(href.split('#')[0]));
		}
		const broken: string[] = [];
		for (const target of targets) {
			const response = await request.get(target);
			if (response.status() !== 200) broken.push(`${target} → ${response.status()}`);
		}
		expect(broken).toEqual([]);
	});
});
