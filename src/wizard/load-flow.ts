import { getCollection } from 'astro:content';
import { buildFlow, type Flow } from './flow';
import { createWizardMachine, type WizardMachine } from './machine';

let cached: Promise<{ flow: Flow; machine: WizardMachine }> | undefined;

/** The flow from the content collections, and its machine, built once per build. */
export function loadFlow(): Promise<{ flow: Flow; machine: WizardMachine }> {
	cached ??= (async () => {
		const [questions, outcomes] = await Promise.all([getCollection('wizardQuestions'), getCollection('wizardOutcomes')]);
		const flow = buildFlow(
			questions.map((entry) => ({ ...entry.data, id: entry.id, file: `content/wizard/questions/${entry.id}.md` })),
			outcomes.map((entry) => ({ ...entry.data, id: entry.id, file: `content/wizard/outcomes/${entry.id}.md` })),
		);
		return { flow, machine: createWizardMachine(flow) };
	})();
	return cached;
}
