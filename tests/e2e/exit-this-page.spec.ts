import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './built-pages';

const EXIT = 'https://www.bbc.co.uk/weather';

test.beforeEach(async ({ context }) => {
	// No internet here, and none needed: answer for the exit destination locally.
	await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
});

test('the button leaves at once and replaces the page, so Back does not return to it', async ({ page }) => {
	await page.goto(PAGE_TYPES.home);
	await page.goto(PAGE_TYPES.guide);
	await page.locator('[data-exit-button]').click();
	await expect(page).toHaveURL(EXIT);
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES.home}$`));
});

/** Every request for the exit destination: leaving is asynchronous, so "still here" is checked by what was asked for. */
function exitRequests(page: import('@playwright/test').Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => {
		if (request.url().startsWith(EXIT)) requests.push(request.url());
	});
	return requests;
}

/**
 * The page has not started to leave. Leaving covers the page with its overlay in the same key
 * handler that sends the browser away, before the request goes out; the page reads its own DOM
 * after the key presses before it (the browser handles them first, in order), so no overlay means
 * nothing left and nothing will. No fixed wait: that only guessed how long leaving might take.
 */
async function expectStillHere(page: import('@playwright/test').Page, requests: string[]) {
	expect(await page.evaluate(() => ({ overlays: document.querySelectorAll('.exit-this-page-overlay').length, address: location.href }))).toEqual({ overlays: 0, address: page.url() });
	expect(requests).toEqual([]);
}

test('pressing Shift three times leaves the page, and twice does not', async ({ page }) => {
	const requests = exitRequests(page);
	await page.goto(PAGE_TYPES.guide);
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await expectStillHere(page, requests);
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(EXIT);
});

test('Shift presses spread out over more than five seconds do not leave', async ({ page }) => {
	const requests = exitRequests(page);
	await page.clock.install();
	await page.goto(PAGE_TYPES.guide);
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await page.clock.runFor(6000);
	await page.keyboard.press('Shift');
	// The control is working (a fourth and fifth press within the time would leave), but has not left.
	await expectStillHere(page, requests);
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(EXIT);
});

test('the control says honestly that it does not clear history', async ({ page }) => {
	await page.goto(PAGE_TYPES.guide);
	const explanation = page.getByRole('banner').locator('a[href="/privacy/#leave-quickly"]');
	await explanation.click();
	await expect(page.locator('#leave-quickly')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the exit control is still a link that leaves the site', async ({ page }) => {
		await page.goto(PAGE_TYPES.guide);
		await page.locator('[data-exit-button]').click();
		await expect(page).toHaveURL(EXIT);
	});
});

/** The pages whose links practitioners send most, and every kind of anchor on them. */
const JUMP_PAGES = ['/guides/sextortion/', PAGE_TYPES.platform, '/report/outcome/sexual-images-of-under-18s/'];
const ANCHOR_KINDS = {
	'the act-now box': '[data-act-now-box] [id]',
	'a section': '[data-content-body] h2[id]',
	'a subsection': '[data-content-body] h3[id]',
	'a nation’s section': '[data-content-body] .nation > .heading-wrapper > [id]',
	'a step': '[data-content-body] li.step[id]',
	'a numbered list’s item': '[data-content-body] li[data-step-label][id]',
	'a box with an {#id}': '[data-content-body] .callout[id]',
};

for (const js of [true, false]) {
	for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
		test.describe(`a link to a part of a page, on a phone ${viewport.width}px wide, JavaScript ${js ? 'on' : 'off'}`, () => {
			test.use({ javaScriptEnabled: js, viewport });

			// Each page loaded once, with its first anchor; then a jump to each other kind of anchor on it.
			test('shows the part it leads to below the Exit button, not under it: the act-now box, sections, nations’ sections, steps and boxes with an {#id}', async ({ page }) => {
				const found = new Set<string>();
				for (const path of JUMP_PAGES) {
					await page.goto(path);
					const ids = await page.evaluate((kinds) => Object.entries(kinds).map(([kind, selector]) => [kind, document.querySelector(selector)?.id] as const), ANCHOR_KINDS);
					for (const [kind, id] of ids) {
						if (!id) continue;
						found.add(kind);
						await test.step(`${path}#${id} (${kind})`, async () => {
							await page.goto(`${path}#${id}`);
							const place = await page.evaluate((target) => {
								const element = document.getElementById(target)!;
								// The box is shown from its top edge; any other part from its heading or step.
								const shown = (element.closest('[data-act-now-box]') ?? element).getBoundingClientRect();
								return { top: shown.top, buttonBottom: document.querySelector('[data-exit-button]')!.getBoundingClientRect().bottom, height: window.innerHeight };
							}, id);
							expect(place.top, 'under the Exit button').toBeGreaterThanOrEqual(place.buttonBottom);
							if (kind === 'a box with an {#id}') expect(await page.evaluate(() => document.querySelector(':target')?.classList.contains('callout')), 'the box is the target').toBe(true);
							expect(place.top, 'not brought to the top of the window').toBeLessThan(place.height / 3);
						});
					}
				}
				expect([...found].sort()).toEqual(Object.keys(ANCHOR_KINDS).sort());
			});
		});
	}
}

