import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './built-pages';

const EXIT = 'https://www.bbc.co.uk/weather';

test.beforeEach(async ({ context }) => {
	// No internet here, and none needed: answer for the exit destination locally.
	await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
});

test('the button leaves at once and replaces the page, so Back does not return to it', async ({ page }) => {
	await page.goto(PAGE_TYPES.home);
	await page.goto(PAGE_TYPES.guide);
	await page.getByRole('link', { name: /Exit this page/ }).click();
	await expect(page).toHaveURL(EXIT);
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.home}$`));
});

test('pressing Shift three times leaves the page', async ({ page }) => {
	await page.goto(PAGE_TYPES.guide);
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.guide}$`));
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(EXIT);
});

test('Shift presses spread out over more than five seconds do not leave', async ({ page }) => {
	await page.clock.install();
	await page.goto(PAGE_TYPES.guide);
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await page.clock.runFor(6000);
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.guide}$`));
});

test('the control says honestly that it does not clear history', async ({ page }) => {
	await page.goto(PAGE_TYPES.guide);
	const explanation = page.getByRole('banner').getByRole('link', { name: /staying safe on this site/ });
	await explanation.click();
	await expect(page.locator('#leave-quickly')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the exit control is still a link that leaves the site', async ({ page }) => {
		await page.goto(PAGE_TYPES.guide);
		await page.getByRole('link', { name: /Exit this page/ }).click();
		await expect(page).toHaveURL(EXIT);
	});
});
