import { describe, expect, it } from 'vitest';
import type { FlowQuestion } from '../../src/wizard/flow';
import { conditionHolds, recordAnswer, routeApplies, routesFor } from '../../src/wizard/rules';
import { outcomeUrl, pathFor, segmentsOf } from '../../src/wizard/paths';
import { resolveSegments } from '../../src/wizard/resolve';
import { createWizardMachine } from '../../src/wizard/machine';
import { missingNoWaitLinks, outcomeProblems, safetyProblems } from '../../src/wizard/safety-rules';
import { findUnsafeCaptureAdvice } from '../../src/checks/check-image-safety';
import { platformSectionMarkdown, rehomeSectionHtml, withoutLeadingHeading } from '../../src/wizard/platform-sections';
import { realFlow } from './wizard-fixture';

const question = (next: FlowQuestion['next'], answers: FlowQuestion['answers']): FlowQuestion => ({
	id: 'q',
	file: 'content/wizard/questions/q.md',
	title: 'Q?',
	summaryLabel: 'Q',
	start: false,
	next,
	answers,
});

describe('routesFor', () => {
	it('uses the answer’s own next before the question’s', () => {
		const q = question('elsewhere', [{ id: 'a', label: 'A', next: 'here' }, { id: 'b', label: 'B' }]);
		expect(routesFor(q, 'a')).toEqual([{ then: 'here' }]);
		expect(routesFor(q, 'b')).toEqual([{ then: 'elsewhere' }]);
	});
	it('keeps conditional rules in the order written', () => {
		const rules = [{ if: { x: 'y' }, then: 'one' }, { then: 'two' }];
		expect(routesFor(question(rules, [{ id: 'a', label: 'A' }]), 'a')).toEqual(rules);
	});
});

describe('conditionHolds', () => {
	const answers = [{ question: 'what', answer: 'fake-account' }, { question: 'who', answer: 'a-pupil' }];
	it('holds with no condition', () => expect(conditionHolds(answers, undefined)).toBe(true));
	it('holds when every part matches', () => expect(conditionHolds(answers, { what: 'fake-account', who: ['a-pupil', 'the-school'] })).toBe(true));
	it('fails when one part differs', () => expect(conditionHolds(answers, { what: 'fake-account', who: 'the-school' })).toBe(false));
	it('fails when the question was never asked', () => expect(conditionHolds(answers, { where: 'tiktok' })).toBe(false));
});

describe('routeApplies and recordAnswer', () => {
	it('applies only to its own answer', () => {
		expect(routeApplies([], 'a', { answer: 'a' })).toBe(true);
		expect(routeApplies([], 'b', { answer: 'a' })).toBe(false);
	});
	it('adds an answer at the end without changing the list it was given', () => {
		const before = [{ question: 'q1', answer: 'a' }];
		expect(recordAnswer(before, { question: 'q2', answer: 'b' })).toEqual([...before, { question: 'q2', answer: 'b' }]);
		expect(before).toHaveLength(1);
	});
});

describe('paths', () => {
	it('puts each answer id in the path', () => {
		expect(pathFor([])).toBe('/report/');
		expect(pathFor([{ answer: 'a' }, { answer: 'b' }])).toBe('/report/a/b/');
	});
	it('reads the answer ids back, with or without a trailing slash', () => {
		expect(segmentsOf('/report/a/b/')).toEqual(['a', 'b']);
		expect(segmentsOf('/report/A/b')).toEqual(['a', 'b']);
		expect(segmentsOf('/guides/x/')).toEqual([]);
	});
	it('gives each outcome a short address', () => expect(outcomeUrl('x')).toBe('/report/outcome/x/'));
});

describe('resolveSegments', () => {
	const machine = createWizardMachine(realFlow().flow);
	it('follows a valid path to its node', () => {
		const resolved = resolveSegments(machine, ['nobody-is-in-danger', 'none-of-these']);
		expect(resolved.node).toBe('what-is-happening');
		expect(resolved.problem).toBeUndefined();
	});
	it('stops at an unknown answer and keeps the valid ones', () => {
		const resolved = resolveSegments(machine, ['nobody-is-in-danger', 'banana', 'none-of-these']);
		expect(resolved.answers.map((a) => a.answer)).toEqual(['nobody-is-in-danger']);
		expect(resolved.problem).toEqual({ reason: 'unknown-answer', segment: 'banana', question: 'does-it-involve-any-of-these' });
	});
	it('stops at answers given after an outcome', () => {
		const resolved = resolveSegments(machine, ['someone-is-in-danger', 'tiktok']);
		expect(resolved.node).toBe('immediate-danger');
		expect(resolved.problem?.reason).toBe('after-outcome');
	});
});

