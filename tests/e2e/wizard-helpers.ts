import type { Page } from '@playwright/test';
import { readFlow } from '../../src/wizard/read-flow';
import type { Flow } from '../../src/wizard/flow';

/** The flow as the build reads it, so the tests find answers by their current words, whatever they are. */
export const flow: Flow = (() => {
	const { flow: found, problems } = readFlow(process.cwd());
	if (!found) throw new Error(problems.join('\n'));
	return found;
})();

export function questionTitle(questionId: string): string {
	return flow.questions.find((q) => q.id === questionId)!.title;
}

export function answerLabel(questionId: string, answerId: string): string {
	return flow.questions.find((q) => q.id === questionId)!.answers.find((a) => a.id === answerId)!.label;
}

/** Chooses an answer on the current question page by its link's accessible name. */
export async function choose(page: Page, questionId: string, answerId: string): Promise<void> {
	await page.getByRole('main').getByRole('link', { name: answerLabel(questionId, answerId), exact: true }).click();
}

export const SAFE = [
	['is-anyone-in-immediate-danger', 'nobody-is-in-danger'],
	['does-it-involve-any-of-these', 'none-of-these'],
] as const;

/**
 * Waits for the question island to hydrate and fetch the flow file (client:idle waits for the
 * browser to be idle; until the flow has arrived, answers are plain links that load their pages).
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr], [data-wizard-ready="false"]'), undefined, { timeout: 20_000 });
}
