import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { Document } from 'flexsearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPageFiles } from '../../src/checks/built-pages';
import { hasEmptyContentBody } from '../../src/checks/check-built-site';
import { readContent } from '../../src/checks/read-content';
import { parseFrontmatterKeepingLines } from '../../src/lib/frontmatter';
import { gfmOnly } from '../../src/markdown/remark-reject-gfm-extras';
import { decodeAttribute } from '../../src/markdown/guard';
import { canonicalLink, canonicalLinkOfFile } from '../../src/integrations/site-files';
import { exportedLength, plainWords, searchableParts, termsOnce } from '../../src/search/build-index';
import type { SearchPage } from '../../src/search/document';
import { DOCUMENT_OPTIONS } from '../../src/search/index-options';
import type { PostingsEntry } from '../../src/search/payload';
import { exportPostings, type IndexedPart, sameAsFlexSearch } from '../../src/search/postings';
import { searchPagesFromDist } from '../../src/search/sources';
import { termsOf, words } from '../../src/search/text';

// The build's shortcuts (docs/architecture.md, "Build CPU, eighth pass") must answer exactly as
// the plain code they replace: the pattern or function each was written from is the reference.
const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const builtPages = () => builtPageFiles(dist).map(({ path, file }) => ({ path, bytes: readFileSync(file) }));

const CANONICAL_PATTERN = /<link rel="canonical" href="([^"]+)"/;
const EMPTY_BODY_PATTERN = /<div[^>]*data-content-body[^>]*>\s*<\/div>/;

describe('canonicalLink (the sitemap’s reader of built pages)', () => {
	it('finds what the pattern finds, in awkward pages', () => {
		const pages = [
			'<head><link rel="canonical" href="https://example.org/a/"></head>',
			'<link rel="canonical" href=""><link rel="canonical" href="https://example.org/second/">',
			'<link rel="canonical" href="https://example.org/caf\u00e9-\u2019/">',
			'<link rel="canonical" href="https://example.org/no-end',
			'<meta http-equiv="refresh" content="0;url=/guides/x/">',
			'',
		];
		for (const page of pages) expect(canonicalLink(Buffer.from(page)), page).toBe(CANONICAL_PATTERN.exec(page)?.[1]);
	});

	it('finds what the pattern finds on every built page', () => {
		const differ = builtPages().filter(({ bytes }) => canonicalLink(bytes) !== CANONICAL_PATTERN.exec(bytes.toString('utf8'))?.[1]);
		expect(differ.map(({ path }) => path)).toEqual([]);
	}, 60_000);
});

