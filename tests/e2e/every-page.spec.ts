import { expect, type Page, test } from '@playwright/test';
import { NATION_STORAGE_KEY } from '../../src/lib/nation-choice';
import { ENQUIRY_STORAGE_KEY } from '../../src/wizard/enquiry';
import { accessibilityViolations, loadAxeWithEveryPage } from './accessibility';
import { advicePlatformSections, builtPages, outcomeForOnePlatform, pageTemplate, sampledPages, servesPage } from './built-pages';

/**
 * Every kind of page in a running browser, with JavaScript on, as a visitor sees it: the page
 * shell once scripts have run (the 999 line and Exit this page visible); no script error and
 * nothing the Content-Security-Policy refuses; what the page asks of the network and stores; that
 * the links scripts draw answer with a page; and axe's WCAG 2.2 A and AA rules and its best
 * practices, with none disabled. What the HTML alone shows (the shell, the policy, no address of
 * another site, links) is checked on every page without a browser, in
 * tests/unit/every-page-html.test.ts.
 *
 * The browser visits every page that is not a wizard path page, and for each wizard question and
 * each piece of advice the path page with the most answers, with each outcome for one platform
 * standing in for its outcome's others as long as every platform's sections are checked inside an
 * outcome once (sampledPages; a test below fails if anything is left out), plus addresses that do
 * not exist. The other path pages repeat a sampled
 * template with a shorter list of answers. `AXE_EVERY_PAGE=1` visits every page.
 *
 * The pages are checked in batches, one browser tab per batch, and a problem on one page does not
 * stop the others being checked: each failure names its page.
 */
const UNKNOWN = ['/no-such-page/', '/guides/no-such-guide/', '/platforms/tiktok/no-such-section/', '/report/nobody-is-in-danger/banana/', '/report/outcome/no-such-outcome/'];
const BUILT = builtPages();
const SAMPLED = sampledPages(BUILT);
const PAGES: { path: string; status: number }[] = [
	...BUILT.filter((path) => SAMPLED.has(path)).map((path) => ({ path, status: 200 })),
	...UNKNOWN.map((path) => ({ path, status: 404 })),
];
const BATCH = 20;

// A trace of every passing page would double the time; each failure says which page and what is wrong.
test.use({ trace: 'off' });

test('the build produced pages to check', () => {
	// Without this, a missing dist/ would make no page tests at all, and nothing would fail.
	expect(BUILT.length).toBeGreaterThan(UNKNOWN.length);
});

test(`the browser checks ${SAMPLED.size} of ${BUILT.length} pages: every page that is not a wizard path, every question and outcome the wizard shows, and every platform's steps inside an outcome`, () => {
	const checked = new Set([...SAMPLED].map(pageTemplate));
	// Every question, outcome and other page; an outcome for one platform may stand in for the others of its outcome…
	const checkedOutcomes = new Set([...checked].map(outcomeForOnePlatform));
	expect(BUILT.filter((path) => !checked.has(pageTemplate(path)) && !checkedOutcomes.has(outcomeForOnePlatform(pageTemplate(path)) ?? path))).toEqual([]);
	expect(BUILT.filter((path) => pageTemplate(path) === path).filter((path) => !SAMPLED.has(path))).toEqual([]);
	// …as long as each platform's sections are checked inside an outcome somewhere.
	const checkedSections = new Set([...SAMPLED].flatMap(advicePlatformSections));
	const allSections = new Set(BUILT.filter((path) => outcomeForOnePlatform(pageTemplate(path))).flatMap(advicePlatformSections));
	expect(allSections.size).toBeGreaterThan(10);
	expect([...allSections].filter((section) => !checkedSections.has(section))).toEqual([]);
});

for (let start = 0; start < PAGES.length; start += BATCH) {
	const batch = PAGES.slice(start, start + BATCH);
	test(`pages ${start + 1}–${start + batch.length} of ${PAGES.length} (${batch[0].path} …): page shell, scripts, accessibility and privacy`, async ({ page }) => {
		// A page with axe takes 1–2 s on a quiet machine and has taken over 10 s on a loaded one: room for that, not for a hang.
		test.setTimeout(batch.length * 20_000);
		const foreign = recordForeignRequests(page);
		const scriptProblems = recordScriptProblems(page);
		await loadAxeWithEveryPage(page);
		for (const { path, status } of batch) {
			const response = await page.goto(path);
			expect.soft(response?.status(), `${path}: HTTP status`).toBe(status);
			// Check the page as it is once its scripts have run: islands hydrated, enhancements applied.
			await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
			expect.soft(await pageShell(page), `${path}: page shell`).toEqual(COMPLETE_SHELL);
			expect.soft(await accessibilityViolations(page), `${path}: axe (WCAG 2.2 A and AA, best practices)`).toEqual([]);
			expect.soft(await storedKeys(page), `${path}: storage (only the wizard's own sessionStorage key and the chosen nation's localStorage key are allowed)`).toEqual({ cookies: [], local: [], session: [] });
			expect.soft(foreign.splice(0), `${path}: requests to other sites`).toEqual([]);
			expect.soft(scriptProblems.splice(0), `${path}: script errors and Content-Security-Policy refusals`).toEqual([]);
			expect.soft(await brokenLinks(page), `${path}: links to addresses the host does not serve`).toEqual([]);
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

/** Internal links on the page as it is now (scripts draw some: the wizard's answers, search results) that the host does not serve. */
async function brokenLinks(page: Page): Promise<string[]> {
	const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return [...new Set(hrefs.filter((href) => !href.startsWith('//')).map((href) => href.split('#')[0].split('?')[0]))].filter((target) => !servesPage(target));
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
