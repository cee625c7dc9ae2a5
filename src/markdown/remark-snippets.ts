import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './markdown-it-parse';
import { SKIP, walk } from './walk';
import type { VFile } from 'vfile';

/**
 * content/snippets/, found beside this file's source; once the build has bundled this plugin into
 * dist/ (pages that render Markdown while they are built), found from the project folder instead.
 */
const NEXT_TO_SOURCE = fileURLToPath(new URL('../../content/snippets/', import.meta.url));
const SNIPPETS_DIR = existsSync(NEXT_TO_SOURCE) ? NEXT_TO_SOURCE : join(process.cwd(), 'content', 'snippets');

/** The snippets an author can include: every file in content/snippets/, by name without `.md`. */
export function snippetNames(): string[] {
	return readdirSync(SNIPPETS_DIR)
		.filter((name) => name.endsWith('.md'))
		.map((name) => name.slice(0, -3))
		.sort();
}

/** Each snippet parsed once per build, not once per page that includes it: its text and its tree. */
const parsed = new Map<string, { source: string; children: RootContent[] }>();

/**
 * A snippet's Markdown, parsed but not yet through the site's plugins (they run on the page): a
 * fresh copy each time, since the page's plugins change the tree. The file is read each time (so
 * an edit shows in `astro dev`); it is parsed again only when its text has changed.
 */
function parseSnippet(name: string): RootContent[] {
	const source = readFileSync(join(SNIPPETS_DIR, `${name}.md`), 'utf8');
	let cached = parsed.get(name);
	if (cached?.source !== source) {
		const { tree, problems } = parseMarkdown(source);
		if (problems.length) throw new Error(`content/snippets/${name}.md:${problems[0].line}: ${problems[0].message}`);
		// Positions would point into the snippet file, not the page: a later error names the page line.
		walk(tree, (node) => void delete node.position);
		cached = { source, children: tree.children };
		parsed.set(name, cached);
	}
	return structuredClone(cached.children);
}

const SNIPPET_NAME = /^[\w-]+$/;

/** Whether content/snippets/<name>.md exists, without listing the folder for every snippet on every page. */
function isSnippet(name: string): boolean {
	return SNIPPET_NAME.test(name) && existsSync(join(SNIPPETS_DIR, `${name}.md`));
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
		walk(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
			if (node.name !== 'snippet' || !parent || index === undefined) return;
			const name = toString(node).trim();
			if (!isSnippet(name)) {
				return file.fail(`Unknown snippet "${name}" in ::snippet[${name}]. Allowed: ${snippetNames().join(', ')} (the files in content/snippets/)`, node);
			}
			const children = parseSnippet(name);
			let nested = false;
			for (const child of children) walk(child, 'leafDirective', (inner: LeafDirective) => void (nested ||= inner.name === 'snippet'));
			if (nested) return file.fail(`content/snippets/${name}.md includes another snippet: a snippet cannot include a snippet`, node);
			parent.children.splice(index, 1, ...(children as typeof parent.children));
			return [SKIP, index + children.length];
		});
	};
}
