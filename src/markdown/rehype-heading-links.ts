import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, walk } from './walk';

const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Gives every section heading, every step (numbered in `:::steps` or in a plain list) and every
 * callout box with an `{#id}` a link to itself, so its address can be copied and
 * sent. Without JavaScript it is an ordinary link; with it, a click copies the full address.
 * Headings are wrapped (heading + link) rather than given the link inside, so the heading's own
 * text, which the contents list and search use, stays clean.
 */
export default function rehypeHeadingLinks() {
	return (tree: Root) => {
		walk(tree, 'element', (node: Element, index, parent) => {
			const id = node.properties.id;
			if (typeof id !== 'string' || !parent || index === undefined) return;
			if (LINKED_HEADINGS.has(node.tagName)) {
				parent.children.splice(index, 1, linkedHeading(node, id));
				return [SKIP, index + 1];
			}
			if (node.tagName === 'div' && isCallout(node)) {
				// A box with an {#id} (./remark-callouts.ts): its title, a paragraph, carries the copy link.
				const title = node.children.find((child): child is Element => child.type === 'element');
				if (title) title.children.push({ type: 'text', value: ' ' }, selfLink(id, `Copy link to box: ${toString(title).trim()}`));
			} else if (node.tagName === 'li' && String(node.properties.className ?? '').includes('step')) {
				node.children.push(selfLink(id, `Copy link to step: ${toString(firstStrong(node) ?? node).trim()}`));
			} else if (node.tagName === 'li' && typeof node.properties.dataStepLabel === 'string') {
				// A plain numbered list's item (./rehype-numbered-steps.ts): named by its number and section.
				node.children.push(selfLink(id, `Copy link to ${node.properties.dataStepLabel}`));
			}
			return undefined;
		});
	};
}

/** A heading with its copy link beside it, in a wrapper (also used for the act-now box's heading: ./rehype-act-now-box.ts). */
export function linkedHeading(heading: Element, id: string): Element {
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['heading-wrapper', `heading-wrapper--${heading.tagName}`] },
		children: [heading, selfLink(id, `Copy link to section: ${toString(heading).trim()}`)],
	};
}

/** A callout box made by ./remark-callouts.ts. */
export function isCallout(node: Element): boolean {
	return typeof (node.properties.dataCallout ?? node.properties['data-callout']) === 'string';
}

function firstStrong(item: Element): Element | undefined {
	let found: Element | undefined;
	walk(item, 'element', (node: Element) => {
		if (!found && node.tagName === 'strong') found = node;
	});
	return found;
}

function selfLink(id: string, label: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['self-link'], href: `#${id}`, dataCopyLink: '' },
		children: [
			{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
			{ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: label }] },
		],
	};
}
