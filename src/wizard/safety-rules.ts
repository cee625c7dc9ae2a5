import type { OutcomeKind } from '../schemas/wizard-outcome';
import type { SafetyConcern } from '../schemas/wizard-routing';

/**
 * The outcome kinds a path may end at once an answer has signalled a safety concern:
 * immediate danger only at emergency; every other concern at safeguarding or emergency,
 * never at self-report, advice or signpost.
 */
export function allowedKindsAfter(concern: SafetyConcern): readonly OutcomeKind[] {
	return concern === 'immediate-danger' ? ['emergency'] : ['safeguarding', 'emergency'];
}

/** Whether an outcome of this kind is safe to reach after these concerns were signalled. */
export function kindIsSafeAfter(kind: OutcomeKind, concerns: readonly SafetyConcern[]): boolean {
	return concerns.every((concern) => allowedKindsAfter(concern).includes(kind));
}
