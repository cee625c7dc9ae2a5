import { initialTransition, transition } from 'xstate';
import type { Flow, GivenAnswer } from './flow';
import type { WizardMachine } from './machine';

/** A page the flow can reach: the node shown and the answers that led there. */
export interface FlowVisit {
	node: string;
	answers: GivenAnswer[];
	isOutcome: boolean;
}

/** Something wrong found on the way: an answer that goes nowhere, or a question asked twice. */
export interface WalkProblem {
	kind: 'dead-end' | 'loop';
	question: string;
	answer: string;
	answers: GivenAnswer[];
}

/**
 * Walks the compiled machine from its start, sending every answer of every question it meets,
 * and returns every page reachable (one per distinct list of answers). The build prerenders
 * exactly these pages, so the pages always match the machine.
 */
export function walkFlow(flow: Flow, machine: WizardMachine): { visits: FlowVisit[]; problems: WalkProblem[] } {
	const questions = new Map(flow.questions.map((question) => [question.id, question]));
	const visits: FlowVisit[] = [];
	const problems: WalkProblem[] = [];
	const [initial] = initialTransition(machine);
	const pending = [initial];

	while (pending.length > 0) {
		const snapshot = pending.shift()!;
		const node = String(snapshot.value);
		const { answers } = snapshot.context;
		const question = questions.get(node);
		visits.push({ node, answers, isOutcome: !question });
		if (!question) continue;
		for (const { id } of question.answers) {
			const [next] = transition(machine, snapshot, { type: 'ANSWER', answer: id });
			const moved = next.context.answers.length > answers.length;
			const asked = new Set(answers.map((a) => a.question));
			if (!moved) problems.push({ kind: 'dead-end', question: node, answer: id, answers });
			else if (asked.has(String(next.value)) || String(next.value) === node) problems.push({ kind: 'loop', question: node, answer: id, answers });
			else pending.push(next);
		}
	}
	return { visits, problems };
}
