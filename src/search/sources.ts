import { readContent } from '../checks/read-content';
import { renderMarkdown } from '../markdown/render';
import { KIND_LABELS as OUTCOME_KIND_LABELS } from '../wizard/kind-labels';
import { readFlow } from '../wizard/read-flow';
import type { SearchPage } from './document';
import { extraDocuments } from './extra-documents';
import type { SplitPage } from './sections';

const KIND_LABELS = { guides: 'Guide', platforms: 'Platform' } as const;

/**
 * Every page search covers: each guide and platform page and each of the wizard's outcomes (at its
 * short address, /report/outcome/<id>/), rendered through the site's own Markdown pipeline so
 * anchors match the built pages exactly, then the extra documents.
 */
export async function collectSearchPages(root: string): Promise<SearchPage[]> {
	// The same render as the content check's (src/markdown/render.ts): each page is rendered once a build.
	const split = async (file: string, body: string, frontmatter: Record<string, unknown>): Promise<SplitPage> => {
		try {
			return (await renderMarkdown(body, frontmatter)).split;
		} catch (error) {
			throw new Error(`${file}: search could not read the rendered page: ${(error as Error).message}`);
		}
	};

	const pages: SearchPage[] = [];
	for (const file of readContent(root)) {
		const { intro, sections } = await split(file.file, file.body, file.frontmatter);
		const frontmatter = file.frontmatter as { title: string; summary: string; aka?: string[]; platform?: string };
		pages.push({
			url: `/${file.kind}/${file.slug}/`,
			title: frontmatter.title,
			kind: KIND_LABELS[file.kind],
			summary: frontmatter.summary.trim(),
			aka: [...(frontmatter.platform ? [frontmatter.platform] : []), ...(frontmatter.aka ?? [])],
			intro,
			sections,
		});
	}

	const { flow, outcomeBodies, problems } = readFlow(root);
	if (!flow) throw new Error(`Search could not read the wizard's content:\n  ${problems.join('\n  ')}`);
	for (const outcome of flow.outcomes) {
		const { intro, sections } = await split(outcome.file, outcomeBodies.get(outcome.id) ?? '', {});
		pages.push({
			url: `/report/outcome/${outcome.id}/`,
			title: outcome.title,
			kind: OUTCOME_KIND_LABELS[outcome.kind],
			summary: outcome.summary,
			aka: outcome.aka,
			intro,
			sections,
		});
	}
	return [...pages, ...extraDocuments()];
}
