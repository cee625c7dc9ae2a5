import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP as VISIT_SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, walk } from '../../src/markdown/walk';

const MARKDOWN = `# Title

Some *words* and a [link](/x/).

- one **two**
- three

> quoted \`code\`

## Second

Last paragraph.`;

type Node = { type: string; value?: string; children?: Node[] };
const tree = () => unified().use(remarkParse).parse(MARKDOWN) as Node;
const label = (node: Node) => node.type + (node.value ? `:${node.value}` : '');

/** Runs the same visitor through unist-util-visit and through walk, on fresh copies of one tree. */
function both(test: string | string[] | undefined, visitor: (seen: string[]) => (node: Node, index: number | undefined, parent: Node | undefined) => unknown) {
	const run = (go: (tree: Node, seen: string[]) => void) => {
		const seen: string[] = [];
		const t = tree();
		go(t, seen);
		return { seen, tree: JSON.stringify(t) };
	};
	/* eslint-disable @typescript-eslint/no-explicit-any */
	const byVisit = run((t, seen) => (test === undefined ? visit(t as any, visitor(seen) as any) : visit(t as any, test as any, visitor(seen) as any)));
	const byWalk = run((t, seen) => (test === undefined ? walk(t, visitor(seen) as any) : walk(t, test, visitor(seen) as any)));
	return { byVisit, byWalk };
}

describe('walk (the Markdown plugins’ tree walk)', () => {
	it('visits every node in the same order as unist-util-visit, with the same index and parent', () => {
		const { byVisit, byWalk } = both(undefined, (seen) => (node, index, parent) => void seen.push(`${label(node)}@${index}<${parent?.type}`));
		expect(byWalk.seen).toEqual(byVisit.seen);
		expect(byWalk.seen.length).toBeGreaterThan(20);
	});

	it('visits only the nodes a type or list of types names', () => {
		for (const test of ['text', ['heading', 'listItem']]) {
			const { byVisit, byWalk } = both(test, (seen) => (node) => void seen.push(label(node)));
			expect(byWalk.seen).toEqual(byVisit.seen);
		}
	});

	it('skips a node’s children on SKIP, and goes on from the index a visitor returns after replacing a node', () => {
		const { byVisit, byWalk } = both(undefined, (seen) => (node, index, parent) => {
			seen.push(label(node));
			if (node.type === 'listItem') return VISIT_SKIP;
			if (node.type === 'emphasis' && parent?.children && index !== undefined) {
				parent.children.splice(index, 1, { type: 'text', value: 'a' }, { type: 'text', value: 'b' });
				return [VISIT_SKIP, index + 2];
			}
			return undefined;
		});
		expect(SKIP).toBe(VISIT_SKIP);
		expect(byWalk).toEqual(byVisit);
		expect(byWalk.seen).not.toContain('text:one ');
	});

	it('visits children a visitor gives a node, and stops everything on EXIT', () => {
		const { byVisit, byWalk } = both(undefined, (seen) => (node) => {
			seen.push(label(node));
			if (node.type === 'blockquote') node.children = [{ type: 'paragraph', children: [{ type: 'text', value: 'new' }] }];
			if (node.type === 'heading' && seen.includes('text:new')) return EXIT;
			return undefined;
		});
		expect(byWalk).toEqual(byVisit);
		expect(byWalk.seen).toContain('text:new');
		expect(byWalk.seen).not.toContain('text:Last paragraph.');
	});

	it('goes on after a visitor’s own walk of a subtree stops on EXIT', () => {
		const seen: string[] = [];
		walk(tree(), 'listItem', (item: Node) => {
			walk(item, (child: Node) => {
				seen.push(label(child));
				return child.type === 'text' ? EXIT : undefined;
			});
		});
		// Each list item's own walk stops at its first text; the outer walk still reaches the second item.
		expect(seen).toEqual(['listItem', 'paragraph', 'text:one ', 'listItem', 'paragraph', 'text:three']);
	});
});
