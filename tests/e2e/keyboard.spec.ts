import { expect, type Page, test } from '@playwright/test';
import { PAGE_TYPES } from './built-pages';

/**
 * Keyboard only, on one page of each type: the skip link comes first and works; Tab reaches every
 * control on the page, in reading order, and each one shows it has focus and is on screen when it
 * does; and Tab leaves the page at the end (nothing traps it). What each page is for, done by
 * keyboard, is in the page types' own specs (answering the wizard: wizard-paths.spec.ts; moving
 * through results: search.spec.ts).
 */
for (const [type, path] of Object.entries(PAGE_TYPES)) {
	for (const js of [true, false]) {
		test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
			test.use({ javaScriptEnabled: js });

			test(`${type} page: the skip link is first and moves focus to the content`, async ({ page }) => {
				await page.goto(path);
				await page.keyboard.press('Tab');
				const skip = page.locator('a.skip-link[href="#main"]');
				await expect(skip).toBeFocused();
				await expect(skip).toBeInViewport();
				await page.keyboard.press('Enter');
				await expect(page.getByRole('main')).toBeFocused();
			});

			test(`${type} page: Tab reaches every control in order, each visibly focused, and leaves the page at the end`, async ({ page }) => {
				// One Tab and one look at the focus per control: a page of links (the guide index) takes a while on a busy machine.
				test.slow();
				await page.goto(path);
				if (js) {
					await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
					// What scripts fetch and then draw (search results, from the index's parts) must be there before counting.
					await page.waitForLoadState('networkidle');
				}
				const controls = await markControls(page);
				expect(controls).toBeGreaterThan(5);

				await page.keyboard.press('Tab');
				expect((await describeFocus(page)).label).toBe('skip link');
				const reached: number[] = [];
				const problems: string[] = [];
				for (let press = 0; press <= controls + 10; press += 1) {
					await page.keyboard.press('Tab');
					const focused = await describeFocus(page);
					if (focused.label === 'nothing') break;
					if (focused.index === undefined) problems.push(`${focused.label}: takes focus but was not counted as a control`);
					// A native control with parts (a date's day, month, year and calendar button) takes
					// several Tabs; the browser draws the parts' focus. Its first stop is checked.
					else if (focused.index === reached.at(-1)) continue;
					else reached.push(focused.index);
					if (!focused.looksFocused) problems.push(`${focused.label}: no visible change when focused`);
					if (!focused.onScreen) problems.push(`${focused.label}: focused but not on screen`);
				}
				expect(problems).toEqual([]);
				expect(reached).toEqual(Array.from({ length: controls }, (_, i) => i));
				// The Tab after the last control leaves the page: no keyboard trap.
				expect((await describeFocus(page)).label).toBe('nothing');
			});
		});
	}
}

/** What a focus style may change; a control whose values do not change on focus shows no focus. */
const FOCUS_STYLES = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'text-decoration-line'];

/**
 * Numbers every control a keyboard user can reach (in document order, which is reading order here),
 * noting how each looks unfocused, and returns how many there are.
 */
function markControls(page: Page): Promise<number> {
	return page.evaluate((properties) => {
		const selector = 'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
		const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
			(element) => element.tabIndex >= 0 && !element.closest('[inert]') && element.checkVisibility({ visibilityProperty: true }) && !element.matches('.skip-link'),
		);
		(document.activeElement as HTMLElement | null)?.blur();
		controls.forEach((element, index) => {
			element.dataset.keyboardIndex = String(index);
			const style = getComputedStyle(element);
			element.dataset.keyboardUnfocused = properties.map((property) => style.getPropertyValue(property)).join('|');
		});
		return controls.length;
	}, FOCUS_STYLES);
}

/** The focused control: its number, whether it looks different from unfocused, and whether it is on screen. */
function describeFocus(page: Page): Promise<{ index?: number; label: string; looksFocused: boolean; onScreen: boolean }> {
	return page.evaluate((properties) => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return { label: 'nothing', looksFocused: false, onScreen: false };
		if (element.matches('.skip-link')) return { label: 'skip link', looksFocused: true, onScreen: true };
		const style = getComputedStyle(element);
		const now = properties.map((property) => style.getPropertyValue(property)).join('|');
		const box = element.getBoundingClientRect();
		const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
		const label = `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
		return {
			index: element.dataset.keyboardIndex === undefined ? undefined : Number(element.dataset.keyboardIndex),
			label,
			looksFocused: now !== element.dataset.keyboardUnfocused,
			onScreen,
		};
	}, FOCUS_STYLES);
}
