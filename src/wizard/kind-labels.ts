import type { OutcomeKind } from '../schemas/wizard-outcome';

/** What each kind of outcome means to the reader, in a few words above its heading. */
export const KIND_LABELS: Record<OutcomeKind, string> = {
	emergency: 'Emergency',
	safeguarding: 'Safeguarding concern: act now',
	'self-report': 'You can report this yourself',
	escalate: 'Contact the helpline now',
	advice: 'Advice',
	signpost: 'Get help from the right service',
};
