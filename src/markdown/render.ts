import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { type SplitPage, splitSections } from '../search/sections';
import { rehypePlugins, remarkPlugins } from './plugins';

/** What the build needs from a page rendered through the site's own Markdown pipeline. */
export interface RenderedMarkdown {
	/** False when the page rendered to no text at all. */
	hasText: boolean;
	/** The id of every heading, in order. */
	headingIds: string[];
	/** The page split at its h2 and h3 headings, for search. */
	split: SplitPage;
}

let processor: Promise<MarkdownRenderer> | undefined;
let captured: SplitPage | undefined;
const rendered = new Map<string, Promise<RenderedMarkdown>>();
/** Renders run one after another, so the sections captured belong to the render that is running. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders a Markdown body once per build, however many checks need it: the content check (which
 * reports plugin errors) and the search index (which needs the sections) share one render. A
 * rejected render is remembered too, so each caller sees the same error.
 */
export function renderMarkdown(body: string, frontmatter: Record<string, unknown>): Promise<RenderedMarkdown> {
	const key = `${JSON.stringify(frontmatter)}\n${body}`;
	let result = rendered.get(key);
	if (!result) {
		result = queue.then(() => render(body, frontmatter));
		queue = result.catch(() => undefined);
		rendered.set(key, result);
	}
	return result;
}

async function render(body: string, frontmatter: Record<string, unknown>): Promise<RenderedMarkdown> {
	processor ??= createMarkdownProcessor({
		remarkPlugins,
		rehypePlugins: [...rehypePlugins, () => (tree: Root) => void (captured = splitSections(tree))],
	});
	const renderer = await processor;
	captured = undefined;
	const { code, metadata } = await renderer.render(body, { frontmatter });
	const split = captured as SplitPage | undefined;
	if (!split) throw new Error('the rendered page could not be split into sections');
	return { hasText: code.replace(/<[^>]*>/g, '').trim().length > 0, headingIds: metadata.headings.map((heading) => heading.slug), split };
}
