import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSlugPackage from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content';
import { remarkPlugins } from '../../src/markdown/plugins';
import rehypeSlug from '../../src/markdown/rehype-slug';

// The site's rehype-slug walks trees with src/markdown/walk.ts; it must give every heading the id
// the rehype-slug package gives it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const toHast = unified().use(remarkPlugins).use(remarkRehype, { allowDangerousHtml: true });

/** The page's tree as rehype-slug receives it in the site's pipeline, given ids both ways. */
async function both(markdown: string) {
	const hast = (await toHast.run(toHast.parse(markdown) as MdastRoot)) as Root;
	const ours = structuredClone(hast);
	const theirs = structuredClone(hast);
	rehypeSlug()(ours);
	rehypeSlugPackage()(theirs);
	return { ours, theirs };
}

describe('rehype-slug (the site’s)', () => {
	it('gives every heading of every content file the id the rehype-slug package gives', async () => {
		const differ: string[] = [];
		for (const entry of readContent(root)) {
			const { ours, theirs } = await both(entry.body);
			if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(entry.file);
		}
		expect(differ).toEqual([]);
	}, 60_000);

	it('numbers a repeated heading, keeps an id already given and leaves other elements alone', async () => {
		const { ours, theirs } = await both('# Steps\n\n## Steps\n\n### Steps {#own}\n\n#### Café & *tea*\n\nText with `code`.\n\n###### Six\n\n| h |\n|---|\n| c |');
		expect(ours).toEqual(theirs);
		const ids = JSON.stringify(ours).match(/"id":"[^"]*"/g);
		expect(ids).toContain('"id":"steps-1"');
	});
});
