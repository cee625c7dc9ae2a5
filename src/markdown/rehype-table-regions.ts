import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from './walk';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Wraps every table in a region that scrolls sideways on a narrow screen, so a wide table never
 * pushes the page wider than the phone. The region is focusable (a keyboard user can scroll it with
 * the arrow keys) and named after the table's caption or, failing that, the heading before it, so
 * a screen reader says what it holds.
 */
export default function rehypeTableRegions() {
	return (tree: Root) => {
		const tables: { table: Element; parent: Root | Element; label: string }[] = [];
		let lastHeading = '';
		walk(tree, 'element', (node: Element, _index, parent) => {
			if (HEADINGS.has(node.tagName)) lastHeading = toString(node).trim();
			if (node.tagName !== 'table' || !parent) return;
			const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
			const name = (caption ? toString(caption).trim() : '') || lastHeading;
			tables.push({ table: node, parent, label: name ? `Table: ${name}` : 'Table' });
		});
		for (const { table, parent, label } of tables) {
			const index = parent.children.indexOf(table as ElementContent);
			const region: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-scroll'], role: 'region', ariaLabel: label, tabIndex: 0, dataTableRegion: '' },
				children: [table],
			};
			parent.children.splice(index, 1, region);
		}
	};
}
