import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { SAFETY_ACTIONS } from '../../src/schemas/wizard-safety-action';
import { OUTCOME_KINDS } from '../../src/schemas/wizard-outcome';
import { findOutcome } from '../../src/wizard/flow';
import { createWizardMachine } from '../../src/wizard/machine';
import { realFlow } from './wizard-fixture';
import { scenarios } from '../wizard/scenarios';

/**
 * The scenario suite (tests/wizard/scenarios.json): real enquiries, each with the answers a
 * hurried teacher would give, walked through the machine. Each must end at its outcome and kind,
 * give every safety action it must, and none it must not. Asserts ids, never wording.
 */
const { flow, outcomeBodies } = realFlow();
const machine = createWizardMachine(flow);

describe('the scenario suite', () => {
	it('has at least 40 enquiries, 15 of them from someone who did not write the flow, each with its own id', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(40);
		expect(scenarios.filter((s) => s.source === 'independent').length).toBeGreaterThanOrEqual(15);
		expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
	});

	it('names only real safety actions and kinds', () => {
		for (const s of scenarios) {
			for (const action of [...s.mustGive, ...s.mustNotGive]) expect(SAFETY_ACTIONS, s.id).toContain(action);
			for (const kind of [s.kind, ...s.mustNotBeKind]) expect(OUTCOME_KINDS, s.id).toContain(kind);
		}
	});

	for (const s of scenarios) {
		it(`${s.id}: ${s.enquiry.slice(0, 70)}… → ${s.outcome}`, () => {
			let [snapshot] = initialTransition(machine);
			for (const [question, answer] of s.answers) {
				expect(String(snapshot.value), `${s.id}: expected to be asked ${question}`).toBe(question);
				[snapshot] = transition(machine, snapshot, { type: 'ANSWER', answer });
			}
			expect(snapshot.status, `${s.id} did not reach an outcome`).toBe('done');
			expect(String(snapshot.value)).toBe(s.outcome);
			const outcome = findOutcome(flow, s.outcome)!;
			expect(outcome.kind).toBe(s.kind);
			expect(s.mustNotBeKind).not.toContain(outcome.kind);
			for (const action of s.mustGive) expect(outcome.safety, `${s.id} must give ${action}`).toContain(action);
			for (const action of s.mustNotGive) expect(outcome.safety, `${s.id} must not give ${action}`).not.toContain(action);
			if (s.section) expect(outcomeBodies.get(s.outcome), `${s.id} needs the section #${s.section}`).toContain(`{#${s.section}}`);
		});
	}
});
