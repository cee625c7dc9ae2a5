import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../markdown/plugins';

/** A place in a page that can be linked to: a section heading (h2, h3) or a numbered step. */
export interface LinkAnchor {
	kind: 'section' | 'step';
	id: string;
	/** The heading, or the step's bold first sentence. */
	text: string;
}

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * Every section and numbered step of a Markdown body, in page order, with the anchors the built
 * page has: rendered through the site's own Markdown pipeline, never worked out a second way.
 */
export async function linkAnchors(body: string): Promise<LinkAnchor[]> {
	processor ??= createMarkdownProcessor({ remarkPlugins, rehypePlugins: [...rehypePlugins, rehypeCaptureAnchors] });
	const { metadata } = await (await processor).render(body, { frontmatter: {} });
	return (metadata.frontmatter.linkAnchors as LinkAnchor[] | undefined) ?? [];
}

/** Stores the anchors on the file's frontmatter data, which the renderer hands back with its result. */
function rehypeCaptureAnchors() {
	return (tree: Root, file: VFile) => {
		const anchors: LinkAnchor[] = [];
		visit(tree, 'element', (node: Element) => {
			const id = node.properties.id;
			if (typeof id !== 'string') return;
			if (node.tagName === 'h2' || node.tagName === 'h3') anchors.push({ kind: 'section', id, text: clean(toString(node)) });
			else if (node.tagName === 'li' && [node.properties.className ?? []].flat().map(String).includes('step')) {
				let lead: Element | undefined;
				visit(node, 'element', (child: Element) => {
					if (!lead && child.tagName === 'strong') lead = child;
				});
				anchors.push({ kind: 'step', id, text: clean(toString(lead ?? node)).replace(/[.:]+$/, '') });
			}
		});
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		data.astro.frontmatter.linkAnchors = anchors;
	};
}

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
