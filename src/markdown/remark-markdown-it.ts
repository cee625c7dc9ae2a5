import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { contentErrorTree, describeError } from './guard';
import { parseMarkdown } from './markdown-it-parse';

/**
 * The site's Markdown parser: markdown-it, and ./markdown-it-parse.ts's converter to the mdast
 * remark-parse (with GFM's tables and remark-directive) would give, in place of remark-parse, which
 * was most of a build's CPU per page (docs/architecture.md, "Build CPU, sixth pass"). First in the
 * site's remark plugins, so it replaces the parser in every pipeline they are used in: Astro's own
 * (for pages with images) as well as the site's (./processor.ts).
 *
 * Markdown the two parsers would read differently (reference-style links, a table row with more
 * cells than its header, `\\|`, `&` in a directive's attribute) fails the build,
 * naming the file and line, as the plugins' errors do (./guard.ts): nothing renders differently
 * from remark without warning.
 */
export default function remarkMarkdownIt(this: Processor) {
	this.parser = (document: string, file: VFile): Root => {
		const { tree, problems } = parseMarkdown(document);
		if (!problems.length) return tree;
		const messages = problems.map((problem) => describeError({ reason: problem.message, place: { line: problem.line, column: 1 } }, file));
		for (const message of messages) file.message(message);
		return contentErrorTree(messages.join('\n')) as Root;
	};
}