/** Where the Exit button is, and whether a tap at its centre reaches it (nothing on top of it). */
async function exitButtonPlace(page: import('@playwright/test').Page) {
	return page.locator('[data-exit-button]').evaluate((button) => {
		const box = button.getBoundingClientRect();
		const atCentre = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		return {
			top: box.top,
			bottom: box.bottom,
			left: box.left,
			right: box.right,
			width: box.width,
			height: box.height,
			reachable: atCentre !== null && button.contains(atCentre),
			viewportWidth: window.innerWidth,
			viewportHeight: window.innerHeight,
		};
	});
}

for (const js of [true, false]) {
	for (const viewport of [{ width: 375, height: 740 }, { width: 320, height: 640 }]) {
		test.describe(`on a phone ${viewport.width}px wide, JavaScript ${js ? 'on' : 'off'}`, () => {
			test.use({ javaScriptEnabled: js, viewport });

			// One load of the guide for both: the header at the top of the page, then each scroll position.
			test('at the top of the page the button covers nothing in the header, and it is a 44px target within reach at every scroll position of a long guide', async ({ page }) => {
				await page.goto(PAGE_TYPES.guide);
				const overlaps = await page.evaluate(() => {
					const button = document.querySelector('[data-exit-button]')!.getBoundingClientRect();
					const others = document.querySelectorAll('.site-header a:not([data-exit-button]), .site-header p, .site-header input');
					return [...others]
						.filter((element) => !element.closest('[data-exit-this-page]'))
						.filter((element) => {
							const box = element.getBoundingClientRect();
							if (box.width === 0 || box.height === 0) return false;
							return box.left < button.right && box.right > button.left && box.top < button.bottom && box.bottom > button.top;
						})
						.map((element) => element.outerHTML.slice(0, 80));
				});
				expect.soft(overlaps, 'header controls under the button at the top of the page').toEqual([]);

				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				expect(height).toBeGreaterThan(viewport.height * 3);
				for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
					await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * fraction));
					const place = await exitButtonPlace(page);
					expect(place.width, `at ${fraction * 100}%`).toBeGreaterThanOrEqual(44);
					expect(place.height, `at ${fraction * 100}%`).toBeGreaterThanOrEqual(44);
					expect(place.top, `at ${fraction * 100}%`).toBeGreaterThanOrEqual(0);
					expect(place.bottom, `at ${fraction * 100}%`).toBeLessThanOrEqual(place.viewportHeight);
					expect(place.left, `at ${fraction * 100}%`).toBeGreaterThanOrEqual(0);
					expect(place.right, `at ${fraction * 100}%`).toBeLessThanOrEqual(place.viewportWidth);
					expect(place.reachable, `at ${fraction * 100}%`).toBe(true);
				}
			});
		});
	}
}
