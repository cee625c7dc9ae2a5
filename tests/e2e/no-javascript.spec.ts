import { expect, test } from '@playwright/test';
import helpline from '../../content/data/helpline.json' with { type: 'json' };
import { PAGE_TYPES } from './built-pages';

test.use({ javaScriptEnabled: false });

test('a teacher can go from the home page to a guide’s steps and the helpline without JavaScript', async ({ page }) => {
	await page.goto(PAGE_TYPES.home);
	await page.getByRole('main').getByRole('link', { name: /impersonation/i }).first().click();
	await expect(page).toHaveURL(/\/guides\/impersonation\/$/);
	await expect(page.locator('ol.steps > li').first()).toBeVisible();
	await page.getByRole('banner').locator('a[href="/helpline/"]').click();
	await expect(page.getByRole('main').getByRole('link', { name: helpline.phone })).toBeVisible();
});

test('every step and section has a link to itself', async ({ page }) => {
	await page.goto(PAGE_TYPES.guide);
	const firstStep = page.locator('ol.steps > li').first();
	const id = await firstStep.getAttribute('id');
	expect(id).toMatch(/^step-/);
	await firstStep.locator('a.self-link').click();
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('the search form sends the query to the search page', async ({ page }) => {
	await page.goto(PAGE_TYPES.guide);
	await page.getByRole('banner').getByRole('searchbox').fill('fake account');
	await page.getByRole('banner').locator('form[role="search"] button[type="submit"]').click();
	await expect(page).toHaveURL(/\/search\/\?q=fake\+account$/);
	await expect(page.getByRole('main').getByRole('link', { name: /impersonation/i }).first()).toBeVisible();
});
