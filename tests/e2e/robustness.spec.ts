import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { ENQUIRY_STORAGE_KEY } from '../../src/wizard/enquiry';

/**
 * Bad input on every way into the site gets a clear answer, with JavaScript on and off: a wizard
 * link that is malformed, an address that does not exist, an odd search, a corrupted stored
 * enquiry. Every case must give the status a host would, no script error, the page's heading and
 * the 999 line, and a way on (home, the questions, the helpline or a search box); then what that
 * kind of input needs.
 */
interface Case {
	name: string;
	path: string;
	status: number;
	/** What this input needs beyond the common checks. */
	answer?: (page: Page, js: boolean) => Promise<void>;
	/** Stored before the page loads (JavaScript on only). */
	stored?: string;
	/**
	 * Serve the built 404 page for this address, as a static host does. For addresses the test
	 * server (astro preview) answers itself with an error, such as broken percent-encoding.
	 */
	host404?: boolean;
	/** The kind of input, for the test that runs the cases of one kind in turn. */
	group?: string;
}

const recovery = (page: Page) => page.locator('[data-wizard-recovery]');
const listing = (page: Page) => page.locator('[data-search-listing]');

/** A malformed wizard link: with JavaScript, says what is wrong and where to continue; without, offers the questions again. */
const explainsWizardLink = (continueTo?: string) => async (page: Page, js: boolean) => {
	const main = page.getByRole('main');
	await expect(main.locator('a[href="/report/"]').filter({ visible: true }).first()).toBeVisible();
	if (!js) return;
	await expect(recovery(page)).toBeVisible();
	await expect(page.locator('[data-recovery-reason]')).not.toBeEmpty();
	if (continueTo) await expect(page.locator('[data-recovery-continue]')).toHaveAttribute('href', continueTo);
};

/** An odd search: with JavaScript, a message or results, never a blank; without, every page listed. Nothing typed runs. */
const answersSearch = async (page: Page, js: boolean) => {
	if (js) await expect(page.locator('[data-search-status]')).not.toHaveText(/Loading/);
	// Results, or the list of every page: never a blank.
	if ((await page.locator('[data-search-results] li').count()) === 0) await expect(listing(page)).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
};

/** A stored enquiry the page cannot read: the form starts empty and still keeps what is typed. */
const enquiryStillWorks = async (page: Page, js: boolean) => {
	if (!js) return;
	const field = page.getByRole('main').locator('[data-enquiry-field="what-happened"]');
	await expect(field).toHaveValue('');
	await field.fill('A parent is posting about a teacher');
	await expect(page.locator('[data-enquiry-summary]')).toContainText('A parent is posting about a teacher');
};

