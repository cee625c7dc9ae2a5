import { type MouseEvent, type ReactNode, type Ref, useEffect, useMemo, useRef, useState } from 'react';
import { transition, initialTransition } from 'xstate';
import { fetchFlow } from '../../wizard/fetch-flow';
import type { Flow, FlowQuestion, GivenAnswer } from '../../wizard/flow';
import { createWizardMachine, type WizardMachine } from '../../wizard/machine';
import { pathFor, REPORT_BASE, segmentsOf } from '../../wizard/paths';
import { resolveSegments } from '../../wizard/resolve';
import { type AnswerRow, answerRows } from '../../wizard/summary';
import YourAnswers from './YourAnswers';

/** What a page needs to show its own question: the words, not the routing. */
export interface PageQuestion {
	id: string;
	title: string;
	hint?: string;
	answers: { id: string; label: string; hint?: string }[];
}

/** The question's words only, for the page's props (no routing, no editors' file names). */
export function pageQuestion({ id, title, hint, answers }: FlowQuestion): PageQuestion {
	return { id, title, ...(hint ? { hint } : {}), answers: answers.map((a) => ({ id: a.id, label: a.label, ...(a.hint ? { hint: a.hint } : {}) })) };
}

interface Props {
	/** The id of the question this page is for. */
	questionId: string;
	/** The answers that lead to this page (from its path). */
	initialAnswers: GivenAnswer[];
	/** "Your answers" for those answers: each question's short label and the answer's label. */
	initialLabels: [string, string][];
	/**
	 * The page's own question, rendered on the server by QuestionWords. It comes as static HTML,
	 * once in the page, instead of as props, which would carry every label and hint a second time.
	 */
	children?: ReactNode;
}

/** The labels of "Your answers", for the page's props; the links are made from the answers. */
export function answerLabels(rows: readonly AnswerRow[]): [string, string][] {
	return rows.map((row) => [row.questionLabel, row.answerLabel]);
}

interface Ready {
	flow: Flow;
	machine: WizardMachine;
}

/**
 * One question of the wizard. Rendered on the server as plain links (each answer is a link to
 * its prerendered page), so it works without JavaScript, and the page carries only its own
 * question, as the island's children (see Props). Once hydrated, the island fetches the flow
 * file (one cached file for every page); from then on, choosing an answer that leads to another
 * question stays on the page: the URL follows (pushState), focus moves to the new heading, and
 * back and forward work. An answer that leads to an outcome loads its page. Until the flow has
 * arrived, or if it cannot be fetched, the links simply load their pages.
 */
