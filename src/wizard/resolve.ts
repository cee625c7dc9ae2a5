import { initialTransition, transition } from 'xstate';
import type { GivenAnswer } from './flow';
import type { WizardMachine } from './machine';

/** Why a link under /report/ could not be followed to the end. */
export interface PathProblem {
	/** `unknown-answer`: not an answer to the question at that point; `after-outcome`: more answers after an outcome. */
	reason: 'unknown-answer' | 'after-outcome';
	/** The part of the address that could not be used. */
	segment: string;
	/** The question the segment was meant to answer, when there was one. */
	question?: string;
}

export interface ResolvedPath {
	/** The question or outcome reached by the valid part of the path. */
	node: string;
	/** The answers that were valid, in order. */
	answers: GivenAnswer[];
	problem?: PathProblem;
}

/**
 * Follows the answers written in a path through the machine, as far as they make sense.
 * Used by the 404 page to offer "continue from your last valid answer", and by the island on
 * back and forward.
 */
export function resolveSegments(machine: WizardMachine, segments: readonly string[]): ResolvedPath {
	let [snapshot] = initialTransition(machine);
	for (const segment of segments) {
		const node = String(snapshot.value);
		if (snapshot.status === 'done') {
			return { node, answers: snapshot.context.answers, problem: { reason: 'after-outcome', segment } };
		}
		const [next] = transition(machine, snapshot, { type: 'ANSWER', answer: segment });
		if (next.context.answers.length === snapshot.context.answers.length) {
			return { node, answers: snapshot.context.answers, problem: { reason: 'unknown-answer', segment, question: node } };
		}
		snapshot = next;
	}
	return { node: String(snapshot.value), answers: snapshot.context.answers };
}
