import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from './walk';

/**
 * rehype-slug, walked with ./walk.ts: each heading (h1 to h6) without an id gets one from its text,
 * GitHub's way, a repeated text numbered ("steps", "steps-1"). rehype-slug does exactly this through
 * unist-util-visit, whose closure and copy of the ancestors for every node of every page cost more
 * than the work (./walk.ts says why). tests/unit/rehype-slug.test.ts holds it to rehype-slug's ids
 * on every content file.
 */
export default function rehypeSlug() {
	return (tree: Root) => {
		const slugs = new GithubSlugger();
		walk(tree, 'element', (node: Element) => {
			if (isHeading(node.tagName) && !node.properties.id) node.properties.id = slugs.slug(toString(node));
		});
	};
}

/** h1 to h6, as hast-util-heading-rank reads them. */
function isHeading(tagName: string): boolean {
	return tagName.length === 2 && tagName[0] === 'h' && tagName[1] >= '1' && tagName[1] <= '6';
}
