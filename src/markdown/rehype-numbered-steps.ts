import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { walk } from './walk';

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Gives each item of a plain numbered list (one not written as `:::steps`) an anchor made from its
 * section's anchor and its number: step 2 under `## Report an account {#report-an-account}` is
 * `#report-an-account-step-2`. A practitioner can then send one step of a platform's reporting
 * steps. These lists have no bold first sentence to name a step by, so the number names it; the
 * section's pinned anchor keeps the address stable while the words change. A second list in the
 * same section must count on from the first (written `4.` after three steps), so no two items
 * share an anchor and each anchor's number is the one the reader sees; one that starts again at 1
 * fails the build, naming the section (give it a heading of its own, or number it on).
 *
 * Runs after rehype-slug (every heading has its id) and before rehype-heading-links (which gives
 * each anchored step its copy link). Nested lists keep no anchor: their numbers restart inside a
 * step, and the step's own anchor is the one worth sending.
 */
export default function rehypeNumberedSteps() {
	return (tree: Root, file: VFile) => {
		let section: { id: string; text: string } | undefined;
		const counted = new Map<string, number>();
		walk(tree, 'element', (node: Element, _index, parent) => {
			if (SECTION_HEADINGS.has(node.tagName) && typeof node.properties.id === 'string') {
				section = { id: node.properties.id, text: toString(node).trim() };
				return;
			}
			if (node.tagName !== 'ol' || isStepsList(node) || (parent?.type === 'element' && parent.tagName === 'li')) return;
			const prefix = section?.id ?? 'list';
			const start = typeof node.properties.start === 'number' ? node.properties.start : 1;
			const before = counted.get(prefix) ?? 0;
			if (start <= before) {
				const where = section ? `under "${section.text}"` : 'before the first heading';
				file.fail(
					`A second numbered list ${where} starts again at ${start}, but that section's steps are already linked up to step ${before}: its links would not match the numbers the reader sees. Give the list a heading of its own (## or ###), or number it on from ${before + 1}.`,
					node,
				);
			}
			let number = start;
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
