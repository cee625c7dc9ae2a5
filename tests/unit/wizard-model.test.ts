import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths, serializeSnapshot } from 'xstate/graph';
import { findOutcome, type Flow, type GivenAnswer } from '../../src/wizard/flow';
import { findUnsafeCaptureAdvice } from '../../src/checks/check-image-safety';
import { allAnswerEvents, createWizardMachine } from '../../src/wizard/machine';
import { concernsIn } from '../../src/wizard/rules';
import { CONCERN_RULES, outcomeProblems, rulesFor, safetyProblems } from '../../src/wizard/safety-rules';
import { CONCERNS } from '../../src/schemas/wizard-routing';
import { realFlow } from './wizard-fixture';

/**
 * Model-based tests over the compiled machine: every path the graph traversal finds, with every
 * answer event given explicitly (a bare { type } would never pass the answer guards).
 */
const { flow, outcomeBodies } = realFlow();
const machine = createWizardMachine(flow);
const events = allAnswerEvents(flow);
// getSimplePaths walks the whole graph once per state and names each state it meets by
// JSON.stringify-ing it: some ten million times here, over half a minute. Snapshots never change,
// so each is named once and the name remembered; the paths found are the same.
const names = new WeakMap<object, string>();
const serializeState = (snapshot: Parameters<typeof serializeSnapshot>[0]) => {
	let name = names.get(snapshot);
	if (name === undefined) names.set(snapshot, (name = serializeSnapshot(snapshot)));
	return name;
};
const simplePaths = getSimplePaths(machine, { events, serializeState });
const shortestPaths = getShortestPaths(machine, { events, serializeState });

const nodeOf = (path: (typeof simplePaths)[number]) => String(path.state.value);
const answersOf = (path: (typeof simplePaths)[number]): GivenAnswer[] => path.state.context.answers;
const completePaths = simplePaths.filter((path) => path.state.status === 'done');
const kindOf = (path: (typeof simplePaths)[number]) => findOutcome(flow, nodeOf(path))!.kind;

/** Answers marked with a safety concern, found by their marking rather than their words. */
function pathsThrough(flowToSearch: Flow, concerns: string[]) {
	return completePaths.filter((path) => concernsIn(flowToSearch, answersOf(path)).some((concern) => concerns.includes(concern)));
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

	it('sends every path about sexual images of under-18s, grooming or sextortion of a child to safeguarding or emergency, never self-report', () => {
		const paths = pathsThrough(flow, ['sexual-images-of-under-18s', 'grooming', 'sextortion']).filter((path) => !concernsIn(flow, answersOf(path)).includes('adult-victim'));
		expect(paths.length).toBeGreaterThanOrEqual(3);
		for (const path of paths) {
			expect(['safeguarding', 'emergency'], nodeOf(path)).toContain(kindOf(path));
			expect(kindOf(path)).not.toBe('self-report');
		}
	});

	it('sends every path about a child at risk, self-harm, a threat of violence or "not sure" to safeguarding or emergency', () => {
		const paths = pathsThrough(flow, ['self-harm', 'child-at-risk', 'possible-safeguarding-concern', 'threat-of-violence', 'dangerous-challenge']);
		expect(paths.length).toBeGreaterThanOrEqual(10);
		for (const path of paths) expect(['safeguarding', 'emergency'], nodeOf(path)).toContain(kindOf(path));
	});

	it('ends every complete path at an outcome that gives every safety action its answers call for (CONCERN_RULES)', () => {
		for (const path of completePaths) {
			const outcome = findOutcome(flow, nodeOf(path))!;
			const where = `${outcome.file} via ${answersOf(path).map((a) => a.answer).join('/')}`;
			expect(safetyProblems(outcome.kind, outcome.safety, concernsIn(flow, answersOf(path))), where).toEqual([]);
		}
	});

	it('ends every path that mentions a child at risk, a sexual image of an under-18, blackmail, grooming, a threat or self-harm with "tell the DSL now" (or 999), never "wait 48 hours"', () => {
		const childConcerns = ['child-at-risk', 'sexual-images-of-under-18s', 'grooming', 'self-harm', 'threat-of-violence', 'possible-safeguarding-concern', 'dangerous-challenge', 'threats'];
		const paths = pathsThrough(flow, childConcerns);
		expect(paths.length).toBeGreaterThanOrEqual(20);
		for (const path of paths) {
			const outcome = findOutcome(flow, nodeOf(path))!;
			expect(outcome.safety.includes('dsl-now') || outcome.safety.includes('999'), outcome.file).toBe(true);
			const concerns = concernsIn(flow, answersOf(path));
			if (!concerns.includes('adult-victim')) expect(outcome.safety, outcome.file).not.toContain('wait-48-hours');
		}
	});

	it('gives the adult services on every path about an adult being blackmailed', () => {
		const paths = completePaths.filter((path) => ['sextortion', 'adult-victim'].every((c) => concernsIn(flow, answersOf(path)).includes(c as never)));
		expect(paths.length).toBeGreaterThanOrEqual(2);
		for (const path of paths) {
			const { safety, file } = findOutcome(flow, nodeOf(path))!;
			for (const action of ['police', 'revenge-porn-helpline', 'stopncii', 'do-not-pay'] as const) expect(safety, file).toContain(action);
			expect(safety, file).not.toContain('report-remove');
		}
	});

	it('meets its kind’s rules on every outcome, and never gives evidence advice without the never-capture rule', () => {
		for (const outcome of flow.outcomes) {
			expect(outcomeProblems(outcome.kind, outcome.safety), outcome.file).toEqual([]);
			if (outcome.safety.includes('evidence')) expect(outcome.safety, outcome.file).toContain('never-capture');
		}
	});

	it('uses every concern and every rule on some path, so none of the rules above is idle', () => {
		const signalled = new Set(completePaths.flatMap((path) => concernsIn(flow, answersOf(path))));
		for (const concern of CONCERNS) expect(signalled, concern).toContain(concern);
		const applied = new Set(completePaths.flatMap((path) => rulesFor(concernsIn(flow, answersOf(path)))));
		for (const rule of CONCERN_RULES) expect(applied.has(rule), rule.when.join(' + ')).toBe(true);
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
