import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { findOutcome, type Flow, type GivenAnswer } from '../../src/wizard/flow';
import { findUnsafeCaptureAdvice } from '../../src/checks/check-image-safety';
import { allAnswerEvents, createWizardMachine } from '../../src/wizard/machine';
import { safetyConcernsIn } from '../../src/wizard/rules';
import { realFlow } from './wizard-fixture';

/**
 * Model-based tests over the compiled machine: every path the graph traversal finds, with every
 * answer event given explicitly (a bare { type } would never pass the answer guards).
 */
const { flow, outcomeBodies } = realFlow();
const machine = createWizardMachine(flow);
const events = allAnswerEvents(flow);
const simplePaths = getSimplePaths(machine, { events });
const shortestPaths = getShortestPaths(machine, { events });

const nodeOf = (path: (typeof simplePaths)[number]) => String(path.state.value);
const answersOf = (path: (typeof simplePaths)[number]): GivenAnswer[] => path.state.context.answers;
const completePaths = simplePaths.filter((path) => path.state.status === 'done');
const kindOf = (path: (typeof simplePaths)[number]) => findOutcome(flow, nodeOf(path))!.kind;

/** Answers marked with a safety concern, found by their marking rather than their words. */
function pathsThrough(flowToSearch: Flow, concerns: string[]) {
	return completePaths.filter((path) => safetyConcernsIn(flowToSearch, answersOf(path)).some((concern) => concerns.includes(concern)));
}

describe('the reporting wizard machine (model-based)', () => {
	it(`checks every path: ${simplePaths.length} simple paths, ${completePaths.length} ending at an outcome`, () => {
		console.info(`wizard model: ${simplePaths.length} simple paths, ${shortestPaths.length} shortest paths, ${completePaths.length} complete paths checked`);
		expect(completePaths.length).toBeGreaterThan(flow.outcomes.length);
	});

	it('reaches every question and every outcome', () => {
		const reached = new Set(shortestPaths.map((path) => String(path.state.value)));
		for (const node of [...flow.questions, ...flow.outcomes]) expect(reached, node.file).toContain(node.id);
	});

	it('ends every path at an outcome: every answer to every question met leads on', () => {
		const key = (path: (typeof simplePaths)[number]) => answersOf(path).map((a) => a.answer).join('/');
		const extended = new Set(simplePaths.map((path) => key(path).split('/').slice(0, -1).join('/')));
		const leaves = simplePaths.filter((path) => !extended.has(key(path)));
		expect(leaves.length).toBe(completePaths.length);
		for (const leaf of leaves) expect(leaf.state.status, nodeOf(leaf)).toBe('done');
		for (const path of simplePaths.filter((p) => p.state.status !== 'done')) {
			const question = flow.questions.find((q) => q.id === nodeOf(path))!;
			const moves = question.answers.filter((answer) => {
				const [next] = transition(machine, path.state, { type: 'ANSWER', answer: answer.id });
				return next.context.answers.length > path.state.context.answers.length;
			});
			expect(moves.length, `${question.id} after ${answersOf(path).map((a) => a.answer).join('/')}`).toBe(question.answers.length);
		}
	});

	it('sends every path that answers "immediate danger" (or not sure) to an emergency outcome', () => {
		const paths = pathsThrough(flow, ['immediate-danger']);
		expect(paths.length).toBeGreaterThan(0);
		for (const path of paths) expect(kindOf(path), nodeOf(path)).toBe('emergency');
	});

	it('sends every path about sexual images of under-18s, grooming or sextortion to safeguarding or emergency, never self-report', () => {
		const paths = pathsThrough(flow, ['sexual-images-of-under-18s', 'grooming', 'sextortion']);
		expect(paths.length).toBeGreaterThanOrEqual(3);
		for (const path of paths) {
			expect(['safeguarding', 'emergency'], nodeOf(path)).toContain(kindOf(path));
			expect(kindOf(path)).not.toBe('self-report');
		}
	});

	it('sends every other safety concern, including "not sure", to safeguarding or emergency', () => {
		for (const path of pathsThrough(flow, ['threats', 'self-harm', 'child-at-risk', 'possible-safeguarding-concern'])) {
			expect(['safeguarding', 'emergency'], nodeOf(path)).toContain(kindOf(path));
		}
	});

	it('never advises a screenshot (or keeping an image) on an outcome reached with a sexual image of someone under 18', () => {
		const paths = pathsThrough(flow, ['sexual-images-of-under-18s']);
		expect(paths.length).toBeGreaterThan(0);
		for (const path of paths) {
			const outcome = findOutcome(flow, nodeOf(path))!;
			expect(outcome.sexualImagesOfUnder18s, outcome.file).toBe(true);
			expect(outcome.platformSections, outcome.file).toEqual([]);
			expect(findUnsafeCaptureAdvice(outcomeBodies.get(outcome.id)!, { aboutChildSexualImages: true }), outcome.file).toEqual([]);
		}
	});

	it('offers "I’m not sure" on every question, and it always leads somewhere', () => {
		for (const question of flow.questions) {
			expect(question.answers.map((a) => a.id), question.file).toContain('not-sure');
		}
		const unsurePaths = completePaths.filter((path) => answersOf(path).some((a) => a.answer === 'not-sure'));
		expect(unsurePaths.length).toBeGreaterThan(0);
	});

	it('only sends a path to a platform’s reporting steps when a platform or place was chosen', () => {
		for (const path of completePaths.filter((p) => findOutcome(flow, nodeOf(p))!.platformSections.length > 0)) {
			expect(answersOf(path).some((a) => a.question === 'where-is-it-happening'), nodeOf(path)).toBe(true);
		}
	});
});
