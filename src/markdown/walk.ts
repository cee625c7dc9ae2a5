import { EXIT, SKIP } from 'unist-util-visit';

/**
 * `visit` from unist-util-visit, for the site's own plugins: the same order (depth first, a node
 * before its children), the same test (a node type or a list of them) and the same answers from the
 * visitor (SKIP, EXIT, the index to go on from, or both as [action, index]), at a fraction of its
 * cost. unist-util-visit makes a closure and a copy of the list of ancestors for every node it
 * passes, and each page's Markdown went through about ten such walks, one a plugin: that was more of
 * a page's render than the plugins' own work. Children are read afresh after the visitor returns and
 * at every step, as there, so a visitor may replace a node's children or splice its parent's.
 */

export { EXIT, SKIP };

// The unist node types stay loose here: each plugin narrows them by its test, as with `visit`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyNode = any;
type Action = typeof EXIT | typeof SKIP | boolean;
type Result = Action | number | [Action, number?] | void | undefined;
export type Visitor<N = AnyNode> = (node: N, index: number | undefined, parent: AnyNode | undefined) => Result;

export function walk<N = AnyNode>(tree: AnyNode, test: string | readonly string[] | Visitor<AnyNode>, visitor?: Visitor<N>): void {
	const matches = typeof test === 'function' ? () => true : typeof test === 'string' ? (node: AnyNode) => node.type === test : (node: AnyNode) => test.includes(node.type);
	// A visitor may walk a subtree itself (remark-snippets does): its walk's EXIT is its own.
	const outer = exited;
	exited = false;
	try {
		step(tree, undefined, undefined, matches, (typeof test === 'function' ? test : visitor) as Visitor);
	} finally {
		exited = outer;
	}
}

/**
 * Set when a visitor answers EXIT, so every step on the way back up stops at once. A flag rather
 * than an answer returned with each step's index: a pair a step, for every node of every walk, was
 * most of the walks' own cost.
 */
let exited = false;

/** Visits a node and its children; returns the index to go on from, if the visitor gave one. */
function step(node: AnyNode, index: number | undefined, parent: AnyNode | undefined, matches: (node: AnyNode) => boolean, visitor: Visitor): number | undefined {
	let action: Action | undefined;
	let next: number | undefined;
	if (matches(node)) {
		const result = visitor(node, index, parent);
		if (Array.isArray(result)) [action, next] = result;
		else if (typeof result === 'number') next = result;
		else if (result !== undefined && result !== null) action = result;
		if (action === EXIT) {
			exited = true;
			return next;
		}
	}
	if (node.children && action !== SKIP) {
		let offset = 0;
		while (offset > -1 && offset < node.children.length) {
			const childNext = step(node.children[offset], offset, node, matches, visitor);
			if (exited) return childNext;
			offset = typeof childNext === 'number' ? childNext : offset + 1;
		}
	}
	return next;
}
