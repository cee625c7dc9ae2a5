import { expect, type Page, test } from '@playwright/test';
import { ENQUIRY_STORAGE_KEY } from '../../src/wizard/enquiry';

/**
 * The incident record for the school's file (one form with the helpline enquiry): it includes the
 * advice reached, copies as plain text, prints on one A4 page, and is gone after Exit this page,
 * after Back, and in a new tab.
 */
const TIKTOK_SCHOOL = '/report/nobody-is-in-danger/none-of-these/fake-account/the-school/not-yet/tiktok/';
const SHORT = '/report/outcome/report-impersonation-of-the-school/tiktok/';
const NOTE = 'A fake TikTok account using the school crest, reported by Ms Example';

const record = (page: Page) => page.getByRole('region', { name: /keep a record/i });

async function fillRecord(page: Page) {
	const form = record(page);
	const fill = (field: string, text: string) => form.locator(`[data-enquiry-field="${field}"]`).fill(text);
	await fill('what-happened', `${NOTE}. Seen on Monday 30 November at 08:40; about 60 pupils follow it.`);
	await fill('raised-by', 'A parent emailed the school office on Monday 30 November at 08:15.');
	await fill('where', 'https://www.tiktok.com/@fake-school-account (username @fake-school-account)');
	await fill('done-so-far', 'The head and the DSL looked at the profile; the business manager wrote down the username and link.');
	await fill('reports', 'TikTok, impersonation report from the school’s official account, 30 November, reference 1234567.');
	await fill('told', 'DSL and headteacher on 30 November. Parents told through the newsletter on 1 December.');
	await fill('school-response', 'Letter to parents listing the school’s real accounts.');
	await fill('next-steps', 'Business manager checks the account each morning; contact the helpline if it is still up.');
	await fill('check-date', '2026-12-02');
	await fill('help-wanted', 'Help escalating to TikTok if it is still up after 48 hours.');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the record includes the advice reached and copies as plain text', async ({ page }) => {
	await page.goto(TIKTOK_SCHOOL);
	await fillRecord(page);
	await record(page).getByRole('button', { name: /copy as text/i }).click();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toContain(NOTE);
	expect(text).toContain(`${new URL(page.url()).origin}${SHORT}`);
	expect(text).toContain('reference 1234567');
	expect(text).not.toMatch(/<[a-z]/i); // Plain text, no markup.
	expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([ENQUIRY_STORAGE_KEY]);
	expect(page.url()).not.toContain('fake-school-account');
});

test('the record prints on one A4 page, and only the record', async ({ page }, testInfo) => {
	await page.goto(TIKTOK_SCHOOL);
	await fillRecord(page);
	await page.evaluate(() => (document.body.dataset.print = 'record'));
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-enquiry-summary]')).toBeVisible();
	await expect(page.locator('.site-header, .wizard-steps, #wizard-enquiry-heading').first()).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	await testInfo.attach('record.pdf', { body: pdf, contentType: 'application/pdf' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBe(1);
});

test('a record is on every outcome, and the advice without a helpline has no email button', async ({ page }) => {
	await page.goto('/report/outcome/scam-or-fraud/');
	await expect(record(page)).toBeVisible();
	await expect(record(page).getByRole('link', { name: /email/i })).toHaveCount(0);
	await expect(record(page).locator('[data-enquiry-field="check-date"]')).toHaveCount(0);
});

test('Exit this page deletes the record, and Back does not bring back what was typed', async ({ page }) => {
	await page.goto('/report/');
	await page.goto(TIKTOK_SCHOOL);
	await fillRecord(page);
	await page.goto('/guides/impersonation/'); // Another page of the site, then Exit from there.
	await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
	await page.getByRole('link', { name: /exit this page/i }).click();
	await page.waitForURL(/bbc\.co\.uk/);
	await page.goBack(); // The guide was replaced in history: Back goes to the outcome, with the form.
	await expect(page).toHaveURL(new RegExp(`${TIKTOK_SCHOOL}$`));
	await expect(record(page).locator('[data-enquiry-field="what-happened"]')).toHaveValue('');
	await expect(page.locator('[data-enquiry-summary]')).not.toContainText(NOTE);
	expect(await page.evaluate((key) => sessionStorage.getItem(key), ENQUIRY_STORAGE_KEY)).toBeNull();
});

test('the record is not in a new tab or after the browser is closed', async ({ page, browser }) => {
	test.setTimeout(90_000); // Three pages in two browser contexts, on a shared machine.
	await page.goto(TIKTOK_SCHOOL);
	await fillRecord(page);
	const tab = await page.context().newPage();
	await tab.goto(TIKTOK_SCHOOL);
	await expect(record(tab).locator('[data-enquiry-field="what-happened"]')).toHaveValue('');
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(`${new URL(page.url()).origin}${TIKTOK_SCHOOL}`);
	await expect(record(other).locator('[data-enquiry-field="what-happened"]')).toHaveValue('');
	await fresh.close();
});
