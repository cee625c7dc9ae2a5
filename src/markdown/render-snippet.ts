import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { contentErrorsIn } from './guard';
import { createSiteRenderer } from './processor';

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * Renders a Markdown snippet from content/snippets/ through the site's own pipeline, for a page
 * that is not itself Markdown (the helpline page): this is that page's one render. A plugin error
 * stops the build and names the file and line, as it does for guides.
 */
export async function renderSnippet(file: string, markdown: string): Promise<string> {
	processor ??= createSiteRenderer();
	const { code } = await (await processor).render(markdown, { fileURL: pathToFileURL(join(process.cwd(), file)) });
	const [error] = contentErrorsIn(code);
	if (error) throw new Error(error);
	return code;
}
