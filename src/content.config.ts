import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideSchema } from './schemas/guide';
import { PlatformSchema } from './schemas/platform';

/**
 * Guidance lives as Markdown in the top-level content/ folder; the file name is the URL slug.
 * The site's facts (content/data/*.json) are validated by the modules in src/data/.
 * Frontmatter is also checked before the build by src/integrations/content-guard.ts, which
 * gives editors a message naming the file, the field and what is allowed.
 */
export const collections = {
	guides: defineCollection({
		loader: glob({ base: './content/guides', pattern: '*.md' }),
		schema: GuideSchema,
	}),
	platforms: defineCollection({
		loader: glob({ base: './content/platforms', pattern: '*.md' }),
		schema: PlatformSchema,
	}),
};

