import { expect, type Page, test } from '@playwright/test';
import nationsFile from '../../content/data/nations.json' with { type: 'json' };
import { NATION_STORAGE_KEY } from '../../src/lib/nation-choice';
import { foreignTerms, NATION_IDS, type NationId } from '../../src/schemas/nations';
import { accessibilityViolations } from './accessibility';
import { choose, waitForHydration } from './wizard-helpers';

/** The pages with nation-specific sections: the core safeguarding guides and the helpline page. */
const NATION_PAGES = [
	'/guides/sharing-nudes/',
	'/guides/grooming/',
	'/guides/sextortion/',
	'/guides/sexual-harassment-of-staff/',
	'/guides/online-reputation/',
	'/guides/child-on-child-abuse/',
	'/helpline/',
];
const GUIDE = '/guides/grooming/';
const EXIT = 'https://www.bbc.co.uk/weather';

/** For each ::::nations block: its nations in page order, and whether each one's heading or label can be seen. */
function blocks(page: Page) {
	return page.locator('[data-nations]').evaluateAll((elements) =>
		elements.map((block) =>
			[...block.querySelectorAll<HTMLElement>('.nation')].map((section) => ({
				nation: section.dataset.nation,
				labelVisible: section.querySelector('.nation__heading, .nation__label')?.checkVisibility() ?? false,
			})),
		),
	);
}

async function chooseNation(page: Page, place: 'page' | 'footer', nation: string) {
	await page.locator(`.nation-choice--${place} a[data-nation-option="${nation}"]`).click();
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	// One load of each page serves both checks (the routes as a reader sees them, and what each route names), each reported on its own.
	for (const path of NATION_PAGES) {
		test(`${path} shows every nation's route, labelled, England first, and no chooser; no nation’s section names another nation’s guidance, roles or agencies as its own`, async ({ page }) => {
			await page.goto(path);
			const found = await blocks(page);
			expect.soft(found.length, `${path}: nation blocks`).toBeGreaterThan(0);
			for (const sections of found) {
				expect.soft(sections, `${path}: the nations of a block`).toEqual(NATION_IDS.map((nation) => ({ nation, labelVisible: true })));
			}
			await expect.soft(page.locator('[data-nation-choice]').first(), `${path}: the chooser`).toBeHidden();

			const sections = await page.locator('.nation').evaluateAll((elements) =>
				elements.map((section) => ({ nation: (section as HTMLElement).dataset.nation as NationId, text: section.textContent ?? '' })),
			);
			for (const { nation, text } of sections) {
				expect.soft(foreignTerms(text, nation, nationsFile.nations as Parameters<typeof foreignTerms>[2]), `${path}: the ${nation} section`).toEqual([]);
			}
		});
	}
});

test.describe('with JavaScript', () => {
	test('before any choice, every nation shows in order and nothing is stored', async ({ page }) => {
		await page.goto(GUIDE);
		await expect(page.locator('.nation-choice--page')).toBeVisible();
		for (const sections of await blocks(page)) expect(sections.map((s) => s.nation)).toEqual([...NATION_IDS]);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});

	test('choosing a nation puts it first in every block, folds the others away and narrows each fact', async ({ page }) => {
		await page.goto(GUIDE);
		await chooseNation(page, 'page', 'scotland');

		for (const sections of await blocks(page)) {
			expect(sections[0]).toEqual({ nation: 'scotland', labelVisible: true });
			expect(sections.slice(1).every((s) => !s.labelVisible)).toBe(true);
		}
		const fold = page.locator('[data-nations] > details.nations__others').first();
		await expect(fold).not.toHaveAttribute('open');
		await fold.locator('summary').click();
		await expect(fold.locator('.nation[data-nation="england"] .nation__heading')).toBeVisible();

		const shownFacts = await page.locator('.nation-fact__value').evaluateAll((values) =>
			values.filter((value) => value.checkVisibility()).map((value) => (value as HTMLElement).dataset.nation),
		);
		expect(shownFacts.length).toBeGreaterThan(0);
		expect(shownFacts.every((nations) => nations?.split(' ').includes('scotland'))).toBe(true);
		await expect(page.locator('.nation-fact__where').first()).toBeHidden();

		await expect(page.locator('.nation-choice--page a[data-nation-option="scotland"]')).toHaveAttribute('aria-current', 'true');
		expect(new URL(page.url()).searchParams.get('nation')).toBe('scotland');
		expect(await page.evaluate((key) => localStorage.getItem(key), NATION_STORAGE_KEY)).toBe('scotland');
	});

	test('the choice can be changed, and "Show all four" restores every nation in order', async ({ page }) => {
		await page.goto(GUIDE);
		await chooseNation(page, 'footer', 'wales');
		await chooseNation(page, 'footer', 'northern-ireland');
		for (const sections of await blocks(page)) expect(sections[0].nation).toBe('northern-ireland');

		await page.locator('.nation-choice--page a[data-nation-option="all"]').click();
		for (const sections of await blocks(page)) expect(sections).toEqual(NATION_IDS.map((nation) => ({ nation, labelVisible: true })));
		await expect(page.locator('details.nations__others')).toHaveCount(0);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});

	test('a nation in a link is honoured, and kept for the next page', async ({ page }) => {
		await page.goto(`${GUIDE}?nation=northern-ireland`);
		for (const sections of await blocks(page)) expect(sections[0]).toEqual({ nation: 'northern-ireland', labelVisible: true });
		await page.goto('/helpline/');
		for (const sections of await blocks(page)) expect(sections[0].nation).toBe('northern-ireland');
	});

	test('a link to another nation’s section opens the fold it is in', async ({ page }) => {
		await page.goto(`${GUIDE}?nation=scotland`);
		await page.goto(`${GUIDE}#uk-nations-wales`);
		await expect(page.locator('#uk-nations-wales')).toBeVisible();
		await expect(page.locator('#uk-nations-scotland')).toBeVisible();
	});

	test('the choice follows the reader through the wizard’s questions to its outcome, and back to the guides', async ({ page }) => {
		await page.goto('/report/');
		await waitForHydration(page);
		await chooseNation(page, 'footer', 'wales');
		await choose(page, 'is-anyone-in-immediate-danger', 'nobody-is-in-danger');
		await expect(page.locator('.nation-choice--footer a[data-nation-option="wales"]')).toHaveAttribute('aria-current', 'true');
		await choose(page, 'does-it-involve-any-of-these', 'adult-contacting-a-child');
		await expect(page.locator('main[data-outcome-kind="safeguarding"]')).toBeVisible();
		await expect(page.locator('.nation-choice--footer a[data-nation-option="wales"]')).toHaveAttribute('aria-current', 'true');
		await page.goto(GUIDE);
		for (const sections of await blocks(page)) expect(sections[0].nation).toBe('wales');
	});

	test('Exit this page forgets the choice', async ({ page, context }) => {
		await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
		await page.goto(GUIDE);
		await chooseNation(page, 'page', 'scotland');
		await page.locator('[data-exit-button]').click();
		await expect(page).toHaveURL(EXIT);
		await page.goto(GUIDE);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		for (const sections of await blocks(page)) expect(sections.map((s) => s.nation)).toEqual([...NATION_IDS]);
	});

	test('a chosen nation, with the others folded, has no detectable accessibility problems', async ({ page }) => {
		await page.goto(`${GUIDE}?nation=scotland`);
		expect(await accessibilityViolations(page)).toEqual([]);
		await page.goto('/helpline/?nation=northern-ireland');
		expect(await accessibilityViolations(page)).toEqual([]);
	});
});
