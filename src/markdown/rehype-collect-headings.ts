import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from './walk';

const TEXT_TYPES = new Set(['text', 'raw', 'mdxTextExpression']);
const CODE_TAGS = new Set(['code', 'pre']);

/**
 * Astro's heading step (`rehypeHeadingIds` from @astrojs/markdown-remark), walked with ./walk.ts:
 * gives each heading without an id one from its text and lists every heading (depth, id, text) in
 * the page's metadata, for the pages' tables of contents. Astro's walks with unist-util-visit, once
 * over the page and once more over each heading, whose cost per node was more than the step's work
 * (./walk.ts says why). Same answers: tests/unit/markdown-processor.test.ts compares every content
 * file's HTML and headings with Astro's own processor. An MDX file (the site has none) takes Astro's
 * step, which reads frontmatter expressions in headings.
 */
export default function rehypeCollectHeadings() {
	const astroStep = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
	return (tree: Root, file: VFile) => {
		if (file.history[0]?.endsWith('.mdx')) return astroStep(tree, file);
		const headings: { depth: number; slug: string; text: string }[] = [];
		const slugs = new GithubSlugger();
		walk(tree, 'element', (node: Element) => {
			if (node.tagName[0] !== 'h') return;
			const level = /h([0-6])/.exec(node.tagName)?.[1];
			if (!level) return;
			let text = '';
			walk(node, (child, _index, parent) => {
				if (child.type === 'element' || parent == null) return;
				// As Astro's: a raw node that is a single tag adds nothing; '{' is written '${' outside code.
				if (child.type === 'raw' && /^\n?<.*>\n?$/.test(child.value)) return;
				if (TEXT_TYPES.has(child.type) && 'value' in child) text += 'tagName' in parent && CODE_TAGS.has(parent.tagName) ? child.value : child.value.replace(/\{/g, '${');
			});
			node.properties = node.properties || {};
			if (typeof node.properties.id !== 'string') node.properties.id = slugs.slug(text);
			headings.push({ depth: Number.parseInt(level), slug: node.properties.id, text });
		});
		const data = file.data as { astro?: { headings?: unknown[] } };
		data.astro ??= {};
		data.astro.headings = headings;
	};
}
