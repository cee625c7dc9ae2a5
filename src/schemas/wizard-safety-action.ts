import { z } from 'astro/zod';

/**
 * The safety actions an outcome can give. Each has its words once, in
 * content/wizard/safety-actions/<id>.md, and every outcome lists the ones it gives in `safety:`.
 * The build checks each path's outcome has the actions its answers call for (src/wizard/safety-rules.ts).
 */
export const SAFETY_ACTIONS = [
	/** Call 999 if anyone is in immediate danger. */
	'999',
	/** Tell the designated safeguarding lead now, not later today. */
	'dsl-now',
	/** Report to the police (101, or 999 in an emergency). */
	'police',
	/** Report to CEOP, for online sexual abuse of a child. */
	'ceop',
	/** Report a link to a sexual image of a child to the Internet Watch Foundation. */
	'iwf',
	/** A young person can use Report Remove to get a sexual image of themselves taken down. */
	'report-remove',
	/** Never screenshot, download, forward, save or show a sexual image of anyone under 18. */
	'never-capture',
	/** Contact the helpline straight away: no waiting 48 hours. */
	'helpline-now',
	/** Give the platform 48 hours, then contact the helpline; straight away if it becomes a safeguarding concern. */
	'wait-48-hours',
	/** The Revenge Porn Helpline, for adults. */
	'revenge-porn-helpline',
	/** StopNCII, for adults: stop an intimate image being shared. */
	'stopncii',
	/** Do not pay, and stop replying. */
	'do-not-pay',
	/** Do not confront or block the person before reporting. */
	'do-not-confront',
	/** Do not promise to keep it secret. */
	'no-secrets',
	/** Report fraud to Report Fraud. */
	'report-fraud',
	/** Samaritans, for adults who need to talk. */
	'samaritans',
	/** Childline, for children who need to talk. */
	'childline',
	/** How to find and disable a hidden tracker or stalkerware, safely. */
	'find-and-disable-tracker',
	/** What evidence to keep, with the never-capture caveat: one shared block. */
	'evidence',
] as const;

/** One safety action id. YAML reads a bare 999 as a number, so numbers are read as their digits. */
export const SafetyActionSchema = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : value),
	z.enum(SAFETY_ACTIONS, { error: `must be one of: ${SAFETY_ACTIONS.join(', ')}` }),
);

export type SafetyAction = z.output<typeof SafetyActionSchema>;

/** Frontmatter of content/wizard/safety-actions/<id>.md. The body is the words shown on every outcome that gives it. */
export const WizardSafetyActionSchema = z
	.object({
		/** A short name for the action, for the map and for editors, e.g. "Tell the DSL now". */
		name: z.string().trim().min(3, 'is too short').max(60, 'must be at most 60 characters'),
	})
	.strict();

export type WizardSafetyActionEntry = z.output<typeof WizardSafetyActionSchema>;
