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

test('every item of a numbered list on a platform page has a link to itself, named by its number and section', async ({ page }) => {
	await page.goto(PAGE_TYPES.platform);
	const items = page.locator('[data-content-body] ol > li');
	const count = await items.count();
	expect(count).toBeGreaterThan(5);
	for (let index = 0; index < count; index += 1) {
		const item = items.nth(index);
		const id = await item.getAttribute('id');
		expect(id, `item ${index + 1} has no anchor`).toMatch(/^[a-z0-9-]+$/);
		await expect(item.locator(':scope > a.self-link')).toHaveAttribute('href', `#${id}`);
	}
	// A plain list's item: its anchor is its section's plus its number, and its link says both.
	const plain = page.locator('[data-content-body] ol:not(.steps) > li').first();
	const plainId = (await plain.getAttribute('id'))!;
	const [, sectionId, number] = /^(.+)-step-(\d+)$/.exec(plainId)!;
	const section = (await page.locator(`[id="${sectionId}"]`).textContent())!.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await expect(plain.locator('a.self-link')).toHaveAccessibleName(new RegExp(`${number}\\b.*${section}`));
	await plain.locator('a.self-link').click();
	await expect(page).toHaveURL(new RegExp(`#${plainId}$`));
	await expect(plain).toBeInViewport();
});

test('the search form sends the query to the search page', async ({ page }) => {
	await page.goto(PAGE_TYPES.guide);
	await page.getByRole('banner').getByRole('searchbox').fill('fake account');
	await page.getByRole('banner').locator('form[role="search"] button[type="submit"]').click();
	await expect(page).toHaveURL(/\/search\/\?q=fake\+account$/);
	await expect(page.getByRole('main').getByRole('link', { name: /impersonation/i }).first()).toBeVisible();
});
