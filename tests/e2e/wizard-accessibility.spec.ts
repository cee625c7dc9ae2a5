import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/wizard/paths';
import { walkFlow } from '../../src/wizard/walk';
import { createWizardMachine } from '../../src/wizard/machine';
import { flow, WCAG_TAGS } from './wizard-helpers';

const { visits } = walkFlow(flow, createWizardMachine(flow));
/** The first page of every question, every outcome’s canonical page, one outcome per platform section, and the map. */
const firstOfEach = new Map<string, string>();
for (const visit of visits) if (!firstOfEach.has(visit.node)) firstOfEach.set(visit.node, pathFor(visit.answers));
const pages = [
	...flow.questions.map((q) => firstOfEach.get(q.id)!),
	...flow.outcomes.map((o) => `/report/outcome/${o.id}/`),
	...flow.outcomes.filter((o) => o.platformSections.length > 0).map((o) => firstOfEach.get(o.id)!),
	'/report/map/',
	'/report/nobody-is-in-danger/banana/',
];

for (const path of pages) {
	test(`axe finds no WCAG 2.2 AA problem on ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