describe('canonicalLinkOfFile (the sitemap reads the head of each page)', () => {
	it('finds what the pattern finds in the whole file, wherever the link is', () => {
		const folder = mkdtempSync(join(tmpdir(), 'canonical-'));
		const link = (href: string) => `<link rel="canonical" href="${href}">`;
		const pad = (bytes: number) => 'x'.repeat(bytes);
		const pages = [
			`<head>${link('https://example.org/a/')}</head>${pad(10_000)}`,
			`${pad(5000)}${link('https://example.org/beyond-the-head/')}`,
			`${pad(4096 - 40)}${link('https://example.org/across-the-end-of-the-head/')}`,
			`${link('')}${pad(5000)}${link('https://example.org/second/')}`,
			`${pad(4090)}é${link('https://example.org/caf\u00e9/')}`,
			`<meta http-equiv="refresh" content="0;url=/guides/x/">`,
			pad(9000),
			'',
		];
		try {
			pages.forEach((page, n) => {
				const file = join(folder, `${n}.html`);
				writeFileSync(file, page);
				expect(canonicalLinkOfFile(file), `page ${n}`).toBe(CANONICAL_PATTERN.exec(page)?.[1]);
			});
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('finds what the pattern finds on every built page', () => {
		const differ = builtPageFiles(dist).filter(({ file }) => canonicalLinkOfFile(file) !== CANONICAL_PATTERN.exec(readFileSync(file, 'utf8'))?.[1]);
		expect(differ.map(({ path }) => path)).toEqual([]);
	}, 60_000);
});

describe('hasEmptyContentBody (the check that no page rendered empty)', () => {
	it('answers as the pattern does, in awkward pages', () => {
		const pages = [
			'<div class="prose" data-content-body></div>',
			'<div class="prose" data-content-body>\n \t</div>',
			'<div class="prose" data-content-body><p>Text</p></div>',
			'<div class="prose"><p data-content-body></p></div>',
			'<div class="a"><span data-content-body></span></div>',
			'<div class="a"><span data-content-body></div>',
			'<div class="a">data-content-body</div>',
			'<div data-content-body="x" data-content-body></div>',
			'<div data-content-body><p>Text</p></div><div id="b" data-content-body> </div>',
			'<div class="prose" data-content-body',
			'data-content-body></div>',
			'<section data-content-body></section>',
		];
		for (const page of pages) expect(hasEmptyContentBody(page), page).toBe(EMPTY_BODY_PATTERN.test(page));
	});

	it('answers as the pattern does on every built page, and on each emptied', () => {
		const pages = builtPages().map(({ path, bytes }) => ({ path, html: bytes.toString('utf8') }));
		const emptied = pages.map(({ path, html }) => ({ path: `${path} (emptied)`, html: html.replace(/(<div[^>]*data-content-body[^>]*>)[\s\S]*?(<\/div>)/, '$1\n$2') }));
		const differ = [...pages, ...emptied].filter(({ html }) => hasEmptyContentBody(html) !== EMPTY_BODY_PATTERN.test(html));
		expect(differ.map(({ path }) => path)).toEqual([]);
		// The emptied copies are what the check is for: some must be caught.
		expect(emptied.filter(({ html }) => hasEmptyContentBody(html)).length).toBeGreaterThan(50);
	}, 60_000);
});

describe('termsOnce (the index builder’s termsOf)', () => {
	it('gives the terms termsOf gives, for every content file, asked twice', () => {
		const termsOfOnce = termsOnce();
		for (const pass of [1, 2]) {
			for (const { file, frontmatter, body } of readContent(root)) {
				const text = `${String(frontmatter.title)}\n${body}`;
				expect(termsOfOnce(text), `${file}, pass ${pass}`).toEqual(termsOf(text));
			}
		}
	});
});

describe('plainWords (the index builder’s words)', () => {
	it('gives the words words gives, for every content file and every part of every page search reads', async () => {
		const texts = readContent(root).flatMap(({ frontmatter, body }) => [String(frontmatter.title), String(frontmatter.summary), body]);
		for (const page of await searchPagesFromDist(root, dist)) texts.push(page.title, page.summary, page.intro, ...page.sections.flatMap((section) => [section.heading, section.text]));
		const differ = texts.filter((text) => JSON.stringify(plainWords(text)) !== JSON.stringify(words(text)));
		expect(differ).toEqual([]);
	}, 60_000);

	it('gives the words words gives where Unicode normalisation, accents or case matter', () => {
		// One character of each kind to a text, so no text is read the slow way for another's sake.
		const texts = [
			'Don’t DON\'T don‘t rock’n’roll ’quoted’ it\'s',
			"a'b 'a' a' 'b x'y'z",
			'2FA, 999; TikTok-ID — “quoted” – dash',
			'',
			'   ',
			...['Café', 'cafe\u0301', 'naïve', 'ŒUVRE', 'İstanbul', 'straße', 'ﬁle', 'x²', '½', '①', '９９９', 'wait…then', 'a\u00a0b', 'a\u2009b', 'Дом', '日本語', 'emoji 😀 here', 'café’s', 'Ａ'],
		];
		for (const text of texts) expect(plainWords(text), text).toEqual(words(text));
	});
});

/** FlexSearch's own export of these parts, through its Document with the options the browser imports with: the reference. */
function flexSearchExport(parts: readonly IndexedPart[]): [string, string][] {
	const index = new Document(DOCUMENT_OPTIONS);
	parts.forEach((part, id) => index.add({ id, name: part.name.join(' '), aka: part.aka.join(' '), body: part.body.join(' '), asked: part.asked.join(' ') }));
	const exported: [string, string][] = [];
	index.export((key: string, data: string) => void (key.endsWith('.map') && exported.push([key, data])));
	return exported;
}
const asJson = (parts: readonly IndexedPart[]) => exportPostings(parts).map(([key, entries]): [string, string] => [key, JSON.stringify(entries)]);

describe('exportPostings (FlexSearch’s export of the index, worked out directly)', () => {
	let pages: SearchPage[];
	beforeAll(async () => {
		pages = await searchPagesFromDist(root, dist);
	}, 60_000);

	it('exports what FlexSearch exports, in awkward cases', () => {
		const split = (text: string) => text.split(' ').filter(Boolean);
		const part = (name: string, aka: string, body: string, asked = ''): IndexedPart => ({ name: split(name), aka: split(aka), body: split(body), asked: split(asked) });
		const cases: IndexedPart[][] = [
			[],
			[part('', '', '')],
			[part('report report', '', 'report a report again report')],
			[part('fake', 'fake', 'fake'), part('', '', ''), part('account', '', 'fake account'), part('', 'tiktok', '')],
			[part('', '', ''), part('', '', ''), part('only', '', '')],
			[part('fake', '', 'fake account'), part('', '', '', 'fake insta'), part('', '', '', '')],
			Array.from({ length: 40 }, (_, n) => part(`page ${n % 3}`, n % 5 ? '' : 'aka', `word${n % 7} common word${n % 2} common`)),
		];
		for (const parts of cases) {
			expect(asJson(parts), JSON.stringify(parts)).toEqual(flexSearchExport(parts));
			expect(sameAsFlexSearch(parts)).toBe(true);
		}
	});

	it('exports what FlexSearch exports for every part of the built site', () => {
		const { parts } = searchableParts(pages);
		expect(parts.length).toBeGreaterThan(500);
		expect(asJson(parts)).toEqual(flexSearchExport(parts));
	}, 60_000);

	it('counts the characters of FlexSearch’s JSON without writing it', () => {
		const entries = (parts: readonly IndexedPart[]) => exportPostings(parts).map(([, list]) => list);
		const awkward: PostingsEntry[] = [['a', [[0]]], ['é', [[1, 10, 100, 123_456_789]]], ['999', [[7, 8]]]];
		for (const list of [[], awkward, ...entries(searchableParts(pages).parts)]) expect(exportedLength(list)).toBe(JSON.stringify(list).length);
	}, 60_000);
});

describe('decodeAttribute (ids and links of every built page)', () => {
	it('leaves text with no character reference as it is, and decodes the rest', () => {
		expect(decodeAttribute('/guides/a/#steps')).toBe('/guides/a/#steps');
		expect(decodeAttribute('a&amp;b &#x22;q&#34; &lt;&gt;&quot;')).toBe('a&b "q" <>"');
		expect(decodeAttribute('&amp;lt;')).toBe('&lt;');
	});
});

describe('parseFrontmatterKeepingLines (every reading of content files)', () => {
	const astros = (source: string) => parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });

	it('gives what Astro’s parser gives, in awkward files', () => {
		const files = [
			'---\ntitle: A\n---\nBody\n',
			'---\r\ntitle: "Windows: line ends"\r\nsummary: >-\r\n  two\r\n  lines\r\n---\r\n\r\nBody\r\n',
			'\uFEFF---\ntitle: "Costs $& and $1 and $$"\naka: [caf\u00e9, \u{1F600} face]\n---\nBody with --- in it\n---\n',
			'\n\n---\ntitle: late start\n---\n',
			'+++\ntitle = "toml"\n+++\nBody\n',
			'No frontmatter at all\n---\nx: 1\n---\n',
			'---\n# only a comment\n---\n',
			'',
		];
		for (const file of files) expect(parseFrontmatterKeepingLines(file), JSON.stringify(file)).toEqual(astros(file));
	});

	it('gives what Astro’s parser gives for every Markdown file under content/', () => {
		const markdownFiles = (folder: string): string[] =>
			readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? markdownFiles(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : []));
		const files = markdownFiles(join(root, 'content'));
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			const source = readFileSync(file, 'utf8');
			expect(parseFrontmatterKeepingLines(source), file).toEqual(astros(source));
		}
	});
});

describe('gfmOnly (the check for what GFM would read and the parser does not)', () => {
	const BARE_EMAIL = /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;

	it('finds every bare email address the pattern finds, and none where there is no "@"', () => {
		const texts = ['write to helpline@saferinternet.org.uk today', 'a@b.c', '@handle on TikTok', 'no address here', 'name@localhost', 'x'.repeat(5000)];
		for (const text of texts) {
			const email = BARE_EMAIL.exec(text)?.[0];
			const problem = gfmOnly(text);
			if (email) expect(problem, text).toContain(email);
			else expect(problem ?? '', text).not.toMatch(/email/);
		}
	});
});
