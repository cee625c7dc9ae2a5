import { expect, type Page, test } from '@playwright/test';
import { choose, flow, waitForHydration } from './wizard-helpers';
import { type Scenario, scenarios } from '../wizard/scenarios';

/**
 * A sample of the scenario suite (tests/wizard/scenarios.json, all walked in
 * tests/unit/wizard-scenarios.test.ts), clicked through in Chromium as a teacher would: the ones
 * marked "browser", some with JavaScript off. Asserts the outcome's kind and its safety actions
 * by id (data-safety-action), never its wording.
 */
const sample = (mode: Scenario['browser']) => scenarios.filter((s) => s.browser === mode);

async function walk(page: Page, scenario: Scenario, hydrate: boolean): Promise<void> {
	await page.goto('/report/');
	if (hydrate) await waitForHydration(page);
	for (const [question, answer] of scenario.answers) await choose(page, question, answer);
	await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', scenario.kind);
	await expect(page).toHaveURL(new RegExp(`/report/${scenario.answers.map(([, a]) => a).join('/')}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.outcomes.find((o) => o.id === scenario.outcome)!.title);
	const actions = page.getByRole('main').locator('[data-safety-action]');
	for (const action of scenario.mustGive) await expect(actions.and(page.locator(`[data-safety-action="${action}"]`)), `${scenario.id} gives ${action}`).toBeVisible();
	for (const action of scenario.mustNotGive) await expect(page.locator(`[data-safety-action="${action}"]`), `${scenario.id} must not give ${action}`).toHaveCount(0);
}

test('the sample covers both modes', () => {
	expect(sample('javascript-on').length).toBeGreaterThanOrEqual(4);
	expect(sample('javascript-off').length).toBeGreaterThanOrEqual(3);
});

test.describe('with JavaScript', () => {
	for (const scenario of sample('javascript-on')) {
		test(`${scenario.id}: ${scenario.enquiry.slice(0, 60)}… → ${scenario.outcome}`, async ({ page }) => walk(page, scenario, true));
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const scenario of sample('javascript-off')) {
		test(`${scenario.id}: ${scenario.enquiry.slice(0, 60)}… → ${scenario.outcome}`, async ({ page }) => walk(page, scenario, false));
	}
});
