import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, PAGE_TYPES } from './built-pages';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** What a link prints after itself: `content` of its ::after, unquoted. */
const printedAddress = (link: import('@playwright/test').Locator) =>
	link.evaluate((element) => getComputedStyle(element, '::after').content.replace(/^"|"$/g, '').replace(/"\s*"/g, ''));

const FULL_ADDRESS = /\(https?:\/\/[^/\s)]+\/[^\s)]*\)/;

test('printing a guide leaves out navigation and prints each link’s full address', async ({ page }) => {
	await page.goto(PAGE_TYPES.guide);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.locator('[data-exit-button]')).toBeHidden();
	const link = page.locator('.prose a[href^="/"]').first();
	const href = await link.getAttribute('href');
	const printed = await printedAddress(link);
	expect(printed).toMatch(FULL_ADDRESS);
	expect(printed).toContain(`${href})`);
});

/** How far the page is wider than the window: more than 0 means sideways scrolling. */
const overflow = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * One load of each page type, then the window changed under it, as a reader turning a phone or
 * zooming does: CSS lays the page out again for each size and for print, so one load serves all
 * three checks. The types take turns in one tab (a test for each cost more than its page); each
 * failure names its type.
 */
test('each page type reads at 320px wide and at 200% zoom without sideways scrolling, and prints without the controls, with one helpline box', async ({ page }) => {
	test.setTimeout(Object.keys(PAGE_TYPES).length * 20_000);
	for (const [type, path] of Object.entries(PAGE_TYPES)) {
		await test.step(`${type} page`, async () => {
			await page.emulateMedia({ media: 'screen' });
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path);
			expect.soft(await overflow(page), `${type}: sideways scrolling at 320px`).toBeLessThanOrEqual(0);

			// 200% zoom on a 1280px window lays the page out as 640 CSS pixels wide.
			await page.setViewportSize({ width: 640, height: 400 });
			expect.soft(await overflow(page), `${type}: sideways scrolling at 200% zoom (640px)`).toBeLessThanOrEqual(0);

			await page.setViewportSize({ width: 1280, height: 720 });
			await page.emulateMedia({ media: 'print' });
			const visible = (selector: string) => page.locator(selector).filter({ visible: true });
			await expect.soft(visible('[data-exit-button], .back-link, .wizard-summary__change, .search-form, button, .self-link'), `${type}: controls in print`).toHaveCount(0);
			await expect.soft(visible('input:not([type="hidden"]), textarea'), `${type}: form fields in print`).toHaveCount(0);
			expect.soft(await visible('.helpline-contact').count(), `${type}: helpline boxes in print`).toBeLessThanOrEqual(1);
			await expect.soft(page.locator('h1'), `${type}: the heading in print`).toBeVisible();
			const links = visible('main a[href^="/"]');
			if ((await links.count()) > 0) expect.soft(await printedAddress(links.first()), `${type}: a link's printed address`).toMatch(FULL_ADDRESS);
		});
	}
});

test('printing a search prints the results with all their sections, never the list of every page they replace', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	// The index arrives late, as on a slow connection: printing before then must not print every page.
	// Only the first file is held back, until the check below is done: the index's shards and snippets follow it.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let heldBack = false;
	await page.route('**/_astro/search/**', async (route) => {
		if (!heldBack) {
			heldBack = true;
			await released;
		}
		await route.continue();
	});
	await page.goto('/search/#q=fake%20account');
	await page.emulateMedia({ media: 'print' });
	const first = page.locator('.search-results__list > li').first();
	// Checked once, not retried: the results cannot have come yet.
	expect(await first.count()).toBe(0);
	expect(await page.locator('[data-search-listing]').isVisible()).toBe(false);
	release();
	await expect(first).toBeVisible();
	await expect(page.locator('[data-search-listing]')).toBeHidden();
	// On a phone the sections are folded; the browser announces printing, and they print unfolded.
	const section = first.locator('.search-result__section a').first();
	await expect(section).toBeHidden();
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(section).toBeVisible();
	await expect(first.locator('summary')).toBeHidden();
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	await expect(section).toBeHidden();
});

