// Adds hName and hProperties to mdast node data: how a remark plugin shapes the HTML.
import type {} from 'mdast-util-to-hast';
import GithubSlugger from 'github-slugger';
import type { List, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * `:::steps` around a numbered list → numbered steps, each with an anchor made from its bold first
 * sentence (`1. **Report the account.** …` → `#step-report-the-account`), so a practitioner can
 * link to one step.
 */
export default function remarkSteps() {
	return (tree: Root, file: VFile) => {
		const slugger = new GithubSlugger();
		visit(tree, 'containerDirective', (node: ContainerDirective) => {
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
				const id = `step-${slugger.slug(toString(lead).replace(/[.:]+$/, ''))}`;
				item.data = { hProperties: { id, className: ['step'] } };
			});
			node.data = { hName: 'div', hProperties: { className: ['steps-block'] } };
		});
	};
}
