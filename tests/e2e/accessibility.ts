import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * WCAG 2.2 A and AA (axe tags each rule with the version that introduced it), and axe's best
 * practices on top (unique landmarks, one main, headings in order). No rule is disabled.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core as @axe-core/playwright ships it (the same version and rules). */
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Makes every page this tab opens from now on load axe as it starts, before any of its own
 * scripts. Sent to each page with page.evaluate, axe's 650 KB are compiled afresh every time (about
 * half a second a page on this kind of machine); as a script that runs with every new page, V8
 * compiles it once and reuses the code. axe only defines itself until it is run: the pages are
 * checked as they are. For tests that check many pages in one tab (every-page.spec.ts).
 */
export async function loadAxeWithEveryPage(page: Page): Promise<void> {
	await page.addInitScript(AXE_SOURCE);
}

/**
 * axe's findings (WCAG 2.2 A and AA, and best practices) on the page as it is now, one line per rule with the elements.
 * This is what AxeBuilder's legacy mode does (axe.run in the page itself; the site has no iframes),
 * less its costs that change nothing here: AxeBuilder sends axe's half-megabyte source to the page
 * twice per check and brings every rule's result back. Sending it once (not at all when the page
 * loaded it already: loadAxeWithEveryPage, or an earlier check of the same page) and bringing back
 * only the violations halves the time of a check, which is what keeps axe on some two hundred pages affordable.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
		const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, AXE_TAGS);
}
