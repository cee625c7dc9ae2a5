import { echoElement } from '../lib/echo';
import { fetchFlow } from '../wizard/fetch-flow';
import type { Flow } from '../wizard/flow';
import { createWizardMachine } from '../wizard/machine';
import { pathFor, REPORT_BASE, segmentsOf } from '../wizard/paths';
import { resolveSegments } from '../wizard/resolve';

/** The path segment of short outcome links: /report/outcome/<id>/ (src/wizard/paths.ts). */
const OUTCOME_SEGMENT = 'outcome';

/**
 * On the 404 page, for a broken link under /report/: explains what went wrong and offers to
 * continue from the last answer that made sense. The flow is fetched only then (one cached file),
 * so other missing pages load nothing. Without JavaScript the page still offers Start again.
 */
export async function showWizardRecovery(doc: Document): Promise<void> {
	const section = doc.querySelector<HTMLElement>('[data-wizard-recovery]');
	if (!section || !window.location.pathname.startsWith(REPORT_BASE)) return;
	let flow: Flow;
	try {
		flow = await fetchFlow();
	} catch {
		return;
	}
	const segments = segmentsOf(window.location.pathname);
	const resolved = resolveSegments(createWizardMachine(flow), segments);
	const reason = section.querySelector<HTMLElement>('[data-recovery-reason]')!;
	const question = flow.questions.find((q) => q.id === resolved.problem?.question);
	if (segments[0] === OUTCOME_SEGMENT) {
		// A short outcome link (/report/outcome/<id>/) with a mistyped id: it was never a list of answers.
		reason.replaceChildren(
			'There is no advice page at this address. Check the link for a typing mistake, answer the questions again, or see ',
			Object.assign(doc.createElement('a'), { href: `${REPORT_BASE}map/`, textContent: 'every question and piece of advice' }),
			'.',
		);
		reason.dataset.recoveryReason = 'unknown-outcome';
	} else if (resolved.problem?.reason === 'unknown-answer' && question) {
		reason.replaceChildren('“', echoElement(doc, resolved.problem.segment), `” is not one of the answers to “${question.title}”.`);
	} else if (resolved.problem?.reason === 'after-outcome') {
		reason.textContent = 'The link goes on after the advice it leads to.';
	} else {
		reason.textContent = 'The page for these answers could not be found.';
	}
	const continueLink = section.querySelector<HTMLAnchorElement>('[data-recovery-continue]')!;
	if (resolved.answers.length > 0) {
		continueLink.href = pathFor(resolved.answers);
		continueLink.hidden = false;
	}
	section.hidden = false;
	doc.querySelector('h1')?.after(section);
}
