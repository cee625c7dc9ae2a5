import { z } from 'astro/zod';
import { SectionAkaSchema, SitePathSchema } from './common';
import { PLATFORM_SECTIONS } from './platform';
import { SafetyActionSchema } from './wizard-safety-action';

/**
 * The kinds of outcome (PRODUCT.md, docs/wizard.md): each page marks its kind on <main>.
 * `escalate` is the self-report flow's last step: the platform has had 48 hours, now contact the helpline.
 */
export const OUTCOME_KINDS = ['emergency', 'safeguarding', 'self-report', 'escalate', 'advice', 'signpost'] as const;

/** Frontmatter of one outcome, content/wizard/outcomes/<id>.md. The file name is its id; the body is its words. */
export const WizardOutcomeSchema = z
	.object({
		/** The page heading: what to do, e.g. "Report the fake account to the platform". */
		title: z.string().trim().min(5, 'is too short').max(80, 'must be at most 80 characters'),
		/** One sentence saying what the reader should do; shown on the map and in search results. */
		summary: z.string().trim().min(20, 'is too short: write one full sentence').max(200, 'must be at most 200 characters'),
		/** Words people search with for this situation that are not in the title ("nudes going round", "999"). Search only. */
		aka: z.array(z.string().trim().min(2, 'each term needs at least 2 characters')).default([]),
		/** Words people search with for one section of the outcome, by its anchor. Search only. */
		sectionAka: SectionAkaSchema,
		/** What kind of outcome it is. */
		kind: z.enum(OUTCOME_KINDS, { error: `must be one of: ${OUTCOME_KINDS.join(', ')}` }),
		/** Sections of the platform page to show as the reporting steps (self-report only), e.g. [report-impersonation]. */
		platformSections: z.array(z.enum(PLATFORM_SECTIONS, { error: `must be one of: ${PLATFORM_SECTIONS.join(', ')}` })).default([]),
		/** `true` to show the helpline's contact details and "Prepare your enquiry". */
		helpline: z.boolean().default(false),
		/** `true` to offer "I reported it on [date]" and a calendar reminder for 48 hours later. */
		reminder: z.boolean().default(false),
		/** `true` when the outcome is about sexual images of under-18s: the enquiry form asks only where the image is. */
		sexualImagesOfUnder18s: z.boolean().default(false),
		/** Guides and platform pages to read next, as paths (/guides/impersonation/). */
		related: z.array(SitePathSchema).default([]),
		/** The safety actions this outcome gives, in the order shown (content/wizard/safety-actions/<id>.md), e.g. [dsl-now, never-capture, helpline-now]. */
		safety: z.array(SafetyActionSchema, { error: 'is missing: list the safety actions this outcome gives (write [] if none applies); see docs/wizard.md' }),
	})
	.strict()
	.superRefine((outcome, ctx) => {
		if (outcome.kind === 'safeguarding' && !outcome.helpline) {
			ctx.addIssue({ code: 'custom', path: ['helpline'], message: 'must be true on a safeguarding outcome: the reader contacts the helpline straight away' });
		}
		if (outcome.kind !== 'self-report' && outcome.platformSections.length > 0) {
			ctx.addIssue({ code: 'custom', path: ['platformSections'], message: 'is only for self-report outcomes; remove it or change the kind' });
		}
		const seen = new Set<string>();
		outcome.safety.forEach((action, index) => {
			if (seen.has(action)) ctx.addIssue({ code: 'custom', path: ['safety', index], message: `"${action}" is listed twice; list each safety action once` });
			seen.add(action);
		});
		if (outcome.sexualImagesOfUnder18s && !['safeguarding', 'emergency'].includes(outcome.kind)) {
			ctx.addIssue({ code: 'custom', path: ['kind'], message: 'must be safeguarding or emergency when sexualImagesOfUnder18s is true' });
		}
	});

export type WizardOutcome = z.output<typeof WizardOutcomeSchema>;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
