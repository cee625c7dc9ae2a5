import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const SNIPPETS_DIR = fileURLToPath(new URL('../../content/snippets/', import.meta.url));

/** The snippets an author can include: every file in content/snippets/, by name without `.md`. */
export function snippetNames(): string[] {
	return readdirSync(SNIPPETS_DIR)
		.filter((name) => name.endsWith('.md'))
		.map((name) => name.slice(0, -3))
		.sort();
}

const parser = unified().use(remarkParse).use(remarkDirective);

/** A snippet's Markdown, parsed but not yet through the site's plugins (they run on the page). */
function parseSnippet(name: string): RootContent[] {
	const tree = parser.parse(readFileSync(`${SNIPPETS_DIR}${name}.md`, 'utf8')) as Root;
	// Positions would point into the snippet file, not the page: a later error names the page line.
	visit(tree, (node) => void delete node.position);
	return tree.children;
}

/**
 * `::snippet[never-capture]` → the Markdown of content/snippets/never-capture.md, in place. Words
 * that must be the same on every page (the rule about sexual images of children, what to do when
 * the helpline is closed) live in one file, so no page can leave part of them out. Runs before the
 * other plugins, so a snippet may use callouts, services and nations. A snippet cannot include
 * another snippet.
 */
export default function remarkSnippets() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
			if (node.name !== 'snippet' || !parent || index === undefined) return;
			const name = toString(node).trim();
			const names = snippetNames();
			if (!names.includes(name)) {
				return file.fail(`Unknown snippet "${name}" in ::snippet[${name}]. Allowed: ${names.join(', ')} (the files in content/snippets/)`, node);
			}
			const children = parseSnippet(name);
			let nested = false;
			for (const child of children) visit(child, 'leafDirective', (inner: LeafDirective) => void (nested ||= inner.name === 'snippet'));
			if (nested) return file.fail(`content/snippets/${name}.md includes another snippet: a snippet cannot include a snippet`, node);
			parent.children.splice(index, 1, ...(children as typeof parent.children));
			return [SKIP, index + children.length];
		});
	};
}
