import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './built-pages';

const dist = new URL('../../dist/', import.meta.url);

test.describe('Content-Security-Policy', () => {
	for (const [type, path] of Object.entries(PAGE_TYPES)) {
		test(`the ${type} page carries a policy with no unsafe-inline or unsafe-eval`, async ({ page }) => {
			await page.goto(path);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy).toContain("default-src 'self'");
			expect(policy).toMatch(/script-src [^;]*'sha(256|384|512)-/);
			expect(policy).not.toContain('unsafe-inline');
			expect(policy).not.toContain('unsafe-eval');
		});
	}

	test('blocks an inline script injected into a page', async ({ page }) => {
		await page.goto(PAGE_TYPES.guide);
		const outcome = await page.evaluate(
			() =>
				new Promise<{ ran: boolean; blocked: string }>((resolve) => {
					document.addEventListener('securitypolicyviolation', (event) => resolve({ ran: 'injected' in window, blocked: event.violatedDirective }));
					const script = document.createElement('script');
					script.textContent = 'window.injected = true;';
					document.body.append(script);
					setTimeout(() => resolve({ ran: 'injected' in window, blocked: '' }), 1000);
				}),
		);
		expect(outcome).toEqual({ ran: false, blocked: expect.stringMatching(/^script-src/) });
	});

	test('the site’s own scripts are allowed: the helpline status appears', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(PAGE_TYPES.helpline);
		await expect(page.getByRole('contentinfo').locator('[data-helpline-status]')).toBeVisible();
		expect(violations).toEqual([]);
	});
});

test.describe('files for static hosts', () => {
	test('_headers sets the security headers a meta tag cannot', () => {
		const headers = readFileSync(new URL('_headers', dist), 'utf8');
		for (const name of ['Content-Security-Policy: frame-ancestors', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy', 'Strict-Transport-Security']) {
			expect(headers).toContain(name);
		}
	});

	test('_redirects lists each former URL with its page', () => {
		const redirects = readFileSync(new URL('_redirects', dist), 'utf8');
		for (const line of redirects.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^\/\S+ \/\S+\/ 301$/);
	});
});

test.describe('storage', () => {
	test('reading the guidance stores nothing: no cookies, localStorage or sessionStorage', async ({ page, context }) => {
		for (const path of Object.values(PAGE_TYPES)) await page.goto(path);
		const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
		expect(storage).toEqual({ local: 0, session: 0 });
		expect(await context.cookies()).toEqual([]);
	});
});
