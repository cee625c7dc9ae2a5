import { expect, type Page, test } from '@playwright/test';
import nationsFile from '../../content/data/nations.json' with { type: 'json' };
import { ALL_NATIONS } from '../../src/lib/nation-choice';
import { NATION_IDS } from '../../src/schemas/nations';
import { flow } from './wizard-helpers';

/**
 * Every safeguarding and emergency outcome says who to contact in each part of the UK (police,
 * children's services, the allegations route), through the ::::nations block. Without JavaScript
 * all four nations are on the page, labelled, in the data file's order.
 */
const urgent = flow.outcomes.filter((outcome) => outcome.kind === 'safeguarding' || outcome.kind === 'emergency');

test('there are safeguarding and emergency outcomes to check', () => {
	expect(urgent.length).toBeGreaterThanOrEqual(8);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	// One test in one tab, a page load and a step for each outcome (a test for each cost more than its
	// page); every outcome is checked, and each failure names its outcome.
	test('each safeguarding and emergency outcome shows all four nations', async ({ page }) => {
		test.setTimeout(urgent.length * 15_000);
		for (const outcome of urgent) {
			await test.step(outcome.id, async () => {
				await page.goto(`/report/outcome/${outcome.id}/`);
				const block = page.locator('[data-nations]');
				await expect.soft(block, `${outcome.id}: one nations block`).toHaveCount(1);
				const nations = await block.locator('.nation').evaluateAll((sections) => sections.map((section) => (section as HTMLElement).dataset.nation));
				expect.soft(nations, `${outcome.id}: the nations, in order`).toEqual([...NATION_IDS]);
				for (const nation of NATION_IDS) await expect.soft(page.locator(`#uk-nations-${nation}`), `${outcome.id}: ${nation}`).toBeVisible();
			});
		}
	});
});

test.describe('with JavaScript', () => {
	test('the outcome page offers the nation chooser and shows the chosen nation first', async ({ page }) => {
		await page.goto(`/report/outcome/${urgent[0].id}/?nation=scotland`);
		await expect(page.locator('.nation-choice--page')).toBeVisible();
		const first = await page.locator('[data-nations] .nation').first().getAttribute('data-nation');
		expect(first).toBe('scotland');
	});
});

test.describe('a link to the advice keeps the nation', () => {
	test('choosing Northern Ireland puts it in "Link to this advice", and that link opens on Northern Ireland elsewhere', async ({ page, browser }) => {
		await page.goto(`/report/outcome/${urgent[0].id}/`);
		const share = page.locator('a[data-keeps-nation]');
		await expect(share).not.toHaveAttribute('href', /nation=/);
		await page.locator('.nation-choice--page a[data-nation-option="northern-ireland"]').click();
		await expect(share).toHaveAttribute('href', /[?&]nation=northern-ireland\b/);
		const link = (await share.getAttribute('href'))!;

		// A colleague with no choice stored: a new browser context.
		const other = await browser.newContext();
		try {
			const theirs = await other.newPage();
			await theirs.goto(link);
			await expect(theirs.locator('[data-nations] .nation').first()).toHaveAttribute('data-nation', 'northern-ireland');
		} finally {
			await other.close();
		}
	});
});

/**
 * "When the helpline is closed" (src/components/wizard/WhileClosed.astro) tells the reader to tell
 * their safeguarding lead: by their own nation's title, not England's "DSL".
 */
test.describe('the safeguarding lead in "When the helpline is closed"', () => {
	const withHelpline = flow.outcomes.find((outcome) => outcome.helpline)!;
	const lead = (nation: (typeof NATION_IDS)[number]) => nationsFile.facts.lead.values[nation].text;

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('names every nation’s title', async ({ page }) => {
			await page.goto(`/report/outcome/${withHelpline.id}/`);
			const closed = page.locator('.wizard-while-closed');
			for (const nation of NATION_IDS) await expect(closed).toContainText(lead(nation));
		});
	});

	test('names only the chosen nation’s title with JavaScript', async ({ page }) => {
		await page.goto(`/report/outcome/${withHelpline.id}/?nation=wales`);
		const fact = page.locator('.wizard-while-closed [data-nation-fact="lead"]');
		await expect(fact).toHaveText(lead('wales'), { useInnerText: true });
	});
});

/**
 * An outcome's summary, its first paragraph, tells the reader to tell their safeguarding lead: with
 * a nation chosen, by that nation's title; otherwise, and without JavaScript, by the short form true
 * in every nation (`neutral`), never by England's "DSL" alone and never all four titles in one sentence.
 */
test.describe('the safeguarding lead in an outcome’s summary', () => {
	const namesLead = flow.outcomes.find((outcome) => outcome.summary.includes(':nation[lead]'))!;
	const lead = (nation: (typeof NATION_IDS)[number]) => nationsFile.facts.lead.values[nation].text;
	const summary = (page: Page) => page.locator('main h1 + p');

	test('an outcome’s summary names the lead', () => {
		expect(namesLead).toBeDefined();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('shows the short form, and no nation’s title', async ({ page }) => {
			await page.goto(`/report/outcome/${namesLead.id}/`);
			await expect(summary(page)).toContainText(nationsFile.facts.lead.neutral, { useInnerText: true });
			for (const nation of NATION_IDS) await expect(summary(page)).not.toContainText(lead(nation), { useInnerText: true });
		});
	});

	test('shows the chosen nation’s title with JavaScript, and the short form when none is chosen', async ({ page }) => {
		await page.goto(`/report/outcome/${namesLead.id}/?nation=wales`);
		await expect(summary(page)).toContainText(lead('wales'), { useInnerText: true });
		for (const nation of NATION_IDS.filter((id) => id !== 'wales')) await expect(summary(page)).not.toContainText(lead(nation), { useInnerText: true });
		await page.locator(`a[data-nation-option="${ALL_NATIONS}"]:visible`).first().click();
		await expect(summary(page)).toContainText(nationsFile.facts.lead.neutral, { useInnerText: true });
		for (const nation of NATION_IDS) await expect(summary(page)).not.toContainText(lead(nation), { useInnerText: true });
	});
});
