import { type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { transition, initialTransition } from 'xstate';
import type { Flow, GivenAnswer } from '../../wizard/flow';
import { createWizardMachine } from '../../wizard/machine';
import { pathFor, REPORT_BASE, segmentsOf } from '../../wizard/paths';
import { resolveSegments } from '../../wizard/resolve';
import { answerRows } from '../../wizard/summary';
import YourAnswers from './YourAnswers';

interface Props {
	flow: Flow;
	/** The answers that lead to this page (from its path). */
	initialAnswers: GivenAnswer[];
}

/**
 * One question of the wizard. Rendered on the server as plain links (each answer is a link to
 * its prerendered page), so it works without JavaScript. Once hydrated, choosing an answer that
 * leads to another question stays on the page: the URL follows (pushState), focus moves to the
 * new heading, and back and forward work. An answer that leads to an outcome loads its page.
 */
export default function WizardQuestion({ flow, initialAnswers }: Props) {
	const machine = useMemo(() => createWizardMachine(flow), [flow]);
	const [answers, setAnswers] = useState(initialAnswers);
	const heading = useRef<HTMLHeadingElement>(null);
	const moved = useRef(false);

	const snapshot = useMemo(() => {
		let [current] = initialTransition(machine);
		for (const given of answers) [current] = transition(machine, current, { type: 'ANSWER', answer: given.answer });
		return current;
	}, [machine, answers]);
	const question = flow.questions.find((q) => q.id === String(snapshot.value));

	useEffect(() => {
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
	}, [machine, flow]);

	useEffect(() => {
		if (!question) return;
		const siteName = document.title.split(' – ').slice(1).join(' – ');
		document.title = siteName ? `${question.title} – ${siteName}` : question.title;
		if (moved.current) {
			window.scrollTo(0, 0);
			heading.current?.focus();
		}
	}, [question]);

	if (!question) return null;

	const goTo = (event: MouseEvent<HTMLAnchorElement>, next: GivenAnswer[]) => {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		let [target] = initialTransition(machine);
		for (const given of next) [target] = transition(machine, target, { type: 'ANSWER', answer: given.answer });
		// An outcome is a full page of its own: let the link load it.
		if (target.status === 'done') return;
		event.preventDefault();
		moved.current = true;
		window.history.pushState(null, '', pathFor(next));
		setAnswers(next);
	};

	const hintId = `${question.id}-hint`;
	const back = answers.length > 0 ? pathFor(answers.slice(0, -1)) : undefined;

	return (
		<div className="wizard-question" data-question={question.id}>
			{back && (
				<a className="back-link" href={back} onClick={(event) => goTo(event, answers.slice(0, -1))}>
					Back
				</a>
			)}
			<h1 id="wizard-question-heading" tabIndex={-1} ref={heading}>
				{question.title}
			</h1>
			{question.hint && (
				<p className="wizard-hint" id={hintId}>
					{question.hint}
				</p>
			)}
			<ul className="wizard-answers" aria-labelledby="wizard-question-heading" aria-describedby={question.hint ? hintId : undefined}>
				{question.answers.map((answer) => {
					const next = [...answers, { question: question.id, answer: answer.id }];
					const answerHintId = `answer-${answer.id}-hint`;
					return (
						<li key={answer.id} className="wizard-answers__item">
							<a
								className="wizard-answer"
								href={pathFor(next)}
								aria-describedby={answer.hint ? answerHintId : undefined}
								onClick={(event) => goTo(event, next)}
							>
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
			<YourAnswers rows={answerRows(flow, answers)} onChange={(event, _row, index) => goTo(event, answers.slice(0, index))} />
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
