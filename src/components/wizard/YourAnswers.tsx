import type { MouseEvent } from 'react';
import type { AnswerRow } from '../../wizard/summary';

interface Props {
	rows: AnswerRow[];
	/** With JavaScript, the island handles Change links without a reload. */
	onChange?: (event: MouseEvent<HTMLAnchorElement>, row: AnswerRow, index: number) => void;
}

/** "Your answers": each answer given, with a Change link back to its question (GOV.UK check-answers pattern). */
export default function YourAnswers({ rows, onChange }: Props) {
	if (rows.length === 0) return null;
	return (
		<section className="wizard-summary" aria-labelledby="wizard-summary-heading">
			<h2 id="wizard-summary-heading">Your answers</h2>
			<dl className="wizard-summary__list">
				{rows.map((row, index) => (
					<div className="wizard-summary__row" key={row.question}>
						<dt>{row.questionLabel}</dt>
						<dd>{row.answerLabel}</dd>
						<dd className="wizard-summary__change">
							<a href={row.changeHref} onClick={onChange ? (event) => onChange(event, row, index) : undefined}>
								Change<span className="visually-hidden"> {row.questionLabel.toLowerCase()}</span>
							</a>
						</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
