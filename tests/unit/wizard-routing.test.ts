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
		['threats-or-blackmail', 'who-is-being-threatened'],
		['self-harm-or-suicide', 'self-harm-or-suicide'],
		['sexual-harassment-of-a-child', 'child-at-risk'],
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
		['hacked-account', 'what-is-the-hacker-doing'],
		['harmful-challenge', 'has-it-gone-further'],
		['intimate-image-of-an-adult', 'intimate-image-of-an-adult'],
		['tracking', 'who-is-being-tracked'],
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

describe('who-is-being-threatened and what-are-they-threatening', () => {
	const THREATS = ['nobody-is-in-danger', 'threats-or-blackmail'];
	it.each([
		['a-child', 'to-hurt-someone', 'threat-of-violence'],
		['an-adult', 'to-hurt-someone', 'threat-of-violence'],
		['a-child', 'to-share-a-sexual-image', 'threats-blackmail-or-sextortion'],
		['not-sure', 'to-share-a-sexual-image', 'threats-blackmail-or-sextortion'],
		['an-adult', 'to-share-a-sexual-image', 'blackmail-of-an-adult'],
		['a-child', 'to-share-an-image-of-a-child', 'threats-blackmail-or-sextortion'],
		['an-adult', 'to-share-an-image-of-a-child', 'threats-blackmail-or-sextortion'],
		['not-sure', 'to-share-an-image-of-a-child', 'threats-blackmail-or-sextortion'],
		['a-child', 'something-else', 'threats-blackmail-or-sextortion'],
		['an-adult', 'something-else', 'blackmail-of-an-adult'],
		['not-sure', 'not-sure', 'threats-blackmail-or-sextortion'],
		['an-adult', 'not-sure', 'blackmail-of-an-adult'],
	])('sends %s, then %s, to %s', (who, what, next) => expect(nextNode(...THREATS, who, what)).toBe(next));
	// A threat to attack the school is an emergency: no further question may stand before its advice.
	it('sends the-school straight to threat-of-violence', () => expect(nextNode(...THREATS, 'the-school')).toBe('threat-of-violence'));
	// A demand for money with no violence once had only that answer, and reached the bomb-threat advice.
	it('sends the-school-for-money straight to extortion-of-the-school', () =>
		expect(nextNode(...THREATS, 'the-school-for-money')).toBe('extortion-of-the-school'));
});

describe('what-is-the-hacker-doing', () => {
	const HACKED = [...SAFE, 'hacked-account'];
	it('asks who the hacker is blackmailing, and with what, when the hacker demands images or money', () =>
		expect(nextNode(...HACKED, 'demanding-images-or-money')).toBe('who-is-the-hacker-blackmailing'));
	it.each([
		['a-child', 'threats-blackmail-or-sextortion'],
		['not-sure', 'threats-blackmail-or-sextortion'],
		['an-adult', 'blackmail-of-an-adult'],
		// "the whole school" once led here to the child sextortion outcome; a ransom is not a child's case.
		['the-school', 'account-held-to-ransom'],
	])('after a hacker’s demand, sends %s to %s', (who, next) => expect(nextNode(...HACKED, 'demanding-images-or-money', who)).toBe(next));
	it('sends a hacked account messaging children sexually to the grooming outcome, not to account recovery', () =>
		expect(nextNode(...HACKED, 'messaging-children-sexually')).toBe('adult-contacting-a-child'));
	it.each(['posting-scams', 'locked-out-or-posting', 'not-sure'])('sends %s to hacked-account', (answer) => expect(nextNode(...HACKED, answer)).toBe('hacked-account'));
});

describe('has-it-gone-further', () => {
	it.each([
		['a-threat-to-someone', 'threat-of-violence'],
		['self-harm', 'self-harm-or-suicide'],
		['children-are-doing-it', 'dangerous-challenge'],
		['not-sure', 'dangerous-challenge'],
		['only-talk-or-warnings', 'harmful-challenge-or-hoax'],
	])('sends %s to %s', (answer, next) => expect(nextNode(...SAFE, 'harmful-challenge', answer)).toBe(next));
});

describe('who-is-being-tracked', () => {
	it.each([
		['a-child', 'tracking-of-a-child'],
		['not-sure', 'tracking-of-a-child'],
		['an-adult', 'tracking-of-an-adult'],
	])('sends %s to %s', (answer, next) => expect(nextNode(...SAFE, 'tracking', answer)).toBe(next));
});

describe('answers that do not belong', () => {
	it('ignores an answer to a different question', () => {
		const [start] = initialTransition(machine);
		const [after] = transition(machine, start, { type: 'ANSWER', answer: 'tiktok' });
		expect(after.value).toBe(start.value);
		expect(after.context.answers).toEqual([]);
	});
});
