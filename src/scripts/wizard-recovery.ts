import { fetchFlow } from '../wizard/fetch-flow';
import type { Flow } from '../wizard/flow';
import { createWizardMachine } from '../wizard/machine';
import { pathFor, REPORT_BASE, segmentsOf } from '../wizard/paths';
import { resolveSegments } from '../wizard/resolve';

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
	const resolved = resolveSegments(createWizardMachine(flow), segmentsOf(window.location.pathname));
	const reason = section.querySelector<HTMLElement>('[data-recovery-reason]')!;
	const question = flow.questions.find((q) => q.id === resolved.problem?.question);
	if (resolved.problem?.reason === 'unknown-answer' && question) {
		reason.textContent = `“${resolved.problem.segment}” is not one of the answers to “${question.title}”.`;
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
