import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** One part of a page that search can link to. */
export interface SearchSection {
	/** The heading's id, the anchor a result links to. */
	anchor: string;
	heading: string;
	/** Words people search with for this section (the page's frontmatter `sectionAka`). */
	aka?: string[];
	/** The section's words, one line per paragraph or list item. */
	text: string;
}

/** A page split at its h2 and h3 headings. */
export interface SplitPage {
	/** Words before the first heading. */
	intro: string;
	sections: SearchSection[];
}

const RESULT_HEADINGS = new Set(['h2', 'h3']);
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'blockquote', 'h4', 'h5', 'h6', 'figcaption', 'pre']);

/**
 * Splits a rendered page (HTML as a hast tree, after the site's own rehype plugins) into sections,
 * one for each h2 and h3 with an id. Text under an h4 belongs to the section above it. The
 * "copy link" controls that rehype-heading-links adds are left out: they are not content.
 */
export function splitSections(tree: Root): SplitPage {
	const intro: string[] = [];
	const sections: { anchor: string; heading: string; lines: string[] }[] = [];
	let line = '';

	const endLine = () => {
		const text = line.replace(/\s+/g, ' ').trim();
		if (text) (sections.at(-1)?.lines ?? intro).push(text);
		line = '';
	};

	const walk = (node: Root | RootContent | ElementContent) => {
		if (node.type === 'text') {
			line += node.value;
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		if (node.type === 'element') {
			if (isCopyLink(node)) return;
			const id = node.properties.id;
			if (RESULT_HEADINGS.has(node.tagName) && typeof id === 'string') {
				endLine();
				sections.push({ anchor: id, heading: toString(node).replace(/\s+/g, ' ').trim(), lines: [] });
				return;
			}
		}
		const block = node.type === 'element' && BLOCKS.has(node.tagName);
		if (block) endLine();
		for (const child of node.children) walk(child);
		if (block) endLine();
		else if (node.type === 'element' && node.tagName === 'br') line += ' ';
	};

	walk(tree);
	endLine();
	return {
		intro: intro.join('\n'),
		sections: sections.map(({ anchor, heading, lines }) => ({ anchor, heading, text: lines.join('\n') })),
	};
}

function isCopyLink(node: Element): boolean {
	const className = node.properties.className;
	return node.tagName === 'a' && Array.isArray(className) && className.includes('self-link');
}