export default function WizardQuestion({ questionId, initialAnswers, initialLabels, children }: Props) {
	const [ready, setReady] = useState<Ready>();
	const [answers, setAnswers] = useState(initialAnswers);
	const heading = useRef<HTMLHeadingElement>(null);
	const moved = useRef(false);

	useEffect(() => {
		let live = true;
		fetchFlow()
			.then((flow) => {
				// A flow from another build that lacks this page's question would misroute: keep the plain links.
				if (live && flow.questions.some((q) => q.id === questionId)) setReady({ flow, machine: createWizardMachine(flow) });
			})
			.catch(() => {
				// The links still work without it.
			});
		return () => {
			live = false;
		};
	}, [questionId]);

	/** Until the first move the page's own question shows, from the children; after it, the island's. */
	const own = !ready || answers === initialAnswers;
	const question = useMemo((): PageQuestion | undefined => {
		if (own) return undefined;
		let [current] = initialTransition(ready.machine);
		for (const given of answers) [current] = transition(ready.machine, current, { type: 'ANSWER', answer: given.answer });
		const found = ready.flow.questions.find((q) => q.id === String(current.value));
		return found && pageQuestion(found);
	}, [own, ready, answers]);
	const rows: AnswerRow[] =
		ready && answers !== initialAnswers
			? answerRows(ready.flow, answers)
			: initialAnswers.map((given, index) => ({
					question: given.question,
					questionLabel: initialLabels[index]?.[0] ?? given.question,
					answerLabel: initialLabels[index]?.[1] ?? given.answer,
					changeHref: pathFor(initialAnswers.slice(0, index)),
				}));

	useEffect(() => {
		if (!ready) return;
		const { flow, machine } = ready;
		const onPopState = () => {
			const resolved = resolveSegments(machine, segmentsOf(window.location.pathname));
			const isQuestion = flow.questions.some((q) => q.id === resolved.node);
			if (resolved.problem || !isQuestion) {
				window.location.reload();
				return;
			}
			moved.current = true;
			setAnswers(resolved.answers);
		};
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	}, [ready]);

	useEffect(() => {
		if (!question || !moved.current) return;
		const siteName = document.title.split(' – ').slice(1).join(' – ');
		document.title = siteName ? `${question.title} – ${siteName}` : question.title;
		window.scrollTo(0, 0);
		heading.current?.focus();
	}, [question]);

	if (!own && !question) return null;

	const goTo = (event: MouseEvent, next: GivenAnswer[]) => {
		if (!ready) return;
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		let [target] = initialTransition(ready.machine);
		for (const given of next) [target] = transition(ready.machine, target, { type: 'ANSWER', answer: given.answer });
		// An outcome is a full page of its own: let the link load it.
		if (target.status === 'done') return;
		event.preventDefault();
		moved.current = true;
		window.history.pushState(null, '', pathFor(next));
		setAnswers(next);
	};

	const shownId = question?.id ?? questionId;
	// One handler for every answer link, the children's (static HTML) as well as the island's own.
	const answerClicked = (event: MouseEvent) => {
		const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-answer]') : null;
		if (link?.dataset.answer) goTo(event, [...answers, { question: shownId, answer: link.dataset.answer }]);
	};
	const back = answers.length > 0 ? pathFor(answers.slice(0, -1)) : undefined;

	return (
		// Clicks reach the div from the answer links inside it, which keyboards can use.
		<div className="wizard-question" data-question={shownId} data-wizard-ready={ready ? 'true' : 'false'} onClick={answerClicked}>
			{back && (
				<a className="back-link" href={back} onClick={(event) => goTo(event, answers.slice(0, -1))}>
					Back
				</a>
			)}
			{question ? <QuestionWords question={question} answers={answers} headingRef={heading} /> : children}
			<YourAnswers rows={rows} onChange={(event, _row, index) => goTo(event, answers.slice(0, index))} />
			{answers.length > 0 && (
				<p className="wizard-start-again">
					<a href={REPORT_BASE} onClick={(event) => goTo(event, [])}>
						Start again
					</a>
				</p>
			)}
		</div>
	);
}

interface WordsProps {
	question: PageQuestion;
	/** The answers given before this question: each answer's link adds its own. */
	answers: GivenAnswer[];
	/** The heading, which takes focus when the island moves to this question. */
	headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * A question's heading, hint and answers, each answer a plain link to its page. The page renders
 * its own question with it on the server (as the island's children); the island renders the
 * questions it moves to. WizardQuestion handles a click on any link with data-answer.
 */
export function QuestionWords({ question, answers, headingRef }: WordsProps) {
	const hintId = `${question.id}-hint`;
	return (
		<>
			<h1 id="wizard-question-heading" tabIndex={-1} ref={headingRef}>
				{question.title}
			</h1>
			{question.hint && (
				<p className="wizard-hint" id={hintId}>
					{question.hint}
				</p>
			)}
			<ul className="wizard-answers" aria-labelledby="wizard-question-heading" aria-describedby={question.hint ? hintId : undefined}>
				{question.answers.map((answer) => {
					const answerHintId = `answer-${answer.id}-hint`;
					return (
						<li key={answer.id} className="wizard-answers__item">
							<a className="wizard-answer" href={pathFor([...answers, { question: question.id, answer: answer.id }])} data-answer={answer.id} aria-describedby={answer.hint ? answerHintId : undefined}>
								{answer.label}
							</a>
							{answer.hint && (
								<span className="wizard-answer__hint" id={answerHintId}>
									{answer.hint}
								</span>
							)}
						</li>
					);
				})}
			</ul>
		</>
	);
}