describe('safetyProblems (what an outcome must give after a concern)', () => {
	it('allows only emergency after immediate danger', () => {
		expect(safetyProblems('emergency', ['999', 'dsl-now'], ['immediate-danger'])).toEqual([]);
		expect(safetyProblems('safeguarding', ['999', 'dsl-now'], ['immediate-danger'])).toHaveLength(1);
	});
	it('never lets a child-protection concern end at self-report, or with "wait 48 hours"', () => {
		expect(safetyProblems('self-report', ['dsl-now', 'no-secrets', 'helpline-now'], ['child-at-risk']).join()).toMatch(/kind must be safeguarding or emergency/);
		expect(safetyProblems('safeguarding', ['dsl-now', 'no-secrets', 'helpline-now', 'wait-48-hours'], ['child-at-risk']).join()).toMatch(/must not include wait-48-hours/);
	});
	it('applies a rule for two concerns only when both were signalled', () => {
		const adultRoute = ['police', 'do-not-pay', 'never-capture', 'revenge-porn-helpline', 'stopncii'] as const;
		expect(safetyProblems('signpost', adultRoute, ['sextortion', 'adult-victim'])).toEqual([]);
		expect(safetyProblems('signpost', ['police', 'do-not-pay', 'never-capture'], ['sextortion', 'adult-victim']).join()).toMatch(/revenge-porn-helpline, stopncii/);
		expect(safetyProblems('signpost', ['police', 'do-not-pay', 'never-capture'], ['sextortion'])).toEqual([]);
	});
	it('accepts either of a group', () => {
		const actions = ['999', 'dsl-now', 'never-capture', 'do-not-pay', 'no-secrets', 'report-remove', 'helpline-now'] as const;
		expect(safetyProblems('safeguarding', [...actions, 'ceop'], ['sexual-images-of-under-18s'])).toEqual([]);
		expect(safetyProblems('safeguarding', actions, ['sexual-images-of-under-18s']).join()).toMatch(/one of police, ceop/);
	});
	it('never sends a sexual image of an under-18 to the adults’ services, even when an adult is told to pay', () => {
		const childRoute = ['999', 'dsl-now', 'never-capture', 'do-not-pay', 'no-secrets', 'report-remove', 'helpline-now', 'police'] as const;
		expect(safetyProblems('safeguarding', childRoute, ['sexual-images-of-under-18s', 'adult-victim'])).toEqual([]);
		expect(safetyProblems('safeguarding', [...childRoute, 'revenge-porn-helpline'], ['sexual-images-of-under-18s', 'adult-victim']).join()).toMatch(/must not include revenge-porn-helpline/);
	});
	it('asks for do not pay, Report Fraud and the helpline straight away, with no 48-hour wait, when an account is held to ransom', () => {
		expect(safetyProblems('signpost', ['do-not-pay', 'report-fraud', 'helpline-now'], ['ransom'])).toEqual([]);
		expect(safetyProblems('self-report', ['report-fraud', 'wait-48-hours'], ['ransom']).join()).toMatch(/do-not-pay, helpline-now.*must not include wait-48-hours/);
	});
	it('asks for "do not pay" and 999 after a sexual image of an under-18, as a blackmailed child may arrive by that answer', () => {
		const withoutThem = ['dsl-now', 'never-capture', 'no-secrets', 'report-remove', 'helpline-now', 'police'] as const;
		expect(safetyProblems('safeguarding', withoutThem, ['sexual-images-of-under-18s']).join()).toMatch(/must include 999, do-not-pay/);
	});
	it('asks for 999 after an adult contacts a child, who may be about to meet them', () => {
		const withoutIt = ['dsl-now', 'ceop', 'do-not-confront', 'never-capture', 'no-secrets', 'helpline-now'] as const;
		expect(safetyProblems('safeguarding', withoutIt, ['grooming']).join()).toMatch(/must include 999/);
		expect(safetyProblems('safeguarding', ['999', ...withoutIt], ['grooming'])).toEqual([]);
	});
	it('asks for "do not confront" and no 48-hour wait after a concern about someone who works with children', () => {
		const allegationRoute = ['999', 'dsl-now', 'do-not-confront', 'no-secrets', 'never-capture', 'helpline-now'] as const;
		expect(safetyProblems('safeguarding', allegationRoute, ['staff-allegation', 'child-at-risk'])).toEqual([]);
		const withoutIt = allegationRoute.filter((action) => action !== 'do-not-confront');
		expect(safetyProblems('safeguarding', withoutIt, ['staff-allegation']).join()).toMatch(/must include do-not-confront/);
		expect(safetyProblems('self-report', [...allegationRoute, 'wait-48-hours'], ['staff-allegation']).join()).toMatch(/kind must be safeguarding or emergency.*must not include wait-48-hours/);
	});
	it('takes Report Fraud as the police report after a threat for money, but asks for one of them', () => {
		expect(safetyProblems('signpost', ['dsl-now', 'report-fraud'], ['threats'])).toEqual([]);
		expect(safetyProblems('signpost', ['dsl-now', 'police'], ['threats'])).toEqual([]);
		expect(safetyProblems('signpost', ['dsl-now', 'do-not-pay'], ['threats']).join()).toMatch(/one of police, report-fraud/);
	});
	it('asks nothing when no concern was signalled', () => expect(safetyProblems('advice', [], [])).toEqual([]));
});

