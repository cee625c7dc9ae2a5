import { describe, expect, it } from 'vitest';
import { createWizardMachine } from '../../src/wizard/machine';
import { linkPlatform, outcomePlatforms } from '../../src/wizard/outcome-links';
import { outcomeUrl } from '../../src/wizard/paths';
import { platformFrom } from '../../src/wizard/rules';
import { walkFlow } from '../../src/wizard/walk';
import { realFlow } from './wizard-fixture';

const { flow } = realFlow();
const { visits } = walkFlow(flow, createWizardMachine(flow));
const pairs = outcomePlatforms(flow, visits);

describe('outcomeUrl', () => {
	it('keeps the platform in its own path segment', () => {
		expect(outcomeUrl('report-impersonation-of-the-school', 'tiktok')).toBe('/report/outcome/report-impersonation-of-the-school/tiktok/');
	});
	it('is the outcome alone without a platform', () => {
		expect(outcomeUrl('report-impersonation')).toBe('/report/outcome/report-impersonation/');
	});
});

describe('outcomePlatforms', () => {
	it('gives every outcome page reached with a platform, whose steps it shows, a short address of its own', () => {
		const keys = new Set(pairs.map((p) => `${p.outcome}/${p.platform}`));
		for (const visit of visits.filter((v) => v.isOutcome)) {
			const outcome = flow.outcomes.find((o) => o.id === visit.node)!;
			const platform = linkPlatform(outcome, platformFrom(flow, visit.answers));
			if (platform) expect(keys, `${visit.answers.map((a) => a.answer).join('/')}`).toContain(`${visit.node}/${platform}`);
		}
		expect(keys.size).toBe(pairs.length);
	});
	it('includes the TikTok steps for a fake account of the school', () => {
		expect(pairs).toContainEqual({ outcome: 'report-impersonation-of-the-school', platform: 'tiktok' });
	});
	it('leaves out outcomes that show no platform steps', () => {
		const withoutSteps = new Set(flow.outcomes.filter((o) => o.platformSections.length === 0).map((o) => o.id));
		expect(pairs.filter((p) => withoutSteps.has(p.outcome))).toEqual([]);
	});
});
