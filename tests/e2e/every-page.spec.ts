import { expect, type Page, test } from '@playwright/test';
import { NATION_STORAGE_KEY } from '../../src/lib/nation-choice';
import { ENQUIRY_STORAGE_KEY } from '../../src/wizard/enquiry';
import { accessibilityViolations } from './accessibility';
import { axePages, builtPages, pageTemplate } from './built-pages';

/**
 * Every page the build produced (discovered from dist/, wizard pages included), plus addresses
 * that do not exist, each loaded once with JavaScript on, as a visitor sees it: the page shell; no
 * script error and nothing the Content-Security-Policy refuses; and what the page asks of the
 * network and stores. axe's WCAG 2.2 A and AA rules and its best practices, with none disabled, run
 * on every page except wizard path pages that repeat a question or advice already checked (axePages:
 * axe is four fifths of this file's time). `AXE_EVERY_PAGE=1` runs axe on every page.
 *
 * There are hundreds of pages, so they are checked in batches, one browser tab per batch, and a
 * problem on one page does not stop the others being checked: each failure names its page.
 */
const UNKNOWN = ['/no-such-page/', '/guides/no-such-guide/', '/platforms/tiktok/no-such-section/', '/report/nobody-is-in-danger/banana/', '/report/outcome/no-such-outcome/'];
const BUILT = builtPages();
const AXE = axePages(BUILT);
const PAGES: { path: string; status: number; axe: boolean }[] = [
	...BUILT.map((path) => ({ path, status: 200, axe: AXE.has(path) })),
	...UNKNOWN.map((path) => ({ path, status: 404, axe: true })),
];
const BATCH = 20;

// A trace of every passing page would double the time; each failure says which page and what is wrong.
test.use({ trace: 'off' });

test('the build produced pages to check', () => {
	// Without this, a missing dist/ would make no page tests at all, and nothing would fail.
	expect(BUILT.length).toBeGreaterThan(UNKNOWN.length);
});

test(`axe checks ${AXE.size} of ${BUILT.length} pages: every page that is not a wizard path, and every question and piece of advice the wizard shows`, () => {
	const checked = new Set([...AXE].map(pageTemplate));
	expect(BUILT.filter((path) => !checked.has(pageTemplate(path)))).toEqual([]);
	expect(BUILT.filter((path) => pageTemplate(path) === path).filter((path) => !AXE.has(path))).toEqual([]);
});

for (let start = 0; start < PAGES.length; start += BATCH) {
	const batch = PAGES.slice(start, start + BATCH);
	test(`pages ${start + 1}–${start + batch.length} of ${PAGES.length} (${batch[0].path} …): page shell, accessibility and privacy`, async ({ page }) => {
		test.setTimeout(batch.reduce((total, { axe }) => total + (axe ? 10_000 : 4_000), 0));
		const foreign = recordForeignRequests(page);
		const scriptProblems = recordScriptProblems(page);
		for (const { path, status, axe } of batch) {
			const response = await page.goto(path);
			expect.soft(response?.status(), `${path}: HTTP status`).toBe(status);
			expect.soft(await pageShell(page), `${path}: page shell`).toEqual(COMPLETE_SHELL);
			// Check the page as it is once its scripts have run: islands hydrated, enhancements applied.
			await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
			if (axe) expect.soft(await accessibilityViolations(page), `${path}: axe (WCAG 2.2 A and AA, best practices)`).toEqual([]);
			expect.soft(await storedKeys(page), `${path}: storage (only the wizard's own sessionStorage key and the chosen nation's localStorage key are allowed)`).toEqual({ cookies: [], local: [], session: [] });
			expect.soft(foreign.splice(0), `${path}: requests to other sites`).toEqual([]);
			expect.soft(scriptProblems.splice(0), `${path}: script errors and Content-Security-Policy refusals`).toEqual([]);
		}
	});
}

/** What every page has, from PRODUCT.md and the page shell: the shape pageShell() returns when all is there. */
const COMPLETE_SHELL = { skipLink: true, banners: 1, mains: 1, footers: 1, h1s: 1, call999Visible: true, exitVisible: true, searchForms: true };

/** The page shell in one look, so hundreds of pages stay affordable. */
function pageShell(page: Page) {
	return page.evaluate(() => {
		const visible = (selector: string) => [...document.querySelectorAll(selector)].some((element) => element.checkVisibility());
		// A header or footer is the page's banner or contentinfo landmark unless it sits inside a sectioning element.
		const landmarks = (selector: string) => [...document.querySelectorAll(selector)].filter((element) => !element.parentElement?.closest('main, article, aside, nav, section')).length;
		return {
			skipLink: [...document.querySelectorAll('a.skip-link[href="#main"]')].some((a) => (a.textContent ?? '').trim().length > 0),
			banners: landmarks('header, [role="banner"]'),
			mains: document.querySelectorAll('main').length,
			footers: landmarks('footer, [role="contentinfo"]'),
			h1s: document.querySelectorAll('h1').length,
			// The line that is never missing: immediate danger leads to 999.
			call999Visible: visible('.emergency-line a[href="tel:999"]'),
			exitVisible: visible('[data-exit-button]'),
			searchForms: document.querySelectorAll('form[role="search"][action="/search/"][method="get"]').length > 0,
		};
	});
}

async function storedKeys(page: Page) {
	const { local, session } = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
	const cookies = (await page.context().cookies()).map((cookie) => cookie.name);
	return { cookies, local: local.filter((key) => key !== NATION_STORAGE_KEY), session: session.filter((key) => key !== ENQUIRY_STORAGE_KEY) };
}

/** Every request the page makes to anywhere but this site, as a list the test empties after each page. */
function recordForeignRequests(page: Page): string[] {
	const foreign: string[] = [];
	const origin = new URL(test.info().project.use.baseURL ?? '').origin;
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

/** Script errors and anything the Content-Security-Policy refused, as a list the test empties after each page. */
function recordScriptProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	return problems;
}
