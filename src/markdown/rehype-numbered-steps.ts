import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Gives each item of a plain numbered list (one not written as `:::steps`) an anchor made from its
 * section's anchor and its number: step 2 under `## Report an account {#report-an-account}` is
 * `#report-an-account-step-2`. A practitioner can then send one step of a platform's reporting
 * steps. These lists have no bold first sentence to name a step by, so the number names it; the
 * section's pinned anchor keeps the address stable while the words change. A second list in the
 * same section counts on from the first (`-step-4` after three), so no two items share an anchor.
 *
 * Runs after rehype-slug (every heading has its id) and before rehype-heading-links (which gives
 * each anchored step its copy link). Nested lists keep no anchor: their numbers restart inside a
 * step, and the step's own anchor is the one worth sending.
 */
export default function rehypeNumberedSteps() {
	return (tree: Root) => {
		let section: { id: string; text: string } | undefined;
		const counted = new Map<string, number>();
		visit(tree, 'element', (node: Element, _index, parent) => {
			if (SECTION_HEADINGS.has(node.tagName) && typeof node.properties.id === 'string') {
				section = { id: node.properties.id, text: toString(node).trim() };
				return;
			}
			if (node.tagName !== 'ol' || isStepsList(node) || (parent?.type === 'element' && parent.tagName === 'li')) return;
			const prefix = section?.id ?? 'list';
			const start = typeof node.properties.start === 'number' ? node.properties.start : 1;
			const before = counted.get(prefix) ?? 0;
			let number = Math.max(start, before + 1);
			for (const item of node.children) {
				if (item.type !== 'element' || item.tagName !== 'li' || item.properties.id !== undefined) continue;
				item.properties.id = `${prefix}-step-${number}`;
				item.properties.dataStepLabel = section ? `step ${number} of ${section.text}` : `step ${number}`;
				counted.set(prefix, number);
				number += 1;
			}
		});
	};
}

function isStepsList(list: Element): boolean {
	const className = list.properties.className;
	return Array.isArray(className) && className.includes('steps');
}
