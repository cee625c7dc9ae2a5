import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content';
import { markdownPipeline } from '../../src/markdown/plugins';
import { createSiteRenderer } from '../../src/markdown/processor';

// The site's processor must give exactly what Astro's own unified() processor gives with the same
// plugins: it only leaves out rehype-raw where a page has no raw HTML (src/markdown/processor.ts).
const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = await createMarkdownProcessor(markdownPipeline);
const site = await createSiteRenderer();

async function both(markdown: string, file = 'content/guides/example.md') {
	const options = { frontmatter: { title: 'Example' }, fileURL: pathToFileURL(join(root, file)) };
	return { astro: await astro.render(markdown, options), site: await site.render(markdown, options) };
}

describe('the site’s Markdown processor', () => {
	// Renders every content file twice: a few seconds on a quiet two-core machine, more when shared.
	it('renders every content file exactly as Astro’s processor does, headings included', async () => {
		const differ: string[] = [];
		for (const entry of readContent(root)) {
			const out = await both(entry.body, entry.file);
			if (out.site.code !== out.astro.code || JSON.stringify(out.site.metadata) !== JSON.stringify(out.astro.metadata)) differ.push(entry.file);
		}
		expect(differ).toEqual([]);
	}, 120_000);

	it('still turns raw HTML into elements, as Astro does, when a page has some', async () => {
		const out = await both('Press <kbd>Ctrl</kbd> and <kbd>P</kbd>.\n\n<div class="note">\n\nA **note**.\n\n</div>\n\n<p>Unclosed');
		expect(out.site.code).toContain('<kbd>Ctrl</kbd>');
		expect(out.site.code).toBe(out.astro.code);
	});

	it('gives a page with an image to Astro’s own renderer, which handles images', async () => {
		const out = await both('![A screenshot of the report menu](./report-menu.png)\n\n![Logo](https://example.org/logo.png)');
		expect(out.site).toEqual(out.astro);
		expect(out.site.metadata.localImagePaths).toEqual(['./report-menu.png']);
	});
});
