import { z } from 'astro/zod';
import { IsoDateSchema, pageFields, WebUrlSchema } from './common';

/** Frontmatter of a platform reporting guide, content/platforms/<slug>.md. */
export const PlatformSchema = z
	.object({
		...pageFields,
		/** The platform's name as its users write it (TikTok, X). */
		platform: z.string().trim().min(1),
		/** The platform's own minimum age, in years. */
		minimumAge: z.number().int().min(0).max(21),
		/** The platform's own help and reporting pages. */
		reportingLinks: z
			.array(
				z.object({
					label: z.string().trim().min(3),
					url: WebUrlSchema,
					/** The date someone last opened the link and checked it still works. */
					lastChecked: IsoDateSchema,
				}),
			)
			.min(1, 'needs at least one of the platform’s own reporting links'),
	})
	.strict();

export type Platform = z.output<typeof PlatformSchema>;

/**
 * The sections every platform page has, in this order, with these anchors, so a reader who knows
 * one page knows them all and the wizard can link straight to a section.
 */
export const PLATFORM_SECTIONS = [
	'in-short',
	'report-a-post',
	'report-a-comment',
	'report-an-account',
	'report-impersonation',
	'report-a-message',
	'block-and-limit',
	'what-happens-next',
	'age-rules',
	'when-to-contact-the-helpline',
] as const;

export type PlatformSection = (typeof PLATFORM_SECTIONS)[number];