/** Types into an enquiry box as a paste would, including text Playwright's keyboard cannot type (a lone surrogate). */
const typeIntoEnquiry = (page: Page, text: string) =>
	page.getByRole('main').locator('[data-enquiry-field="what-happened"]').evaluate((field: HTMLTextAreaElement, value) => {
		field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);

/** Typed text the email link cannot carry: the page goes on working, and says what to do instead when it is too long. */
const enquiryCopes = (text: string, tooLongForEmail: boolean) => async (page: Page, js: boolean) => {
	if (!js) return;
	const started = Date.now();
	await typeIntoEnquiry(page, text);
	await expect(page.locator('[data-enquiry-summary]')).not.toBeEmpty();
	expect(Date.now() - started).toBeLessThan(5000);
	const href = (await page.locator('[data-enquiry-mailto]').getAttribute('href')) ?? '';
	expect(href).toMatch(/^mailto:[^?]+@/);
	expect(href.length).toBeLessThanOrEqual(2000);
	if (tooLongForEmail) {
		await expect(page.locator('[data-enquiry-too-long]')).toBeVisible();
		expect(href).not.toContain('body=');
	} else {
		await expect(page.locator('[data-enquiry-too-long]')).toBeHidden();
		expect(href).toContain('body=');
	}
};

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Right-to-left controls in an address are not echoed into the site's sentences. */
const noBidiControlsEchoed = (selector: string) => async (page: Page, js: boolean) => {
	if (!js) return;
	const echoed = page.locator(selector);
	await expect(echoed).not.toBeEmpty();
	await expect(echoed).not.toHaveText(/Loading/);
	// An isolate (U+2068…U+2069) around the echoed words is allowed: it is what keeps them apart.
	const text = (await echoed.innerText()).replace(/\u2068|\u2069/g, '');
	expect(text).not.toMatch(BIDI_CONTROLS);
};

/** A short outcome link with a typing mistake: says there is no advice page here, and offers the way on. */
const explainsOutcomeLink = async (page: Page, js: boolean) => {
	const main = page.getByRole('main');
	await expect(main.locator('a[href="/report/"]').filter({ visible: true }).first()).toBeVisible();
	if (!js) return;
	await expect(page.locator('[data-recovery-reason="unknown-outcome"]')).toBeVisible();
	await expect(page.locator('[data-recovery-reason] a[href="/report/map/"]')).toBeVisible();
};

const SELF_REPORT = '/report/outcome/report-abusive-messages/';
const NOT_FOUND_PAGE = fileURLToPath(new URL('../../dist/404.html', import.meta.url));

const CASES: Case[] = [
	// The wizard's addresses
	{ name: 'a wizard link with an unknown answer', path: '/report/nobody-is-in-danger/banana/', status: 404, answer: explainsWizardLink('/report/nobody-is-in-danger/'), group: 'malformed wizard links' },
	{ name: 'a wizard link with answers after its outcome', path: '/report/someone-is-in-danger/tiktok/', status: 404, answer: explainsWizardLink('/report/someone-is-in-danger/'), group: 'malformed wizard links' },
	{ name: 'a wizard link in capitals', path: '/report/NOBODY-IS-IN-DANGER/', status: 404, answer: explainsWizardLink(), group: 'malformed wizard links' },
	{ name: 'a wizard link 200 answers long', path: `/report/${'nobody-is-in-danger/'.repeat(200)}`, status: 404, answer: explainsWizardLink('/report/nobody-is-in-danger/'), group: 'malformed wizard links' },
	{ name: 'a wizard link with broken percent-encoding', path: '/report/nobody-is-in-danger/%E0%A4%A/', status: 404, host404: true, answer: explainsWizardLink('/report/nobody-is-in-danger/'), group: 'malformed wizard links' },
	{ name: 'a wizard link with script in its query string', path: '/report/nobody-is-in-danger/?answer=<script>window.injected=1</script>&step=-1', status: 200, group: 'malformed wizard links' },
	{ name: 'an outcome that does not exist', path: '/report/outcome/no-such-outcome/', status: 404, answer: explainsWizardLink(), group: 'malformed wizard links' },
	{ name: 'a short outcome link with a typing mistake', path: '/report/outcome/report-abusive-mesages/', status: 404, answer: explainsOutcomeLink, group: 'malformed wizard links' },
	{ name: 'a wizard link with a right-to-left override in an answer', path: '/report/nobody-is-in-danger/%E2%80%AEananab/', status: 404, host404: true, answer: noBidiControlsEchoed('[data-recovery-reason]'), group: 'malformed wizard links' },
	// Other addresses
	{ name: 'a guide that does not exist', path: '/guides/no-such-guide/', status: 404, group: 'addresses that do not exist' },
	{ name: 'a path under a real guide', path: '/guides/impersonation/extra/', status: 404, group: 'addresses that do not exist' },
	{ name: 'a file that does not exist', path: '/wp-login.php', status: 404, group: 'addresses that do not exist' },
	// Searches
	{ name: 'an empty search', path: '/search/?q=', status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a one-letter search', path: '/search/?q=q', status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search of punctuation', path: `/search/?q=${encodeURIComponent('?!.,;:-')}`, status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search of emoji', path: `/search/?q=${encodeURIComponent('😀🙈')}`, status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search of regex characters', path: `/search/?q=${encodeURIComponent('.*+?^${}()|[]\\')}`, status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search with HTML in it', path: `/search/?q=${encodeURIComponent('<img src=x onerror="window.injected=1">fake account')}`, status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search 2,000 characters long', path: `/search/?q=${encodeURIComponent('fake account '.repeat(154))}`, status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search with a lone percent sign', path: '/search/?q=%', status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search with q given twice', path: '/search/?q=fake&q=account', status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search with no q at all', path: '/search/?query=nudes', status: 200, answer: answersSearch, group: 'odd searches' },
	{ name: 'a search with right-to-left controls', path: `/search/?q=${encodeURIComponent('\u202Etnuocca ekaf\u2066')}`, status: 200, answer: noBidiControlsEchoed('[data-search-status]'), group: 'odd searches' },
	// What the browser kept from before
	{ name: 'a stored enquiry that is not JSON', path: SELF_REPORT, status: 200, stored: '{"version":1,"fields":', answer: enquiryStillWorks, group: 'stored enquiries' },
	{ name: 'a stored enquiry of the wrong shape', path: SELF_REPORT, status: 200, stored: '{"version":1,"fields":{"what-happened":42,"__proto__":{"x":1}}}', answer: enquiryStillWorks, group: 'stored enquiries' },
	{ name: 'a stored enquiry from another version', path: SELF_REPORT, status: 200, stored: '{"version":99,"fields":{"what-happened":"old"}}', answer: enquiryStillWorks, group: 'stored enquiries' },
	{ name: 'a stored enquiry of 100,000 characters', path: SELF_REPORT, status: 200, stored: 'x'.repeat(100_000), answer: enquiryStillWorks, group: 'stored enquiries' },
	// What is typed
	{ name: 'an enquiry with a lone surrogate in it', path: SELF_REPORT, status: 200, answer: enquiryCopes('A fake account \uD83D posting', false), group: 'typed enquiries' },
	{ name: 'an enquiry of one 100,000-character word', path: SELF_REPORT, status: 200, answer: enquiryCopes('x'.repeat(100_000), true), group: 'typed enquiries' },
	{ name: 'an enquiry too long for an email link', path: SELF_REPORT, status: 200, answer: enquiryCopes('The account posted again. '.repeat(100), true), group: 'typed enquiries' },
];

/** The checks every case gets, then what its input needs; each case's own page load. */
async function getsAClearAnswer(page: Page, js: boolean, { path, status, answer, host404 }: Case, errors: string[]): Promise<void> {
	errors.length = 0;
	if (host404) await page.route((url) => url.pathname === path, (route) => route.fulfill({ status: 404, path: NOT_FOUND_PAGE, contentType: 'text/html' }));
	const response = await page.goto(path);
	expect(response?.status()).toBe(status);
	const main = page.getByRole('main');
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('.emergency-line a[href="tel:999"]')).toBeVisible();
	// Scripts may still be drawing (search results): wait for the words rather than read them once.
	await expect.poll(async () => (await main.innerText()).length).toBeGreaterThan(100);
	const wayOn = main.locator('a[href="/"], a[href="/report/"], a[href="/helpline/"], input[type="search"]');
	expect(await wayOn.count()).toBeGreaterThan(0);
	if (answer) await answer(page, js);
	expect(errors).toEqual([]);
}

/**
 * The cases that need nothing stored run one after another in one tab, each with its own page load
 * (a new tab per case cost more than the case); a stored enquiry is put in place before its page
 * loads, so each of those has a tab of its own.
 */
const GROUPS = Object.groupBy(CASES, (c) => (c.stored !== undefined ? c.name : (c.group ?? 'other')));

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });

		for (const [group, cases = []] of Object.entries(GROUPS)) {
			const [first] = cases;
			if (first.stored !== undefined) {
				if (!js) continue;
				test(`${first.name} gets a clear answer`, async ({ page }) => {
					const errors: string[] = [];
					page.on('pageerror', (error) => errors.push(error.message));
					await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [ENQUIRY_STORAGE_KEY, first.stored!]);
					await getsAClearAnswer(page, js, first, errors);
				});
				continue;
			}
			test(`${group}: each of ${cases.length} gets a clear answer`, async ({ page }) => {
				test.setTimeout(cases.length * 15_000);
				const errors: string[] = [];
				page.on('pageerror', (error) => errors.push(error.message));
				for (const c of cases) await test.step(c.name, () => getsAClearAnswer(page, js, c, errors));
			});
		}
	});
}
