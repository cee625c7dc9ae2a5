import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** One part of a page that search can link to. */
export interface SearchSection {
	/** The heading's id, the anchor a result links to. */
	anchor: string;
	heading: string;
	/** Words people search with for this section (the page's frontmatter `sectionAka`). */
	aka?: string[];
	/** Questions people asked that this section answers (search-only: src/search/asked-as.ts). */
	asked?: string[];
	/** Questions that count for this section alone, never for its page, whatever `AskedOptions.level` says (experiments: scripts/asked-as.ts, `written`). */
	askedHere?: string[];
	/** The section's words, one line per paragraph or list item. */
	text: string;
	/**
	 * What a result shows for a section with no words of its own ("How serious is it?" straight
	 * above "### Low level"): its first subsection's words, led by that subsection's heading, as a
	 * reader who follows the link sees them. Shown only: not searched as this section's.
	 */
	shown?: string;
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
	const sections: { anchor: string; heading: string; level: number; lines: string[] }[] = [];
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
				sections.push({ anchor: id, heading: toString(node).replace(/\s+/g, ' ').trim(), level: Number(node.tagName[1]), lines: [] });
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
		sections: sections.map(({ anchor, heading, level, lines }, index) => {
			const section: SearchSection = { anchor, heading, text: lines.join('\n') };
			const next = sections[index + 1];
			if (lines.length === 0 && next && next.level > level && next.lines.length > 0) {
				section.shown = [`${next.heading}: ${next.lines[0]}`, ...next.lines.slice(1)].join('\n');
			}
			return section;
		}),
	};
}

function isCopyLink(node: Element): boolean {
	const className = node.properties.className;
	return node.tagName === 'a' && Array.isArray(className) && className.includes('self-link');
}
