import { expect, test } from '@playwright/test';
import { answerLabel, choose, questionTitle, SAFE, waitForHydration } from './wizard-helpers';

const FAKE_ACCOUNT_OF_STAFF = [
	...SAFE,
	['what-is-happening', 'fake-account'],
	['who-is-it-about', 'a-member-of-staff'],
	['has-it-been-reported', 'not-yet'],
	['where-is-it-happening', 'tiktok'],
] as const;

test.describe('with JavaScript', () => {
	test('a teacher reports a fake account of a colleague on TikTok without a page reload between questions', async ({ page }) => {
		const cspErrors: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
		});
		await page.goto('/report/');
		await waitForHydration(page);
		await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

		for (const [index, [question, answer]] of FAKE_ACCOUNT_OF_STAFF.entries()) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle(question));
			if (index > 0) await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
			await choose(page, question, answer);
			if (index < FAKE_ACCOUNT_OF_STAFF.length - 1) {
				await expect(page).toHaveURL(new RegExp(`/report/${FAKE_ACCOUNT_OF_STAFF.slice(0, index + 1).map(([, a]) => a).join('/')}/$`));
				expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
			}
		}

		await expect(page).toHaveURL(/\/fake-account\/a-member-of-staff\/not-yet\/tiktok\/$/);
		await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', 'self-report');
		await expect(page.getByRole('main').locator('a[href="/platforms/tiktok/#report-impersonation"]')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Your answers' }).getByRole('definition').filter({ hasText: answerLabel('where-is-it-happening', 'tiktok') })).toBeVisible();
		expect(cspErrors).toEqual([]);
	});

	test('back, forward and refresh keep the reader’s place', async ({ page }) => {
		await page.goto('/report/');
		await waitForHydration(page);
		await choose(page, ...SAFE[0]);
		await choose(page, ...SAFE[1]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('what-is-happening'));

		await page.goBack();
		await expect(page).toHaveURL(/\/report\/nobody-is-in-danger\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('does-it-involve-any-of-these'));

		await page.goBack();
		await expect(page).toHaveURL(/\/report\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('is-anyone-in-immediate-danger'));

		await page.goForward();
		await page.goForward();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('what-is-happening'));

		await page.reload();
		await expect(page).toHaveURL(/\/report\/nobody-is-in-danger\/none-of-these\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('what-is-happening'));
	});

	test('Change goes back to that question with the earlier answers kept', async ({ page }) => {
		await page.goto('/report/nobody-is-in-danger/none-of-these/fake-account/a-member-of-staff/not-yet/tiktok/');
		const summary = page.getByRole('region', { name: 'Your answers' });
		await summary.getByRole('link', { name: /where it is happening/i }).click();
		await expect(page).toHaveURL(/\/report\/nobody-is-in-danger\/none-of-these\/fake-account\/a-member-of-staff\/not-yet\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('where-is-it-happening'));
		await choose(page, 'where-is-it-happening', 'instagram');
		await expect(page.getByRole('main').locator('a[href="/platforms/instagram/#report-impersonation"]')).toBeVisible();
	});

	test('a keyboard user answers with Tab and Enter and lands on the new question’s heading', async ({ page }) => {
		await page.goto('/report/');
		await waitForHydration(page);
		for (const [question, answer] of [...SAFE, ['what-is-happening', 'abusive-messages']] as const) {
			const target = page.getByRole('main').getByRole('link', { name: answerLabel(question, answer), exact: true });
			for (let presses = 0; presses < 60 && !(await target.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab');
			await expect(target).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('has-it-been-reported'));
	});

	test('a malformed link explains the problem and offers to continue from the last valid answer', async ({ page }) => {
		const response = await page.goto('/report/nobody-is-in-danger/banana/none-of-these/');
		expect(response?.status()).toBe(404);
		const recovery = page.getByRole('region', { name: /does not work/i });
		await expect(recovery).toBeVisible();
		await expect(recovery).toContainText('banana');
		await recovery.getByRole('link', { name: /continue/i }).click();
		await expect(page).toHaveURL(/\/report\/nobody-is-in-danger\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('does-it-involve-any-of-these'));
	});

	test('answers after an outcome are explained too', async ({ page }) => {
		await page.goto('/report/someone-is-in-danger/tiktok/');
		const recovery = page.getByRole('region', { name: /does not work/i });
		await expect(recovery.getByRole('link', { name: /continue/i })).toHaveAttribute('href', '/report/someone-is-in-danger/');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('immediate danger goes straight to the emergency outcome', async ({ page }) => {
		await page.goto('/report/');
		await choose(page, 'is-anyone-in-immediate-danger', 'someone-is-in-danger');
		await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', 'emergency');
		await expect(page.getByRole('main').getByRole('link', { name: '999' }).first()).toBeVisible();
	});

	test('"I’m not sure" about a safeguarding concern leads to safeguarding, with the helpline', async ({ page }) => {
		await page.goto('/report/');
		await choose(page, ...SAFE[0]);
		await choose(page, 'does-it-involve-any-of-these', 'not-sure');
		await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', 'safeguarding');
		await expect(page.getByRole('main').getByRole('link', { name: /^0\d{3} \d{3} \d{4}$/ })).toBeVisible();
	});

	test('a full self-report path works with plain links, and Back and Start again work', async ({ page }) => {
		await page.goto('/report/');
		for (const [question, answer] of [...SAFE, ['what-is-happening', 'posts-or-comments'], ['who-is-it-about', 'a-pupil'], ['has-it-been-reported', 'not-sure']] as const) {
			await choose(page, question, answer);
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('where-is-it-happening'));
		await page.getByRole('main').getByRole('link', { name: 'Back', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionTitle('has-it-been-reported'));
		await choose(page, 'has-it-been-reported', 'not-yet');
		await choose(page, 'where-is-it-happening', 'snapchat');
		await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', 'self-report');
		await expect(page.getByRole('main').locator('a[href="/platforms/snapchat/#report-a-post"]')).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: 'Start again' }).click();
		await expect(page).toHaveURL(/\/report\/$/);
	});

	test('a school account held to ransom by a hacker reaches the ransom outcome: do not pay, Report Fraud, the helpline now, no 48-hour wait', async ({ page }) => {
		await page.goto('/report/');
		const answers = [...SAFE, ['what-is-happening', 'hacked-account'], ['what-is-the-hacker-doing', 'demanding-images-or-money'], ['who-is-the-hacker-blackmailing', 'the-school']] as const;
		for (const [question, answer] of answers) await choose(page, question, answer);
		await expect(page).toHaveURL(/\/hacked-account\/demanding-images-or-money\/the-school\/$/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/report\/outcome\/account-held-to-ransom\/$/);
		const actions = page.getByRole('main').locator('[data-safety-action]');
		for (const action of ['do-not-pay', 'report-fraud', 'helpline-now']) await expect(actions.and(page.locator(`[data-safety-action="${action}"]`))).toBeVisible();
		for (const action of ['wait-48-hours', 'report-remove']) await expect(page.locator(`[data-safety-action="${action}"]`)).toHaveCount(0);
	});

	test('a malformed link still offers to start again', async ({ page }) => {
		await page.goto('/report/not-a-real-answer/');
		await expect(page.getByRole('main').getByRole('link', { name: /answer a few questions/i })).toHaveAttribute('href', '/report/');
	});
});

// That no wizard page breaks the Content-Security-Policy, throws or asks another site for anything is
// checked on every page of the site, in every-page.spec.ts.
