import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WCAG 2.2 A and AA (axe tags each rule with the version that introduced it), and axe's best
 * practices on top (unique landmarks, one main, headings in order). No rule is disabled.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's findings (WCAG 2.2 A and AA, and best practices) on the page as it is now, one line per rule with the elements.
 * Legacy mode runs axe.run in the page itself: the site has no iframes, so the result is the same,
 * without the blank page AxeBuilder otherwise opens to combine frames (about 5 times faster, which
 * is what keeps axe on some two hundred pages affordable on every run; see axePages).
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).setLegacyMode().analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
