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
 * Safety concerns an answer can signal. The build proves every path through such an answer ends at
 * the right kind of outcome: `immediate-danger` at an emergency outcome, the others at a
 * safeguarding (or emergency) outcome, never at self-report.
 */
export const SAFETY_CONCERNS = [
	'immediate-danger',
	'sexual-images-of-under-18s',
	'grooming',
	'sextortion',
	'threats',
	'self-harm',
	'child-at-risk',
	'possible-safeguarding-concern',
] as const;

export const WizardSafetySchema = z.enum(SAFETY_CONCERNS, {
	error: `must be one of: ${SAFETY_CONCERNS.join(', ')}`,
});

export type WizardNext = z.output<typeof WizardNextSchema>;
export type WizardRoute = z.output<typeof WizardRouteSchema>;
export type WizardCondition = z.output<typeof WizardConditionSchema>;
export type SafetyConcern = z.output<typeof WizardSafetySchema>;
