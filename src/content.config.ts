import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { htmlApart } from './lib/rendered-html';
import { GuideSchema } from './schemas/guide';
import { PlatformSchema } from './schemas/platform';
import { WizardOutcomeSchema } from './schemas/wizard-outcome';
import { WizardQuestionSchema } from './schemas/wizard-question';
import { WizardSafetyActionSchema } from './schemas/wizard-safety-action';

/**
 * Guidance lives as Markdown in the top-level content/ folder; the file name is the URL slug.
 * The site's facts (content/data/*.json) are validated by the modules in src/data/.
 * Frontmatter is also checked before the build by src/integrations/content-guard.ts, which
 * gives editors a message naming the file, the field and what is allowed.
 */
export const collections = {
	guides: defineCollection({
		// Nothing reads a guide's Markdown after Astro has rendered it, so Astro's data store (which
		// every build writes whole and the pages parse back) does not keep it; each page's rendered
		// HTML is kept in a file of its own beside the store (src/lib/rendered-html.ts).
		loader: htmlApart(glob({ base: './content/guides', pattern: '*.md', retainBody: false })),
		schema: GuideSchema,
	}),
	platforms: defineCollection({
		// Nor a platform page's: the outcome pages that show its sections read them from its file
		// (src/wizard/render-platform-steps.ts).
		loader: htmlApart(glob({ base: './content/platforms', pattern: '*.md', retainBody: false })),
		schema: PlatformSchema,
	}),
	/** The reporting wizard's questions: one file each (docs/wizard.md). */
	wizardQuestions: defineCollection({
		loader: glob({ base: './content/wizard/questions', pattern: '*.md' }),
		schema: WizardQuestionSchema,
	}),
	/** The reporting wizard's outcomes: one file each, the words in the body (docs/wizard.md). */
	wizardOutcomes: defineCollection({
		loader: glob({ base: './content/wizard/outcomes', pattern: '*.md' }),
		schema: WizardOutcomeSchema,
	}),
	/** The words of each safety action, shown by every outcome that gives it (docs/wizard.md). */
	wizardSafetyActions: defineCollection({
		loader: glob({ base: './content/wizard/safety-actions', pattern: '*.md' }),
		schema: WizardSafetyActionSchema,
	}),
};

