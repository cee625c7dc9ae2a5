import { z } from 'astro/zod';
import { AudienceSchema } from './audience';
import { CategorySchema } from './categories';
import { pageFields } from './common';

/** Frontmatter of a guidance article, content/guides/<slug>.md. */
export const GuideSchema = z
	.object({
		...pageFields,
		/** The helpline's categories this guide covers; the first is its main one. */
		categories: z.array(CategorySchema).min(1, 'needs at least one category'),
		/** Who the guide is written for. */
		audience: z.array(AudienceSchema).min(1, 'needs at least one audience'),
		/** Slugs of the platforms this guide concerns (see content/platforms/). */
		platforms: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be a platform slug such as tiktok')).default([]),
	})
	.strict();

export type Guide = z.output<typeof GuideSchema>;
