import { z } from 'astro/zod';
import { SitePathSchema } from './common';
import { AnswerConcernsSchema, WizardIdSchema, WizardNextSchema } from './wizard-routing';

/** Every question offers this answer, so nobody is ever stuck. */
export const NOT_SURE = 'not-sure';

/** Words that already mean a page under /report/, so an answer id cannot take them. */
const RESERVED_IDS = ['outcome', 'map'];

/** One answer to a question, shown as a link to the next step. */
export const WizardAnswerSchema = z
	.object({
		/** The answer's id. It becomes part of the page address, so never change it once published. */
		id: WizardIdSchema.refine((id) => !RESERVED_IDS.includes(id), { message: `cannot be ${RESERVED_IDS.join(' or ')}: those addresses are taken` }),
		/** The answer as the reader sees it, in sentence case: "A fake account pretending to be someone". */
		label: z.string().trim().min(2, 'is too short').max(120, 'must be at most 120 characters'),
		/** Optional examples shown under the answer, in one or two short sentences. */
		hint: z.string().trim().min(3).max(240, 'must be at most 240 characters').optional(),
		/** Where this answer leads, if not where the question's `next` says. */
		next: WizardNextSchema.optional(),
		/** The platform this answer names (a file name in content/platforms/), e.g. tiktok. */
		platform: WizardIdSchema.optional(),
		/** For a place with no platform page: the guide to read about reporting there. */
		guide: SitePathSchema.optional(),
		/** What this answer means for safety (e.g. child-at-risk, sextortion), one or a list; the build checks every path through it. */
		concern: AnswerConcernsSchema.optional(),
	})
	.strict();

/** Frontmatter of one question, content/wizard/questions/<id>.md. The file name is its id. */
export const WizardQuestionSchema = z
	.object({
		/** The question, as the page heading. One question, ending with a question mark. */
		title: z.string().trim().min(5, 'is too short').max(90, 'must be at most 90 characters').endsWith('?', 'must end with a question mark'),
		/** Optional help under the question: examples, or how to choose. */
		hint: z.string().trim().min(3).max(300, 'must be at most 300 characters').optional(),
		/** A few words naming the question in "Your answers", e.g. "Where it is happening". */
		summaryLabel: z.string().trim().min(3).max(40, 'must be at most 40 characters'),
		/** `true` on the one question the wizard starts with. */
		start: z.boolean().default(false),
		/** Where the answers lead unless an answer says otherwise. */
		next: WizardNextSchema.optional(),
		/** The answers, in the order shown. One must have the id not-sure. */
		answers: z.array(WizardAnswerSchema).min(2, 'needs at least two answers'),
	})
	.strict()
	.superRefine((question, ctx) => {
		const seen = new Set<string>();
		question.answers.forEach((answer, index) => {
			if (seen.has(answer.id)) ctx.addIssue({ code: 'custom', path: ['answers', index, 'id'], message: `"${answer.id}" is used by two answers; each answer needs its own id` });
			seen.add(answer.id);
			if (!answer.next && !question.next) {
				ctx.addIssue({ code: 'custom', path: ['answers', index, 'next'], message: 'is missing: give the answer a "next", or give the question one for all its answers' });
			}
		});
		if (!seen.has(NOT_SURE)) {
			ctx.addIssue({ code: 'custom', path: ['answers'], message: `needs an answer with the id ${NOT_SURE} ("I’m not sure"), so nobody is ever stuck` });
		}
	});

export type WizardQuestion = z.output<typeof WizardQuestionSchema>;
export type WizardAnswer = z.output<typeof WizardAnswerSchema>;
