import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { contentErrorsIn } from '../../src/markdown/guard';
import { parseMarkdown } from '../../src/markdown/markdown-it-parse';
import { markdownPipeline, remarkPlugins } from '../../src/markdown/plugins';
import { createSiteRenderer } from '../../src/markdown/processor';
import remarkMarkdownIt from '../../src/markdown/remark-markdown-it';

// The site parses Markdown with markdown-it and its own converter to mdast (src/markdown/
// markdown-it-parse.ts), in place of remark-parse with GFM's tables and remark-directive. These
// tests hold the converter to remark's tree: if either drifts, they fail.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** What the site parsed with before: remark-parse, GFM's tables, remark-directive. */
function remarkTables(this: Processor) {
	const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
	(data.micromarkExtensions ??= []).push(gfmTable());
	(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
const remark = unified().use(remarkParse).use(remarkTables).use(remarkDirective);

/**
 * A tree without positions but each node's start line, the part of a position the site's errors
 * use, and a text directive's column too (an unknown service or phone id is named by both).
 */
function lines(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(lines);
	if (!node || typeof node !== 'object') return node;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(node)) {
		const start = (value as { start: { line: number; column: number } } | undefined)?.start;
		if (key === 'position') out.line = (node as { type: string }).type === 'textDirective' ? `${start?.line}:${start?.column}` : start?.line;
		else out[key] = lines(value);
	}
	return out;
}

function markdownFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? markdownFiles(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : []))
		.sort();
}

const content = markdownFiles(join(root, 'content')).map((path) => ({ file: relative(root, path), body: parseFrontmatter(readFileSync(path, 'utf8')).content }));

