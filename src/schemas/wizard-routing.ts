import { z } from 'astro/zod';

/** An id for a question, an answer or an outcome: lower-case words joined by hyphens. */
export const WizardIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens, e.g. who-is-it-about' });

/**
 * A condition on earlier answers: question id → the answer id (or ids) it must have had.
 * `{ what-is-happening: fake-account }` matches when "What is happening?" was answered "fake-account".
 */
export const WizardConditionSchema = z.record(WizardIdSchema, z.union([WizardIdSchema, z.array(WizardIdSchema).min(1)]));

/** One routing rule: go to `then` when every part of `if` matches (a rule without `if` always matches). */
export const WizardRouteSchema = z
	.object({
		/** Earlier answers this rule needs; leave it out on the last rule ("otherwise"). */
		if: WizardConditionSchema.optional(),
		/** The id of the question or outcome to go to. */
		then: WizardIdSchema,
	})
	.strict();

/**
 * Where an answer leads: one question or outcome id, or a list of rules tried in order whose last
 * rule has no `if`, so every answer always leads somewhere.
 */
export const WizardNextSchema = z.union([
	WizardIdSchema,
	z
		.array(WizardRouteSchema)
		.min(1)
		.superRefine((rules, ctx) => {
			rules.forEach((rule, index) => {
				const last = index === rules.length - 1;
				if (last && rule.if) {
					ctx.addIssue({ code: 'custom', path: [index, 'if'], message: 'the last rule must have no "if", so the answer always leads somewhere (it is the "otherwise")' });
				}
				if (!last && !rule.if) {
					ctx.addIssue({ code: 'custom', path: [index], message: 'only the last rule may leave out "if": the rules after this one could never apply' });
				}
			});
		}),
]);

/**
 * What an answer means for safety: the concerns it signals. The rules in src/wizard/safety-rules.ts
 * say which outcome kinds and safety actions a path must reach after each one; the build and the
 * model-based tests check every path against them.
 */
export const CONCERNS = [
	/** Someone may be in danger now. */
	'immediate-danger',
	/** A nude or sexual image of someone under 18, including fake or AI-made ones. */
	'sexual-images-of-under-18s',
	/** An adult contacting a child sexually, or trying to meet them. */
	'grooming',
	/** Blackmail with a sexual image, or for images or money: who is threatened is a separate answer. */
	'sextortion',
	/** Threats or blackmail of any kind, before we know more. */
	'threats',
	/** A threat to hurt or kill someone, or to attack the school. */
	'threat-of-violence',
	/** Self-harm or suicide. */
	'self-harm',
	/** The person at risk is a child (or may be). */
	'child-at-risk',
	/** The person at risk is an adult, such as a member of staff. */
	'adult-victim',
	/** Unsure whether it is a safeguarding concern: treated as one. */
	'possible-safeguarding-concern',
	/** A dangerous challenge or dare that is actually happening, not only talk of one. */
	'dangerous-challenge',
	/** Someone may be tracking a person with a device or a spying app. */
	'tracking',
	/** A nude or sexual image of an adult shared (or threatened) without consent. */
	'intimate-image-of-an-adult',
	/** A scam or fraud. */
	'scam',
	/** Money demanded with a threat, to give back a hacked account or from the school, with no sexual image or violence: extortion, reported as cyber crime. */
	'ransom',
	/** A concern or allegation that someone who works with children (a member of staff, a volunteer) harms or may harm a child: it goes through the allegations procedure, not only the DSL. */
	'staff-allegation',
] as const;

export const ConcernSchema = z.enum(CONCERNS, {
	error: `must be one of: ${CONCERNS.join(', ')}`,
});

/** The concerns one answer signals: one id, or a list. */
export const AnswerConcernsSchema = z.union([ConcernSchema, z.array(ConcernSchema).min(1)]);

export type WizardNext = z.output<typeof WizardNextSchema>;
export type WizardRoute = z.output<typeof WizardRouteSchema>;
export type WizardCondition = z.output<typeof WizardConditionSchema>;
export type Concern = z.output<typeof ConcernSchema>;
