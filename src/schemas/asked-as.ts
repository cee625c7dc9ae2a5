import { z } from 'astro/zod';

/** The longest question the file takes, in characters (scripts/seed-asked-as.ts leaves longer ones out). */
export const MAX_QUESTION_LENGTH = 300;

/**
 * content/data/asked-as.json: questions people really asked, in their own words, by the page or
 * section that answers each: `"/guides/impersonation/#repeat-accounts": ["they keep making new fake
 * accounts after we report them"]`. Search indexes their words for that page or section, for
 * searching only (src/search/asked-as.ts). The build fails if a key is not a page search covers, or
 * its anchor not a section of that page (src/search/asked-as.ts, `checkAskedAs`).
 */
export const AskedAsSchema = z
	.object({
		/** What the file is for and how to edit it. */
		about: z.string(),
		/** Each page's or section's questions, by its address (and "#anchor" for a section). */
		questions: z
			.record(
				z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9]+(-[a-z0-9]+)*)?$/, {
					message: 'each key must be the address of a page search covers, in lower case with a trailing slash, and "#" with a section\'s anchor for one section: "/guides/impersonation/" or "/guides/impersonation/#repeat-accounts"',
				}),
				z.array(z.string().trim().min(2, 'each question needs at least 2 characters').max(MAX_QUESTION_LENGTH, `a question must be at most ${MAX_QUESTION_LENGTH} characters`)).min(1, 'needs at least one question'),
			)
			.default({}),
	})
	.strict();

export type AskedAsFile = z.output<typeof AskedAsSchema>;
