// Adds hName and hProperties to mdast node data: how a remark plugin shapes the HTML.
import type {} from 'mdast-util-to-hast';
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { VALID_ID } from './remark-heading-ids';
import { walk } from './walk';

/** The callouts authors can use, with the title shown when the author gives none. */
export const CALLOUTS = {
	safeguarding: 'Act now if a child may be at risk',
	warning: 'Warning',
	tip: 'Tip',
} as const;

/**
 * `:::safeguarding[Optional title]`, `:::warning`, `:::tip` → a boxed callout with a title.
 * The title is a strong paragraph, not a heading, so callouts never change the page's outline.
 *
 * `:::safeguarding[Title]{#hidden-camera}` gives the box an anchor, so helpline staff can send a
 * link to it (`…/#hidden-camera`); rehype-heading-links gives its title a copy link, as a
 * section's. The build fails on an anchor used twice on a page, or the same as a heading's
 * (src/checks/check-built-site.ts).
 */
export default function remarkCallouts() {
	return (tree: Root, file: VFile) => {
		walk(tree, 'containerDirective', (node: ContainerDirective) => {
			if (!(node.name in CALLOUTS)) return;
			const kind = node.name as keyof typeof CALLOUTS;
			const first = node.children[0];
			const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
			const title: Paragraph = hasLabel
				? (first as Paragraph)
				: { type: 'paragraph', children: [{ type: 'text', value: CALLOUTS[kind] }] };
			title.data = { hName: 'p', hProperties: { className: ['callout__title'] } };
			node.children = [title, ...(hasLabel ? node.children.slice(1) : node.children)];
			const id = node.attributes?.id ?? undefined;
			if (id !== undefined && !VALID_ID.test(id)) {
				file.fail(
					`Box anchor {#${id}} is not allowed: use lower-case letters, digits and hyphens, starting with a letter (e.g. :::${kind}[Title]{#hidden-camera})`,
					node,
				);
			}
			node.data = {
				hName: 'div',
				hProperties: { className: ['callout', `callout--${kind}`], 'data-callout': kind, ...(id ? { id } : {}) },
			};
		});
	};
}
