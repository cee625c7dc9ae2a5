import type { Flow, GivenAnswer } from './flow';
import { pathFor } from './paths';

/** One row of "Your answers": the question's short label, the answer given and where to change it. */
export interface AnswerRow {
	question: string;
	questionLabel: string;
	answerLabel: string;
	/** The question's page, reached with the answers before it. */
	changeHref: string;
}

/** The rows of "Your answers" for the answers given so far. */
export function answerRows(flow: Flow, answers: readonly GivenAnswer[]): AnswerRow[] {
	return answers.map((given, index) => {
		const question = flow.questions.find((q) => q.id === given.question);
		return {
			question: given.question,
			questionLabel: question?.summaryLabel ?? given.question,
			answerLabel: question?.answers.find((a) => a.id === given.answer)?.label ?? given.answer,
			changeHref: pathFor(answers.slice(0, index)),
		};
	});
}

/** The flow without editors' file names and search-only words: what the browser is sent. */
export function browserFlow(flow: Flow): Flow {
	return {
		start: flow.start,
		questions: flow.questions.map(({ file: _file, ...question }) => ({ ...question, file: '' })),
		// `aka` and `sectionAka` are for search only: the island never reads them.
		outcomes: flow.outcomes.map(({ file: _file, aka: _aka, sectionAka: _sectionAka, ...outcome }) => ({ ...outcome, aka: [], sectionAka: {}, file: '' })),
	};
}
