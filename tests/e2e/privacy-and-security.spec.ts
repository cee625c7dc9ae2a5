import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/integrations/host-files';
import { NATION_STORAGE_KEY } from '../../src/lib/nation-choice';
import { ENQUIRY_STORAGE_KEY } from '../../src/wizard/enquiry';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { PAGE_TYPES, servedHtml } from './built-pages';
import { choose, waitForHydration } from './wizard-helpers';

const dist = new URL('../../dist/', import.meta.url);

test.describe('Content-Security-Policy', () => {
	for (const [type, path] of Object.entries(PAGE_TYPES)) {
		// Read from the HTML the host serves for the address, as the browser would get it: the policy is
		// in the page's own markup, so no browser is needed (the browser's side is the two tests below).
		test(`the ${type} page carries a policy with no unsafe-inline or unsafe-eval`, () => {
			const policy = contentSecurityPolicy(servedHtml(path));
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

/** The content of a page's Content-Security-Policy meta tag (entities decoded, as the browser reads it). */
function contentSecurityPolicy(html: string): string | undefined {
	let policy: string | undefined;
	visit(fromHtml(html), 'element', (element) => {
		if (element.tagName === 'meta' && String(element.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') policy ??= String(element.properties.content);
	});
	return policy;
}

test.describe('files for static hosts', () => {
	/** `_headers` as { path: { header: value } }. */
	function readHeadersFile(): Record<string, Record<string, string>> {
		const blocks: Record<string, Record<string, string>> = {};
		let path = '';
		for (const line of readFileSync(new URL('_headers', dist), 'utf8').split('\n')) {
			if (/^\S/.test(line)) blocks[(path = line.trim())] = {};
			else if (line.trim()) {
				const [name, ...value] = line.trim().split(':');
				blocks[path][name] = value.join(':').trim();
			}
		}
		return blocks;
	}

	test('_headers sets every security header on every path', () => {
		const all = readHeadersFile()['/*'];
		expect(all).toEqual(SECURITY_HEADERS);
		expect(all['Content-Security-Policy']).toContain("frame-ancestors 'none'");
		expect(all['Cross-Origin-Resource-Policy']).toBe('same-origin');
		expect(all['X-Permitted-Cross-Domain-Policies']).toBe('none');
		expect(all['Permissions-Policy']).not.toContain('interest-cohort');
	});

	test('_headers keeps wizard pages, which describe a visitor’s situation, out of every cache', () => {
		expect(readHeadersFile()['/report/*']).toEqual({ 'Cache-Control': 'no-store' });
	});

	test('_redirects lists each former URL with its page', () => {
		// How each line is made is tested in tests/unit/host-files.test.ts; here, that the build wrote them well.
		const lines = readFileSync(new URL('_redirects', dist), 'utf8').split('\n').filter(Boolean);
		expect(lines.filter((line) => !/^\/\S+ \/\S+\/ 301$/.test(line))).toEqual([]);
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

test.describe('a visit recorded from start to end', () => {
	test('walking the wizard, choosing a nation, typing an enquiry and searching sends nothing anywhere and keeps only the enquiry, in this tab, and the nation', async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const requests: { url: string; type: string; body: string }[] = [];
		page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType(), body: request.postData() ?? '' }));
		// Words that would only appear in a request if something sent what the visitor typed.
		const ENQUIRY = 'Zebracorn fake account of Mrs Quimby';
		const QUERY = 'xylophonist impersonation';

		await page.goto('/');
		await page.getByRole('main').locator('a[href="/report/"]').first().click();
		await waitForHydration(page);
		await page.locator('.nation-choice--footer a[data-nation-option="scotland"]').click();
		await choose(page, 'is-anyone-in-immediate-danger', 'nobody-is-in-danger');
		await choose(page, 'does-it-involve-any-of-these', 'none-of-these');
		await choose(page, 'what-is-happening', 'fake-account');
		await choose(page, 'who-is-it-about', 'a-member-of-staff');
		await choose(page, 'has-it-been-reported', 'not-yet');
		await choose(page, 'where-is-it-happening', 'tiktok');
		const enquiry = page.locator('[data-enquiry-field="what-happened"]');
		await enquiry.fill(ENQUIRY);
		await expect(page.locator('[data-enquiry-summary]')).toContainText(ENQUIRY);

		const search = page.getByRole('banner').getByRole('searchbox');
		await search.fill(QUERY);
		await search.press('Enter');
		await expect(page.locator('[data-search-results] li').first()).toBeVisible();
		await page.getByRole('main').getByRole('searchbox').fill(`${QUERY} tiktok`);
		await page.locator('[data-search-results] a').first().click();
		await page.waitForLoadState('networkidle');

		expect(requests.filter((r) => new URL(r.url).origin !== origin && !/^(data|blob):/.test(r.url)).map((r) => r.url)).toEqual([]);
		expect(requests.filter((r) => `${r.url} ${r.body}`.includes('Zebracorn') || `${r.url} ${r.body}`.includes('Quimby'))).toEqual([]);
		// With JavaScript the header box goes to /search/#q=…: the fragment is never sent, so no
		// request (not the search page, the index or the snippet files) carries the words typed.
		const withQuery = requests.filter((r) => decodeURIComponent(`${r.url} ${r.body}`.replace(/\+/g, ' ')).includes('xylophonist'));
		expect(withQuery.map((r) => [r.type, new URL(r.url).pathname])).toEqual([]);

		expect(await context.cookies()).toEqual([]);
		const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
		expect(storage).toEqual({ local: [NATION_STORAGE_KEY], session: [ENQUIRY_STORAGE_KEY] });
	});
});
