import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtPageFiles } from '../../src/checks/built-pages';
import { hasEmptyContentBody } from '../../src/checks/check-built-site';
import { readContent } from '../../src/checks/read-content';
import { canonicalLink } from '../../src/integrations/site-files';
import { termsOnce } from '../../src/search/build-index';
import { termsOf } from '../../src/search/text';

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
