import type { ContentFile } from './read-content';

/**
 * References between pages that a schema cannot see: a guide's platforms and related pages must
 * exist, and an old URL kept as a redirect must not be a live page or claimed by two pages.
 */
export function checkCrossReferences(files: readonly ContentFile[]): string[] {
	const problems: string[] = [];
	const platformSlugs = new Set(files.filter((f) => f.kind === 'platforms').map((f) => f.slug));
	const livePaths = new Set(files.map(pagePath));
	const claimedBy = new Map<string, string>();

	for (const entry of files) {
		const platforms = (entry.frontmatter.platforms as unknown[] | undefined) ?? [];
		for (const platform of platforms) {
			if (typeof platform === 'string' && !platformSlugs.has(platform)) {
				problems.push(
					`${entry.file}: field "platforms": "${platform}" has no page in content/platforms/. Allowed: ${[...platformSlugs].join(', ')}`,
				);
			}
		}
		const related = (entry.frontmatter.related as unknown[] | undefined) ?? [];
		for (const path of related) {
			if (typeof path === 'string' && !livePaths.has(path.split('#')[0])) {
				problems.push(`${entry.file}: field "related": ${path} is not a page on this site. Use a path such as /guides/impersonation/`);
			}
		}
		const formerUrls = (entry.frontmatter.formerUrls as unknown[] | undefined) ?? [];
		for (const url of formerUrls) {
			if (typeof url !== 'string') continue;
			if (livePaths.has(url)) {
				problems.push(`${entry.file}: field "formerUrls": ${url} is a live page, so it cannot also redirect here`);
			}
			const other = claimedBy.get(url);
			if (other) problems.push(`${entry.file}: field "formerUrls": ${url} already redirects to ${other}`);
			claimedBy.set(url, pagePath(entry));
		}
	}
	return problems;
}

export function pagePath(entry: Pick<ContentFile, 'kind' | 'slug'>): string {
	return `/${entry.kind}/${entry.slug}/`;
}

/** Old URL → new URL, for every former URL declared in the content. */
export function redirectsFrom(files: readonly ContentFile[]): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const entry of files) {
		for (const url of (entry.frontmatter.formerUrls as string[] | undefined) ?? []) redirects[url] = pagePath(entry);
	}
	return redirects;
}