describe('missingNoWaitLinks (an outcome that says to wait must say when not to)', () => {
	const both = 'See [this](/report/outcome/sexual-images-of-under-18s/) and [that](/report/outcome/threat-of-violence/#what-to-do).';
	it('names each act-now outcome a waiting outcome does not link to', () => {
		expect(missingNoWaitLinks(['evidence', 'never-capture', 'wait-48-hours'], 'Report it.')).toEqual(['sexual-images-of-under-18s', 'threat-of-violence']);
		expect(missingNoWaitLinks(['evidence', 'never-capture', 'wait-48-hours'], both)).toEqual([]);
	});
	it('asks nothing of an outcome that does not say to wait', () => expect(missingNoWaitLinks(['dsl-now'], 'Act now.')).toEqual([]));
});

describe('outcomeProblems (what every outcome of a kind must give)', () => {
	it('requires report, wait 48 hours, then escalate on self-report outcomes', () => {
		expect(outcomeProblems('self-report', ['evidence', 'never-capture', 'wait-48-hours'])).toEqual([]);
		expect(outcomeProblems('self-report', ['evidence', 'never-capture']).join()).toMatch(/wait-48-hours/);
	});
	it('requires the never-capture caveat with any evidence advice', () => {
		expect(outcomeProblems('signpost', ['evidence']).join()).toMatch(/gives evidence, so "safety" must include never-capture/);
	});
	it('requires "tell the DSL now" and "do not promise secrecy" on safeguarding outcomes', () => {
		expect(outcomeProblems('safeguarding', ['helpline-now']).join()).toMatch(/dsl-now, no-secrets/);
	});
	it('requires 999 on every safeguarding outcome, as a child may be in danger now', () => {
		expect(outcomeProblems('safeguarding', ['dsl-now', 'no-secrets', 'helpline-now']).join()).toMatch(/must include 999/);
		expect(outcomeProblems('safeguarding', ['999', 'dsl-now', 'no-secrets', 'helpline-now'])).toEqual([]);
	});
	it('refuses Report Fraud and "report to the police" on one outcome, which read as two reports', () => {
		expect(outcomeProblems('signpost', ['report-fraud', 'police']).join()).toMatch(/both report-fraud and police/);
		expect(outcomeProblems('signpost', ['report-fraud'])).toEqual([]);
		expect(outcomeProblems('signpost', ['police'])).toEqual([]);
	});
});

/** The never-capture rule as it applies to an outcome reached after a sexual image of an under-18. */
const sentencesAdvisingKeepingImages = (text: string) => findUnsafeCaptureAdvice(text, { aboutChildSexualImages: true }).map((found) => found.sentence);

describe('the never-capture rule on outcomes about sexual images of under-18s', () => {
	it('flags advice to take a screenshot', () => {
		expect(sentencesAdvisingKeepingImages('Report it. Take a screenshot of the post first.')).toEqual(['Take a screenshot of the post first.']);
	});
	it('lets a warning not to screenshot through', () => {
		expect(sentencesAdvisingKeepingImages('Never screenshot, download or forward the image. Do not keep a copy.')).toEqual([]);
	});
});

describe('platform sections', () => {
	const body = '## In short {#in-short}\n\nHello.\n\n## Report an impersonation {#report-impersonation}\n\n1. Step one [see](#in-short).\n\n## Block and limit {#block-and-limit}\n\nBlock.';
	it('cuts one section out, with its heading and nothing of the next section', () => {
		expect(platformSectionMarkdown(body, 'report-impersonation')).toBe('## Report an impersonation {#report-impersonation}\n\n1. Step one [see](#in-short).');
		expect(platformSectionMarkdown(body, 'block-and-limit')).toBe('## Block and limit {#block-and-limit}\n\nBlock.');
		expect(platformSectionMarkdown(body, 'age-rules')).toBeUndefined();
	});
	it('drops the wrapped heading from a rendered section, and refuses HTML that does not start with one', () => {
		const wrapped = '<div class="heading-wrapper heading-wrapper--h2"><h2 id="a">A</h2><a class="self-link" href="#a"><span>#</span></a></div>\n<ol><li id="a-step-1">x</li></ol>';
		expect(withoutLeadingHeading(wrapped)).toBe('<ol><li id="a-step-1">x</li></ol>');
		expect(() => withoutLeadingHeading('<ol><li>x</li></ol>')).toThrow(/wrapped heading/);
	});
	it('points in-page links back to the platform page and prefixes ids', () => {
		expect(rehomeSectionHtml('<li id="step-a"><a href="#in-short">x</a></li>', '/platforms/tiktok/', 'p-')).toBe(
			'<li id="p-step-a"><a href="/platforms/tiktok/#in-short">x</a></li>',
		);
	});
});
