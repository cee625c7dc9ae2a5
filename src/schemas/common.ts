import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD (YAML may already have turned it into a Date). */
export const IsoDateSchema = z
	.union([z.date(), z.string()])
	.transform((value, ctx) => {
		const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
			ctx.addIssue({ code: 'custom', message: `"${text}" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-20` });
			return z.NEVER;
		}
		return text;
	});

/** A path to a page on this site, e.g. /guides/impersonation/ (anchors allowed). */
export const SitePathSchema = z
	.string()
	.regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, {
		message: 'must be a path on this site in lower case with a trailing slash, e.g. /guides/impersonation/',
	});

/** A public web address. */
export const WebUrlSchema = z.url({
	protocol: /^https$/,
	error: 'must be a full https:// web address',
});

/**
 * Words people search with for one section of a page, by the section's anchor (its heading's id):
 * `evidence: [what to screenshot, proof for the police]`. Search indexes them as words of that
 * section's text (never shown). The build fails if an anchor is not a section of the page.
 */
export const SectionAkaSchema = z
	.record(z.string(), z.array(z.string().trim().min(2, 'each term needs at least 2 characters')).min(1, 'needs at least one term'))
	.superRefine((sections, ctx) => {
		for (const anchor of Object.keys(sections)) {
			if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(anchor)) {
				ctx.addIssue({ code: 'custom', path: [anchor], message: `"${anchor}" must be a section's anchor: lower-case letters, digits and hyphens, without the "#"` });
			}
		}
	})
	.default({});

/** Fields every guidance page has, whatever its kind. */
export const pageFields = {
	/** The page's heading and title. Sentence case, at most 70 characters. */
	title: z.string().trim().min(3, 'is too short').max(70, 'must be at most 70 characters'),
	/** One sentence (at most 200 characters) saying what the page helps the reader do. */
	summary: z.string().trim().min(20, 'is too short: write one full sentence').max(200, 'must be at most 200 characters'),
	/** Words people search with that are not in the title ("fake account", "tik tok"). */
	aka: z.array(z.string().trim().min(2)).default([]),
	/** Words people search with for one section, by its anchor (see SectionAkaSchema). */
	sectionAka: SectionAkaSchema,
	/** The date someone last checked the whole page, as YYYY-MM-DD. */
	lastReviewed: IsoDateSchema,
	/** Other pages on this site worth reading next, as paths (/guides/impersonation/). */
	related: z.array(SitePathSchema).default([]),
	/** Public pages the facts come from. */
	sources: z.array(z.object({ title: z.string().trim().min(3), url: WebUrlSchema })).default([]),
	/** Old URLs of this page. Each keeps working as a redirect to this page. */
	formerUrls: z.array(SitePathSchema).default([]),
};