/** A wizard outcome that shows a platform's steps, and one with the helpline's "email it" link among its buttons. */
const OUTCOMES_WITH_BUTTONS = [PAGE_TYPES['wizard outcome'], '/report/outcome/threats-blackmail-or-sextortion/'];

test('at 320, 375, 768 and 1280px the buttons on a wizard outcome line up: those side by side share a top edge, and a phone stacks them full width', async ({ page }) => {
	const problems: string[] = [];
	for (const path of OUTCOMES_WITH_BUTTONS) {
		// One load per outcome; CSS lays the buttons out again at each width.
		await page.goto(path);
		for (const width of [320, 375, 768, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			const groups = await page.locator('.button-group').filter({ visible: true }).all();
			expect(groups.length, `${path} at ${width}px`).toBeGreaterThan(0);
			for (const group of groups) {
				const { row, buttons } = await group.evaluate((element) => {
					const box = (node: Element) => {
						const { top, bottom, left, right } = node.getBoundingClientRect();
						return { top, bottom, left, right, name: node.textContent?.trim() ?? '' };
					};
					return { row: box(element), buttons: [...element.children].filter((child) => child.checkVisibility()).map(box) };
				});
				expect(buttons.length, `${path} at ${width}px`).toBeGreaterThan(1);
				buttons.forEach((a, n) => {
					for (const b of buttons.slice(n + 1)) {
						const sideBySide = a.top < b.bottom && b.top < a.bottom;
						if (sideBySide && Math.abs(a.top - b.top) > 1) problems.push(`${path} at ${width}px: “${a.name}” and “${b.name}” are side by side, ${Math.round(Math.abs(a.top - b.top))}px apart at the top`);
					}
					// 40rem: where the site's phone layout starts (src/styles/global.css).
					if (width <= 640 && (Math.abs(a.left - row.left) > 1 || Math.abs(a.right - row.right) > 1)) problems.push(`${path} at ${width}px: “${a.name}” is not full width on a phone`);
				});
			}
		}
	}
	expect(problems).toEqual([]);
});

test('the focus of a link is clearly visible', async ({ page }) => {
	await page.goto(PAGE_TYPES.home);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	const style = await focused.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, shadow: getComputedStyle(el).boxShadow }));
	expect(style.background).toBe('rgb(255, 221, 0)');
	expect(style.shadow).not.toBe('none');
});

/** True when the whole element is inside the window as first shown (no scrolling). */
async function inFirstScreen(locator: import('@playwright/test').Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
	});
}

/** True when the first line of the element's text is inside the window as first shown. */
async function firstLineInFirstScreen(locator: import('@playwright/test').Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		// No filter callback: with JavaScript off the page cannot run one.
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		let text = walker.nextNode();
		while (text && !text.textContent?.trim()) text = walker.nextNode();
		if (!text) return false;
		const range = document.createRange();
		range.selectNodeContents(text);
		const line = range.getClientRects()[0];
		return line !== undefined && line.top >= 0 && line.bottom <= window.innerHeight;
	});
}

for (const js of [true, false]) {
	for (const viewport of [{ width: 375, height: 740 }, { width: 320, height: 740 }]) {
		test.describe(`the first screen of a phone ${viewport.width}×${viewport.height}, JavaScript ${js ? 'on' : 'off'}`, () => {
			test.use({ javaScriptEnabled: js, viewport });

			test('shows the home page’s start button in full', async ({ page }) => {
				await page.goto(PAGE_TYPES.home);
				expect(await inFirstScreen(page.locator('main a.button--start[href="/report/"]'))).toBe(true);
			});

			test('shows the first search result in full: its whole box, with its snippet', async ({ page }) => {
				await page.goto(PAGE_TYPES.search);
				if (!js) {
					// Without JavaScript there is no search: why, then the first act-now page of the full list.
					expect(await inFirstScreen(page.locator('.search-status--no-js'))).toBe(true);
					expect(await inFirstScreen(page.locator('[data-act-now-listing] li').first())).toBe(true);
					return;
				}
				const first = page.locator('[data-search-results] .search-results__list > li').first();
				// The snippet arrives after the result is drawn, and makes it taller.
				await expect(first.locator(':scope > .search-result__snippet:not(:empty)')).toBeVisible();
				expect(await inFirstScreen(first)).toBe(true);
			});

			// Without JavaScript the act-now pages are listed first: the test above.
			if (js) test('shows a whole act-now box first, when a child may be at risk', async ({ page }) => {
				await page.goto(`/search/#q=${encodeURIComponent('pupil posted that they want to end their life')}`);
				const box = page.locator('[data-search-results] [data-act-now]');
				await expect(box).toBeVisible();
				expect(await inFirstScreen(box)).toBe(true);
			});
		});
	}
}

