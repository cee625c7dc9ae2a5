import { createMarkdownProcessor, unified as astroUnified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { raw } from 'hast-util-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { markdownPipeline, rehypePlugins, remarkPlugins } from './plugins';
import rehypeCollectHeadings from './rehype-collect-headings';
import remarkCollectImages from './remark-collect-images';

/**
 * The Markdown processor Astro renders every page with: Astro's own `unified()` pipeline, step for
 * step (the site's remark plugins, the first of which is the parser, ./remark-markdown-it.ts, in
 * place of remark-parse; Astro's image collection, remark-rehype, the site's rehype plugins,
 * Astro's heading collection, rehype-stringify), but with rehype-raw run only
 * when a page has raw HTML in it, and Astro's image and heading steps walking each tree once with
 * ./walk.ts (./remark-collect-images.ts, ./rehype-collect-headings.ts). Astro runs rehype-raw on every page, and it rebuilds the whole tree
 * through an HTML parser (parse5) even when there is nothing raw to parse: a fifth of a page's
 * render, for nothing, since the site's Markdown has no HTML in it. The output is the same, byte for
 * byte (tests/unit/markdown-processor.test.ts renders every content file both ways).
 *
 * A page with images, or a config with syntax highlighting on, goes through Astro's own renderer
 * instead: Astro's image step (rehype-images) is not public, and the site has neither today.
 */
export function siteMarkdownProcessor(): ReturnType<typeof astroUnified> {
	const astro = astroUnified(markdownPipeline);
	return {
		...astro,
		async createRenderer(shared) {
			const astroRenderer = astro.createRenderer(shared);
			if (shared.syntaxHighlight) return astroRenderer;
			return leanRenderer(shared.image, () => astroRenderer);
		},
	};
}

/** The same renderer for code outside Astro's build (the helpline page's snippet, the tests). */
export function createSiteRenderer(): Promise<MarkdownRenderer> {
	return leanRenderer(undefined, () => createMarkdownProcessor(markdownPipeline));
}

type ImageOptions = Parameters<typeof remarkCollectImages>[0];

async function leanRenderer(image: ImageOptions, astroRenderer: () => Promise<MarkdownRenderer>): Promise<MarkdownRenderer> {
	const parser = unified()
		.use(remarkPlugins)
		.use(remarkCollectImages, image)
		.use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
		.use(rehypePlugins)
		.use(rehypeCollectHeadings)
		.use(rehypeRawWhenNeeded)
		.use(rehypeStringify, { allowDangerousHtml: true });
	return {
		async render(content, options) {
			const file = new VFile({ value: content, path: options?.fileURL, data: { astro: { frontmatter: options?.frontmatter ?? {} } } });
			try {
				const tree = await parser.run(parser.parse(file) as MdastRoot, file);
				const astro = file.data.astro as { headings?: unknown[]; localImagePaths?: string[]; remoteImagePaths?: string[]; frontmatter?: Record<string, unknown> };
				if (astro.localImagePaths?.length || astro.remoteImagePaths?.length) return (await astroRenderer()).render(content, options);
				return {
					code: parser.stringify(tree, file),
					metadata: { headings: astro.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: astro.frontmatter ?? {} },
				} as Awaited<ReturnType<MarkdownRenderer['render']>>;
			} catch (error) {
				// As Astro's renderer reports it.
				if (error instanceof Error) error.message = `Failed to parse Markdown file "${file.path}":\n${error.message}`;
				console.error(error);
				throw error;
			}
		},
	};
}

/** rehype-raw, as Astro runs it, but only on a tree that has raw HTML to parse. */
function rehypeRawWhenNeeded() {
	return (tree: HastRoot, file: VFile) => (hasRaw(tree) ? (raw(tree, { file }) as HastRoot) : tree);
}

function hasRaw(node: HastRoot | HastContent): boolean {
	if (node.type === 'raw') return true;
	return 'children' in node && node.children.some(hasRaw);
}
