// Adds hName and hProperties to mdast node data: how a remark plugin shapes the HTML.
import type {} from 'mdast-util-to-hast';
import GithubSlugger from 'github-slugger';
import type { List, Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { walk } from './walk';
import type { VFile } from 'vfile';

/**
 * `:::steps` around a numbered list → numbered steps, each with an anchor made from its bold first
 * sentence (`1. **Report the account.** …` → `#step-report-the-account`), so a practitioner can
 * link to one step. When a step's words change, its published anchor can be kept by writing it
 * straight after the bold sentence: `3. **Tell the DSL now.** {#step-tell-the-dsl-today} …`.
 */
export default function remarkSteps() {
	return (tree: Root, file: VFile) => {
		const slugger = new GithubSlugger();
		walk(tree, 'containerDirective', (node: ContainerDirective) => {
			if (node.name !== 'steps') return;
			const lists = node.children.filter((child): child is List => child.type === 'list');
			if (lists.length !== 1 || node.children.length !== 1 || !lists[0].ordered) {
				file.fail('A :::steps block must contain one numbered list (1. 2. 3.) and nothing else', node);
			}
			const list = lists[0];
			list.data = { hProperties: { className: ['steps'] } };
			list.children.forEach((item, index) => {
				const paragraph = item.children[0];
				const lead = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
				if (lead?.type !== 'strong') {
					file.fail(
						`Step ${index + 1} must start with a short bold sentence, e.g. "${index + 1}. **Report the account.** …"; it becomes the step's anchor`,
						item,
					);
				}
				const id = (paragraph?.type === 'paragraph' ? pinnedAnchor(paragraph) : undefined) ?? `step-${slugger.slug(toString(lead).replace(/[.:]+$/, ''))}`;
				item.data = { hProperties: { id, className: ['step'] } };
			});
			node.data = { hName: 'div', hProperties: { className: ['steps-block'] } };
		});
	};
}

const PINNED = /^\s*\{#(step-[a-z0-9-]+)\}\s*/;

/** The anchor pinned after a step's bold sentence, removed from the text; undefined when none is. */
function pinnedAnchor(paragraph: Paragraph): string | undefined {
	const next = paragraph.children[1];
	if (next?.type !== 'text') return undefined;
	const match = next.value.match(PINNED);
	if (!match) return undefined;
	next.value = ` ${next.value.slice(match[0].length)}`;
	return match[1];
}
