import type { WizardOutcome } from '../schemas/wizard-outcome';
import type { WizardQuestion } from '../schemas/wizard-question';

/** A question with its id (its file name) and the file an editor would open. */
export type FlowQuestion = WizardQuestion & { id: string; file: string };

/** An outcome with its id and file; its words stay in the Markdown body, rendered by the page. */
export type FlowOutcome = WizardOutcome & { id: string; file: string };

/** The whole flow, as data: what the machine is compiled from and what the browser receives. */
export interface Flow {
	/** The id of the question the wizard starts with. */
	start: string;
	questions: FlowQuestion[];
	outcomes: FlowOutcome[];
}

/** One answer given: the question and the id of the answer chosen. */
export interface GivenAnswer {
	question: string;
	answer: string;
}

/** Puts questions and outcomes together, sorted by id so the result never depends on file-system order. */
export function buildFlow(questions: FlowQuestion[], outcomes: FlowOutcome[]): Flow {
	const starts = questions.filter((question) => question.start);
	if (starts.length !== 1) {
		throw new Error(
			starts.length === 0
				? 'content/wizard/questions: no question has "start: true"; give it to the first question'
				: `content/wizard/questions: only one question may have "start: true"; found ${starts.map((q) => q.file).join(', ')}`,
		);
	}
	const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
	return { start: starts[0].id, questions: [...questions].sort(byId), outcomes: [...outcomes].sort(byId) };
}

export function findQuestion(flow: Flow, id: string): FlowQuestion | undefined {
	return flow.questions.find((question) => question.id === id);
}

export function findOutcome(flow: Flow, id: string): FlowOutcome | undefined {
	return flow.outcomes.find((outcome) => outcome.id === id);
}
