import { GuideSchema } from '../schemas/guide';
import { formatIssues } from '../schemas/format-issues';
import { PlatformSchema } from '../schemas/platform';
import type { ContentFile } from './read-content';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Frontmatter that does not match its schema, as lines naming the file, the field and what is allowed. */
export function checkFrontmatter(files: readonly ContentFile[]): string[] {
	return files.flatMap((entry) => {
		const problems: string[] = [];
		if (!SLUG.test(entry.slug)) {
			problems.push(`${entry.file}: the file name becomes the URL; use lower-case words joined by hyphens, e.g. fake-accounts.md`);
		}
		const schema = entry.kind === 'guides' ? GuideSchema : PlatformSchema;
		const result = schema.safeParse(entry.frontmatter);
		if (!result.success) problems.push(...formatIssues(entry.file, result.error.issues, schema));
		return problems;
	});
}