describe('the Markdown parser (markdown-it, converted to mdast)', () => {
	it('gives remark’s tree for every Markdown file in content/, start lines included', () => {
		expect(content.length).toBeGreaterThan(90);
		const differ = content.filter(({ body }) => !isDeepStrictEqual(lines(parseMarkdown(body).tree), lines(remark.parse(body))));
		expect(differ.map(({ file }) => file)).toEqual([]);
		for (const { body } of content) expect(parseMarkdown(body).problems).toEqual([]);
	}, 120_000);

	// Each written as an editor might, including the edges where the two parsers' rules are easiest to get wrong.
	const cases = [
		'# Heading *one*\n\nA [link](/guides/x/ "Its title") and `code`  \nafter a hard break\\\nand a soft one.\n\n---\n\n## Closed ##\n\nSetext\n===',
		'- tight\n- list\n\n1. loose\n\n2. list\n\n5) other\n\n- item\n\n  with two paragraphs\n- next\n\n- a\n  - nested\n\n  - loose nested\n- b\n\n\n- after two blank lines',
		'- item\n  ```\n  code\n\n  with a blank line\n  ```\n- next\n\n> quote\nlazy\n\n> - in a quote\n>\n> - loose',
		'*a **b** c* _d_ __e__ ***f*** `` a ` b `` ` x ` `multi\nline code` &amp; &copy; &#123; \\* \\_ \\:x',
		'| Nation | Police |\n|:--|--:|\n| Scotland | **101** |\n| short |\nlazy row\n\n| a | b |\n|:-:|---|\n| `x` | [l](/u) |',
		'para\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- item\n| a | b |\n|---|---|',
		':::safeguarding[Stop and *act* now]\n- :phone[police-emergency]\n:::\n\n:::tip\nNo label.\n:::\n\n:::warning[]\nEmpty label.\n:::',
		'::::nations{#who-to-tell}\n:::wales\nWales :nation[lead].\n:::\n:::scotland\nScotland.\n:::\n::::\n\n:::steps\n1. One\n2. Two\n:::\n\n:::tip\nunclosed',
		'para\n:::tip\ninterrupts\n:::\npara\n::snippet[never-capture]\n\n::snippet[a]{#x}\n::snippet[a] trailing\n::snippet\n   ::snippet[indented]',
		'Note:this, 10:30am, 10:30-11:00, a::b, \\::x, :x- :x_y :é[ü] :1a mailto:x@y.z and http://a.b',
		':x[a\\]b] :x[a[b]c] :x[*a*]{.c .d #e f=g h="i j" k} :x{#id} :y[unclosed and :z{bad=} :w{a="b}',
		':x[multi\nline] *em :y[in* label]* **a:x[b**]c** [link :x[y] here](/u) [:x[y]](/v) :x[`code]`]',
		'## Heading :nation[lead] {#pinned}\n\n| :phone[x] | :y[a] |\n|---|---|\n| :z[b] | c |',
		'<https://example.org> <someone@example.org> ![An *image* `x`](/i.png "t") <b>raw</b>\n\n<div>\nblock\n</div>',
		'- :::tip\n  In a list.\n  :::\n- b\n\n> :::tip\n> In a quote.\n> :::',
	];
	it.each(cases)('gives remark’s tree for %j', (markdown) => {
		expect(lines(parseMarkdown(markdown).tree)).toEqual(lines(remark.parse(markdown)));
		expect(parseMarkdown(markdown).problems).toEqual([]);
	});

	it('renders every content file to the same HTML as remark-parse did', async () => {
		const before = await createMarkdownProcessor({ ...markdownPipeline, remarkPlugins: [remarkTables, remarkDirective, ...remarkPlugins.filter((plugin) => plugin !== remarkMarkdownIt)] });
		const after = await createSiteRenderer();
		const differ: string[] = [];
		for (const { file, body } of content.filter(({ file }) => !file.startsWith('content/snippets/'))) {
			const options = { frontmatter: { title: 'Example' }, fileURL: pathToFileURL(join(root, file)) };
			const [old, now] = [await before.render(body, options), await after.render(body, options)];
			if (old.code !== now.code || JSON.stringify(old.metadata.headings) !== JSON.stringify(now.metadata.headings)) differ.push(file);
		}
		expect(differ).toEqual([]);
	}, 120_000);

	it('fails the page, naming the line, where the two parsers would read the Markdown differently', async () => {
		const site = await createSiteRenderer();
		const errors = async (markdown: string) => contentErrorsIn((await site.render(markdown, { frontmatter: {} })).code);
		expect(await errors('Intro.\n\nSee [the guide][g].\n\n[g]: /guides/x/')).toEqual([expect.stringMatching(/^line 5: Reference-style links .*write \[text\]\(address\)/)]);
		expect(await errors('| a |\n|---|\n| 1 | 2 |')).toEqual([expect.stringMatching(/^line 3: This table row has 2 cells and the header row 1/)]);
		expect(await errors('| a | b |\n|---|---|\n| 1 \\\\| 2 |')).toEqual([expect.stringMatching(/^line 3: Two backslashes just before a \|/)]);
		expect(await errors('a \\\\| b\n--|--')).toEqual([expect.stringMatching(/^line 1: Two backslashes just before a \|/)]);
		expect(parseMarkdown(`Intro.\n\n${'> '.repeat(120)}deep`).problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/nested 99 or more deep/) })]);
		expect(parseMarkdown(`Intro.\n\n${'> '.repeat(40)}deep`).problems).toEqual([]);
		expect(await errors('Text.\n\n:phone[x]{a="&amp;"}')).toEqual([expect.stringMatching(/^line 3: A directive’s attribute has "&"|^line 3: A directive's attribute has "&"/)]);
	});

	it('gives every node the line it starts on, so a plugin’s error names the right line', async () => {
		const site = await createSiteRenderer();
		const out = await site.render('Intro.\n\n- one\n- two with :service[no-such-service]', { frontmatter: {} });
		expect(contentErrorsIn(out.code)).toEqual([expect.stringMatching(/^line 4:/)]);
	});
});
