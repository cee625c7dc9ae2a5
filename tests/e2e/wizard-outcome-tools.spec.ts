import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const SELF_REPORT = '/report/nobody-is-in-danger/none-of-these/abusive-messages/not-yet/whatsapp/';
const IMAGE_OUTCOME = '/report/nobody-is-in-danger/sexual-image-of-under-18/';
const KEY = 'wizard-enquiry-v1';

test('the enquiry is kept only in sessionStorage, under one key, never in the URL, and Clear removes it', async ({ page }) => {
	await page.goto(SELF_REPORT);
	const form = page.getByRole('region', { name: 'Prepare your enquiry' });
	await form.getByRole('textbox', { name: /what has happened/i }).fill('A parent is sending abusive messages');
	await form.getByRole('textbox', { name: /links or usernames/i }).fill('@someone on WhatsApp');
	await expect(form.getByRole('region', { name: 'Your summary' })).toContainText('@someone on WhatsApp');
	expect(page.url()).not.toContain('someone');
	const stored = await page.evaluate(() => ({ keys: Object.keys(sessionStorage), local: localStorage.length, cookies: document.cookie }));
	expect(stored).toEqual({ keys: [KEY], local: 0, cookies: '' });
	await expect(form.getByRole('link', { name: /email it/i })).toHaveAttribute('href', /^mailto:.*abusive%20messages/);

	await page.reload();
	await expect(form.getByRole('textbox', { name: /what has happened/i })).toHaveValue('A parent is sending abusive messages');
	await form.getByRole('button', { name: 'Clear' }).click();
	await expect(form.getByRole('textbox', { name: /what has happened/i })).toHaveValue('');
	expect(await page.evaluate((key) => sessionStorage.getItem(key), KEY)).toBeNull();
});

test('for a sexual image of someone under 18, the form asks where the image is, not for the image', async ({ page }) => {
	await page.goto(IMAGE_OUTCOME);
	await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', 'safeguarding');
	const form = page.getByRole('region', { name: 'Prepare your enquiry' });
	await expect(form.getByRole('textbox', { name: /where is the image/i })).toBeVisible();
	await expect(form.locator('input[type="file"]')).toHaveCount(0);
	await expect(page.getByRole('main')).not.toContainText(/take a screenshot/i);
});

test('"I reported it on" a week ago says to contact the helpline now, with no reminder to download', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-25T15:00:00Z'));
	await page.goto(SELF_REPORT);
	const reminder = page.getByRole('region', { name: /48 hours/i });
	await reminder.getByLabel('I reported it on').fill('2026-11-18');
	await reminder.getByRole('button', { name: /work out/i }).click();
	await expect(reminder.getByRole('status')).toContainText(/helpline now/i);
	await expect(reminder.getByRole('button', { name: /calendar/i })).toBeHidden();
});

test('"I reported it on" gives the day to escalate and a calendar reminder for 48 hours later', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-18T15:00:00Z'));
	await page.goto(SELF_REPORT);
	const reminder = page.getByRole('region', { name: /48 hours/i });
	await reminder.getByLabel('I reported it on').fill('2026-11-18');
	await reminder.getByRole('button', { name: /work out/i }).click();
	await expect(reminder.getByRole('status')).toContainText('Friday 20 November 2026');
	const [download] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: /calendar/i }).click()]);
	expect(download.suggestedFilename()).toMatch(/\.ics$/);
	const ics = readFileSync((await download.path())!, 'utf8');
	expect(ics).toContain('DTSTART;VALUE=DATE:20261120');
});

test('each outcome has a short canonical address that keeps the platform and works on its own', async ({ page }) => {
	await page.goto(SELF_REPORT);
	const short = /\/report\/outcome\/report-abusive-messages\/whatsapp\/$/;
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', short);
	const share = page.getByRole('region', { name: /link to this advice/i });
	await share.getByRole('link').click();
	await expect(page).toHaveURL(short);
	await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', 'self-report');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', short);
	await expect(page.locator('.wizard-steps a[href^="/platforms/whatsapp/"]').first()).toBeVisible();
});

test('an outcome\'s short address without a platform still works', async ({ page }) => {
	const response = await page.goto('/report/outcome/report-abusive-messages/');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', 'self-report');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/report\/outcome\/report-abusive-messages\/$/);
});
