import { assign, setup } from 'xstate';
import type { WizardCondition } from '../schemas/wizard-routing';
import type { Flow, GivenAnswer } from './flow';
import { recordAnswer, routeApplies, routesFor } from './rules';

export interface WizardContext {
	/** The answers given so far, in order: they are also the page's path. */
	answers: GivenAnswer[];
}

/** The one event: the reader chose an answer to the question in front of them. */
export type WizardEvent = { type: 'ANSWER'; answer: string };

/**
 * Compiles the flow into one XState machine: a state per question, a final state per outcome.
 * Each answer becomes a guarded transition per routing rule, tried in the order written.
 */
export function createWizardMachine(flow: Flow) {
	const states: Record<string, object> = {};
	for (const question of flow.questions) {
		states[question.id] = {
			meta: { node: 'question' },
			on: {
				ANSWER: question.answers.flatMap((answer) =>
					routesFor(question, answer.id).map((route) => ({
						guard: { type: 'routeApplies', params: { answer: answer.id, if: route.if } },
						target: route.then,
						actions: { type: 'recordAnswer', params: { question: question.id, answer: answer.id } },
					})),
				),
			},
		};
	}
	for (const outcome of flow.outcomes) {
		states[outcome.id] = { type: 'final', meta: { node: 'outcome', kind: outcome.kind } };
	}

	return setup({
		types: {
			context: {} as WizardContext,
			events: {} as WizardEvent,
		},
		guards: {
			routeApplies: ({ context, event }, params: { answer: string; if?: WizardCondition }) => routeApplies(context.answers, event.answer, params),
		},
		actions: {
			recordAnswer: assign({
				answers: ({ context }, params: GivenAnswer) => recordAnswer(context.answers, params),
			}),
		},
	}).createMachine({
		id: 'report',
		initial: flow.start,
		context: { answers: [] },
		// The states are built from content, so their names cannot be known to the type checker.
		states: states as never,
	});
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;

/** Every answer event the flow can send, for walking the machine (xstate/graph sends only what it is given). */
export function allAnswerEvents(flow: Flow): WizardEvent[] {
	const ids = new Set(flow.questions.flatMap((question) => question.answers.map((answer) => answer.id)));
	return [...ids].sort().map((answer) => ({ type: 'ANSWER', answer }));
}
