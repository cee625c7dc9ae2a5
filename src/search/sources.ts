import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { readContent } from '../checks/read-content';
import { rehypePlugins, remarkPlugins } from '../markdown/plugins';
import type { SearchPage } from './document';
import { extraDocuments } from './extra-documents';
import { type SplitPage, splitSections } from './sections';

const KIND_LABELS = { guides: 'Guide', platforms: 'Platform' } as const;

/**
 * Every page search covers: each guide and platform page, rendered through the site's own Markdown
 * pipeline so anchors match the built pages exactly, then the extra documents.
 */
export async function collectSearchPages(root: string): Promise<SearchPage[]> {
	let captured: SplitPage | undefined;
	const captureSections = () => (tree: Root) => {
		captured = splitSections(tree);
	};
	const processor = await createMarkdownProcessor({
		remarkPlugins,
		rehypePlugins: [...rehypePlugins, captureSections],
	});

	const pages: SearchPage[] = [];
	for (const file of readContent(root)) {
		captured = undefined;
		await processor.render(file.body, { frontmatter: file.frontmatter });
		if (!captured) throw new Error(`${file.file}: search could not read the rendered page`);
		const { intro, sections } = captured;
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
	return [...pages, ...extraDocuments()];
}
