import type { Concern, WizardCondition, WizardRoute } from '../schemas/wizard-routing';
import type { Flow, FlowQuestion, GivenAnswer } from './flow';

/**
 * The wizard's rules: small pure functions the machine's guards and actions call by name.
 * The machine only routes; what a route means lives here and in content/wizard/.
 */

/** The routing rules for one answer: its own `next`, or else its question's, as a list of rules. */
export function routesFor(question: FlowQuestion, answerId: string): WizardRoute[] {
	const answer = question.answers.find((a) => a.id === answerId);
	const next = answer?.next ?? question.next;
	if (next === undefined) return [];
	return typeof next === 'string' ? [{ then: next }] : next;
}

/** Whether the earlier answers meet a rule's condition (a missing condition always matches). */
export function conditionHolds(answers: readonly GivenAnswer[], condition: WizardCondition | undefined): boolean {
	if (!condition) return true;
	return Object.entries(condition).every(([question, wanted]) => {
		const given = answers.find((a) => a.question === question)?.answer;
		return given !== undefined && (Array.isArray(wanted) ? wanted.includes(given) : wanted === given);
	});
}

/** Whether this route applies: the answer chosen is the route's answer, and its condition holds. */
export function routeApplies(answers: readonly GivenAnswer[], chosen: string, route: { answer: string; if?: WizardCondition }): boolean {
	return chosen === route.answer && conditionHolds(answers, route.if);
}

/** The answers with one more added at the end. */
export function recordAnswer(answers: readonly GivenAnswer[], given: GivenAnswer): GivenAnswer[] {
	return [...answers, given];
}

/** The platform named by the answers so far (e.g. tiktok), if any. */
export function platformFrom(flow: Flow, answers: readonly GivenAnswer[]): string | undefined {
	return answerDetails(flow, answers).find((detail) => detail.platform)?.platform;
}

/** For a place without a platform page, the guide the "where" answer names. */
export function placeGuideFrom(flow: Flow, answers: readonly GivenAnswer[]): string | undefined {
	return answerDetails(flow, answers).find((detail) => detail.guide)?.guide;
}

/** The concerns the answers so far have signalled, each once, in the order first signalled. */
export function concernsIn(flow: Flow, answers: readonly GivenAnswer[]): Concern[] {
	const all = answerDetails(flow, answers).flatMap((detail) => (detail.concern === undefined ? [] : [detail.concern].flat()));
	return [...new Set(all)];
}

function answerDetails(flow: Flow, answers: readonly GivenAnswer[]) {
	return answers.flatMap(({ question, answer }) => {
		const found = flow.questions.find((q) => q.id === question)?.answers.find((a) => a.id === answer);
		return found ? [found] : [];
	});
}
