import { describe, expect, it } from 'vitest';
import type { FlowQuestion } from '../../src/wizard/flow';
import { conditionHolds, recordAnswer, routeApplies, routesFor } from '../../src/wizard/rules';
import { outcomeUrl, pathFor, segmentsOf } from '../../src/wizard/paths';
import { resolveSegments } from '../../src/wizard/resolve';
import { createWizardMachine } from '../../src/wizard/machine';
import { kindIsSafeAfter } from '../../src/wizard/safety-rules';
import { findUnsafeCaptureAdvice } from '../../src/checks/check-image-safety';
import { platformSectionMarkdown, rehomeSectionHtml } from '../../src/wizard/platform-sections';
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

describe('kindIsSafeAfter', () => {
	it('allows only emergency after immediate danger', () => {
		expect(kindIsSafeAfter('emergency', ['immediate-danger'])).toBe(true);
		expect(kindIsSafeAfter('safeguarding', ['immediate-danger'])).toBe(false);
	});
	it('allows safeguarding or emergency after a safeguarding concern, never self-report', () => {
		expect(kindIsSafeAfter('safeguarding', ['sexual-images-of-under-18s'])).toBe(true);
		expect(kindIsSafeAfter('emergency', ['grooming'])).toBe(true);
		expect(kindIsSafeAfter('self-report', ['sextortion'])).toBe(false);
		expect(kindIsSafeAfter('signpost', ['possible-safeguarding-concern'])).toBe(false);
	});
	it('allows anything when no concern was signalled', () => expect(kindIsSafeAfter('advice', [])).toBe(true));
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
	it('cuts one section out, without its heading', () => {
		expect(platformSectionMarkdown(body, 'report-impersonation')).toBe('1. Step one [see](#in-short).');
		expect(platformSectionMarkdown(body, 'block-and-limit')).toBe('Block.');
		expect(platformSectionMarkdown(body, 'age-rules')).toBeUndefined();
	});
	it('points in-page links back to the platform page and prefixes ids', () => {
		expect(rehomeSectionHtml('<li id="step-a"><a href="#in-short">x</a></li>', '/platforms/tiktok/', 'p-')).toBe(
			'<li id="p-step-a"><a href="/platforms/tiktok/#in-short">x</a></li>',
		);
	});
});