/**
 * Every guide and platform page with an act-now box, found from the built HTML so a new page is
 * tested the day it is written. The box says what to do first when a child may be at risk (999, the
 * DSL now), and a teacher opening the page on a phone must not have to scroll to find it.
 */
const pagesWithActNowBox = [...builtPages({ under: '/guides/' }), ...builtPages({ under: '/platforms/' })].filter((path) =>
	readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('callout--safeguarding'),
);

test('there are act-now boxes to test', () => {
	expect(pagesWithActNowBox.length).toBeGreaterThan(0);
});

for (const js of [true, false]) {
	test.describe(`the first screen, JavaScript ${js ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled: js, viewport: { width: 390, height: 844 } });

		// One load of each page, then the window widened under it (as a reader turning a tablet would): the
		// pages take turns in one tab, each failure naming its page and width.
		test('shows each guide’s and platform page’s act-now box: its heading and the first line of its first point, on a phone (390×844) and a laptop (1280×800)', async ({ page }) => {
			test.setTimeout(pagesWithActNowBox.length * 5_000);
			for (const path of pagesWithActNowBox) {
				await test.step(path, async () => {
					await page.setViewportSize({ width: 390, height: 844 });
					await page.goto(path);
					// The page's first safeguarding box: its act-now box.
					const box = page.locator('main .callout--safeguarding').first();
					const heading = box.locator('.callout__title');
					const firstPoint = box.locator('li, p:not(.callout__title)').first();
					for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
						await page.setViewportSize(viewport);
						expect.soft(await inFirstScreen(heading), `${path} at ${viewport.width}×${viewport.height}: the box's heading`).toBe(true);
						// Its first line, not all of it: how long the first point is is the editor's to say.
						expect.soft(await firstLineInFirstScreen(firstPoint), `${path} at ${viewport.width}×${viewport.height}: the first line of the box's first point`).toBe(true);
					}
				});
			}
		});
	});
}

/** Every built page with a table, found from the built HTML so a new table is tested the day it is written. */
const pagesWithTables = builtPages().filter((path) => readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('<table'));

test('there are tables to test', () => {
	expect(pagesWithTables.length).toBeGreaterThan(0);
});

test('at 320px no table is cut off: each fits, or scrolls in a named region the keyboard can reach', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 320, height: 640 });
	const problems: string[] = [];
	for (const path of pagesWithTables) {
		await page.goto(path);
		const found = await page.locator('main table').evaluateAll((tables) =>
			tables.map((table) => {
				const region = table.closest<HTMLElement>('[role="region"]');
				const box = (region ?? table.parentElement!).getBoundingClientRect();
				return {
					tableWidth: table.getBoundingClientRect().width,
					containerWidth: box.width,
					inViewport: box.left >= 0 && box.right <= window.innerWidth,
					regionName: region?.getAttribute('aria-label') ?? '',
					regionFocusable: region?.tabIndex === 0,
					regionScrolls: region ? region.scrollWidth > region.clientWidth && getComputedStyle(region).overflowX === 'auto' : false,
				};
			}),
		);
		found.forEach((table, n) => {
			const where = `${path} table ${n + 1}`;
			if (!table.inViewport) problems.push(`${where}: its container is wider than the window`);
			if (table.tableWidth <= table.containerWidth + 1) return;
			if (!table.regionScrolls) problems.push(`${where}: wider than its container and not in a scrolling region`);
			if (!table.regionName.trim()) problems.push(`${where}: its scrolling region has no name`);
			if (!table.regionFocusable) problems.push(`${where}: its scrolling region cannot be reached with the keyboard`);
		});
	}
	expect(problems).toEqual([]);
});
