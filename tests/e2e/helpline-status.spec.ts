import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './built-pages';

const status = (page: import('@playwright/test').Page) => page.getByRole('contentinfo').locator('[data-helpline-status]');

test('shows the helpline open on a weekday afternoon in UK time', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-23T14:00:00Z'));
	await page.goto(PAGE_TYPES.helpline);
	await expect(status(page)).toHaveAttribute('data-open', 'true');
	await expect(status(page)).toContainText('4pm');
});

test('shows it closed on a Saturday, opening on Monday', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-28T12:00:00Z'));
	await page.goto(PAGE_TYPES.home);
	await expect(status(page)).toHaveAttribute('data-open', 'false');
	await expect(status(page)).toContainText('Monday');
});

test('works in UK time whatever the visitor’s own time zone', async ({ browser }) => {
	// 09:30 UTC on Monday 30 March 2026 is 10:30 in the UK (summer time) and 05:30 in New York.
	const context = await browser.newContext({ timezoneId: 'America/New_York' });
	const page = await context.newPage();
	await page.clock.setFixedTime(new Date('2026-03-30T09:30:00Z'));
	await page.goto('/helpline/');
	await expect(status(page)).toHaveAttribute('data-open', 'true');
	await context.close();
});

test('shows it closed on a bank holiday', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-12-28T11:00:00Z'));
	await page.goto(PAGE_TYPES.home);
	await expect(status(page)).toHaveAttribute('data-open', 'false');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the plain opening hours and no status', async ({ page }) => {
		await page.goto(PAGE_TYPES.helpline);
		await expect(page.getByRole('contentinfo').locator('.helpline-hours')).toContainText('10am');
		await expect(status(page)).toBeHidden();
	});
});
