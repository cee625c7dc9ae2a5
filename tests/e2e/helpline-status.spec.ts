import { expect, test } from '@playwright/test';
import bankHolidayData from '../../content/data/bank-holidays.json' with { type: 'json' };
import helplineData from '../../content/data/helpline.json' with { type: 'json' };
import { describeStatus, formatTime, helplineStatus } from '../../src/lib/opening-hours';
import { PAGE_TYPES } from './built-pages';

/** What the status should say at that moment, from the data files: the test follows the hours and the wording. */
const expected = (now: Date) => describeStatus(helplineStatus(now, helplineData.hours, new Set(bankHolidayData.dates)));

const status = (page: import('@playwright/test').Page) => page.getByRole('contentinfo').locator('[data-helpline-status]');

test('shows the helpline open on a weekday afternoon in UK time', async ({ page }) => {
	const now = new Date('2026-11-23T14:00:00Z');
	await page.clock.setFixedTime(now);
	await page.goto(PAGE_TYPES.helpline);
	await expect(status(page)).toHaveAttribute('data-open', 'true');
	await expect(status(page)).toHaveText(expected(now));
});

test('shows it closed on a Saturday, opening on Monday', async ({ page }) => {
	const now = new Date('2026-11-28T12:00:00Z');
	await page.clock.setFixedTime(now);
	await page.goto(PAGE_TYPES.home);
	await expect(status(page)).toHaveAttribute('data-open', 'false');
	// Saturday: the next opening is two days away, so the status names the day, not "tomorrow".
	expect(helplineStatus(now, helplineData.hours, new Set(bankHolidayData.dates))).toMatchObject({ open: false, daysAway: 2 });
	await expect(status(page)).toHaveText(expected(now));
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
		await expect(page.getByRole('contentinfo').locator('.helpline-hours')).toContainText(formatTime(helplineData.hours.opens));
		await expect(status(page)).toBeHidden();
	});
});
