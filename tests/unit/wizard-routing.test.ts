import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createWizardMachine } from '../../src/wizard/machine';
import { realFlow } from './wizard-fixture';

/**
 * Node by node: "for this answer, the next node is …" (GOV.UK smart answers style). Ids are part
 * of published URLs, so they are stable; the words are not tested.
 */
const { flow } = realFlow();
const machine = createWizardMachine(flow);

function nextNode(...answers: string[]): string {
	let [snapshot] = initialTransition(machine);
	for (const answer of answers) [snapshot] = transition(machine, snapshot, { type: 'ANSWER', answer });
	expect(snapshot.context.answers.map((a) => a.answer)).toEqual(answers);
	return String(snapshot.value);
}

const SAFE = ['nobody-is-in-danger', 'none-of-these'];

describe('is-anyone-in-immediate-danger', () => {
	it('is where the wizard starts', () => expect(nextNode()).toBe('is-anyone-in-immediate-danger'));
	it('sends someone-is-in-danger to immediate-danger', () => expect(nextNode('someone-is-in-danger')).toBe('immediate-danger'));
	it('sends not-sure to immediate-danger', () => expect(nextNode('not-sure')).toBe('immediate-danger'));
	it('sends nobody-is-in-danger to does-it-involve-any-of-these', () => expect(nextNode('nobody-is-in-danger')).toBe('does-it-involve-any-of-these'));
});

describe('does-it-involve-any-of-these', () => {
	it.each([
		['sexual-image-of-under-18', 'sexual-images-of-under-18s'],
		['adult-contacting-a-child', 'adult-contacting-a-child'],
		['threats-or-blackmail', 'threats-blackmail-or-sextortion'],
		['self-harm-or-suicide', 'self-harm-or-suicide'],
		['child-at-risk', 'child-at-risk'],
		['not-sure', 'possible-safeguarding-concern'],
		['none-of-these', 'what-is-happening'],
	])('sends %s to %s', (answer, next) => expect(nextNode('nobody-is-in-danger', answer)).toBe(next));
});

describe('what-is-happening', () => {
	it.each([
		['fake-account', 'who-is-it-about'],
		['posts-or-comments', 'who-is-it-about'],
		['abusive-messages', 'has-it-been-reported'],
		['hateful-content', 'has-it-been-reported'],
		['hacked-account', 'hacked-account'],
		['harmful-challenge', 'harmful-challenge-or-hoax'],
		['intimate-image-of-an-adult', 'intimate-image-of-an-adult'],
		['scam-or-fraud', 'scam-or-fraud'],
		['settings-or-privacy', 'settings-and-privacy'],
		['something-else', 'ask-the-helpline'],
		['not-sure', 'ask-the-helpline'],
	])('sends %s to %s', (answer, next) => expect(nextNode(...SAFE, answer)).toBe(next));
});

describe('has-it-been-reported', () => {
	it.each([
		['not-yet', 'where-is-it-happening'],
		['not-sure', 'where-is-it-happening'],
		['less-than-48-hours-ago', 'wait-for-the-platform'],
		['more-than-48-hours-ago', 'escalate-to-the-helpline'],
	])('sends %s to %s', (answer, next) => expect(nextNode(...SAFE, 'fake-account', 'a-member-of-staff', answer)).toBe(next));
});

describe('where-is-it-happening', () => {
	it.each([
		[['fake-account', 'a-member-of-staff'], 'report-impersonation-of-staff'],
		[['fake-account', 'the-school'], 'report-impersonation-of-the-school'],
		[['fake-account', 'a-pupil'], 'report-impersonation-of-a-pupil'],
		[['fake-account', 'another-adult'], 'report-impersonation'],
		[['fake-account', 'not-sure'], 'report-impersonation'],
		[['posts-or-comments', 'a-member-of-staff'], 'report-posts-about-staff-or-school'],
		[['posts-or-comments', 'the-school'], 'report-posts-about-staff-or-school'],
		[['posts-or-comments', 'a-pupil'], 'report-bullying-of-a-pupil'],
		[['posts-or-comments', 'another-adult'], 'report-abusive-posts'],
		[['abusive-messages'], 'report-abusive-messages'],
		[['hateful-content'], 'report-hateful-content'],
	])('after %j, sends a platform to %s', (earlier, next) => {
		for (const place of ['tiktok', 'roblox', 'another-website', 'not-sure']) expect(nextNode(...SAFE, ...earlier, 'not-yet', place)).toBe(next);
	});
});

describe('answers that do not belong', () => {
	it('ignores an answer to a different question', () => {
		const [start] = initialTransition(machine);
		const [after] = transition(machine, start, { type: 'ANSWER', answer: 'tiktok' });
		expect(after.value).toBe(start.value);
		expect(after.context.answers).toEqual([]);
	});
});
