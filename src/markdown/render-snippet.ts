import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './plugins';

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * Renders a Markdown snippet from content/snippets/ through the site's own pipeline, for a page
 * that is not itself Markdown (the helpline page). A plugin error stops the build and names the
 * file and line, as it does for guides.
 */
export async function renderSnippet(file: string, markdown: string): Promise<string> {
	processor ??= createMarkdownProcessor({ remarkPlugins, rehypePlugins });
	try {
		return (await (await processor).render(markdown)).code;
	} catch (error) {
		const place = (error as { place?: { line?: number; start?: { line: number } } }).place;
		const line = place?.start?.line ?? place?.line;
		const reason = (error as { reason?: string }).reason ?? (error as Error).message;
		throw new Error(`${file}${line ? `:${line}` : ''}: ${reason}`);
	}
}
