import { expect, type Page, test } from '@playwright/test';
import { PAGE_TYPES } from './built-pages';

/**
 * Keyboard only, on one page of each type: the skip link comes first and works; Tab reaches every
 * control on the page, in reading order, and each one shows it has focus and is on screen when it
 * does; and Tab leaves the page at the end (nothing traps it), and the next Tab starts again at the
 * skip link. One load of the page serves all of it. What each page is for, done by keyboard, is in
 * the page types' own specs (answering the wizard: wizard-paths.spec.ts; moving through results:
 * search.spec.ts).
 */
// A new tab for each test, in the worker's browser context (reset between tests): in the tab that
// context reuses from test to test, the focus does not always leave the page after its last
// control. A new tab is enough, and costs far less than a new context (and a worker of its own).

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });
		for (const [type, path] of Object.entries(PAGE_TYPES)) {
			test(`${type} page: the skip link is first and moves focus to the content; Tab reaches every control in order, each visibly focused, and leaves the page at the end`, async ({ context }) => {
				const page = await context.newPage();
				// A Tab per control: a page of links (the guide index, without JavaScript) takes a while on a busy machine.
				test.slow();
				await page.goto(path);
				if (js) {
					await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
					// What scripts fetch and then draw (search results, from the index's parts) must be there before counting.
					await page.waitForLoadState('networkidle');
				}
				const controls = await markControls(page);
				expect(controls).toBeGreaterThan(5);

				const skip = page.locator('a.skip-link[href="#main"]');
				await page.keyboard.press('Tab');
				expect((await describeFocus(page)).label).toBe('skip link');
				await expect(skip).toBeFocused();
				await expect(skip).toBeInViewport();
				// Enough Tabs to pass every control, a few extra stops (a date's parts), and leave the page.
				const stops = await tabThrough(page, js, controls + 11);
				const reached: number[] = [];
				const problems: string[] = [];
				for (const focused of stops) {
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
				expect(stops.map((focused) => focused.label)).toContain('nothing');

				// From outside the page, the next Tab comes back to the skip link, and Enter on it moves focus to the content.
				await page.keyboard.press('Tab');
				await expect(skip).toBeFocused();
				await expect(skip).toBeInViewport();
				await page.keyboard.press('Enter');
				await expect(page.getByRole('main')).toBeFocused();
			});
		}
	});
}

/** What a focus style may change; a control whose values do not change on focus shows no focus. */
const FOCUS_STYLES = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'text-decoration-line'];

interface Focus {
	index?: number;
	label: string;
	looksFocused: boolean;
	onScreen: boolean;
}

type WithFocusNotes = Window & { keyboardFocus: () => Focus; keyboardStops: Focus[]; keyboardStopNoting: () => void };

/**
 * Numbers every control a keyboard user can reach (in document order, which is reading order here),
 * noting how each looks unfocused, and returns how many there are. Leaves in the page a function that
 * describes the focused control (describeFocus and tabThrough call it): its number, whether it looks
 * different from unfocused, and whether it is on screen.
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
		(window as unknown as WithFocusNotes).keyboardFocus = () => {
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
		};
		return controls.length;
	}, FOCUS_STYLES);
}

/** The focused control, as described in the page (markControls first). */
function describeFocus(page: Page): Promise<Focus> {
	return page.evaluate(() => (window as unknown as WithFocusNotes).keyboardFocus());
}

/**
 * Presses Tab up to `presses` times and returns where the focus was after each, stopping once the
 * focus has left the page, so that it is outside the page at the end. With JavaScript on, the page
 * notes where the focus is as each Tab goes down, before the browser moves it: that is where the
 * Tab before left it, after the page has had as long to settle (a search result's snippet arriving
 * above it) as when the focus was read between Tabs. The notes are read once at the end, with where
 * the last Tab left the focus, instead of asking the browser after every Tab; a Tab that finds the
 * focus already outside the page is held back, as the loop without JavaScript stops there. With
 * JavaScript off the page runs no listener of ours, so the focus is read after each Tab.
 */
async function tabThrough(page: Page, js: boolean, presses: number): Promise<Focus[]> {
	if (!js) {
		const stops: Focus[] = [];
		for (let press = 0; press < presses && stops.at(-1)?.label !== 'nothing'; press += 1) {
			await page.keyboard.press('Tab');
			stops.push(await describeFocus(page));
		}
		return stops;
	}
	await page.evaluate(() => {
		const notes = window as unknown as WithFocusNotes;
		notes.keyboardStops = [];
		const note = (event: KeyboardEvent) => {
			if (event.key !== 'Tab') return;
			const focused = notes.keyboardFocus();
			notes.keyboardStops.push(focused);
			if (focused.label === 'nothing' && notes.keyboardStops.length > 1) event.preventDefault();
		};
		window.addEventListener('keydown', note, { capture: true });
		notes.keyboardStopNoting = () => window.removeEventListener('keydown', note, { capture: true });
	});
	for (let press = 0; press < presses; press += 1) await page.keyboard.press('Tab');
	// The first note is where the focus was before the first of these Tabs (the skip link, checked already).
	return page.evaluate(() => {
		const notes = window as unknown as WithFocusNotes;
		notes.keyboardStopNoting();
		return [...notes.keyboardStops.slice(1), notes.keyboardFocus()];
	});
}
