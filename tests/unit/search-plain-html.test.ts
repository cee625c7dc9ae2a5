import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../src/checks/built-pages';
import { readPlainHtml } from '../../src/search/plain-html';
import { splitSections } from '../../src/search/sections';
import { contentBodyHtml } from '../../src/search/sources';

// Search reads plain content HTML without an HTML parser (src/search/plain-html.ts): where it reads
// a page at all, it must give search exactly what the parser's tree gives.
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

describe('readPlainHtml (search’s reader of plain content HTML)', () => {
	it('gives the same sections and text as the HTML parser for every built page’s content', () => {
		const differ: string[] = [];
		let read = 0;
		let tables = 0;
		for (const page of readBuiltPages(dist)) {
			const html = contentBodyHtml(page.html);
			if (html === undefined) continue;
			const plain = readPlainHtml(html);
			if (!plain) continue;
			read++;
			if (html.includes('<table')) tables++;
			if (JSON.stringify(splitSections(plain)) !== JSON.stringify(splitSections(fromHtml(html, { fragment: true })))) differ.push(page.path);
		}
		expect(differ).toEqual([]);
		// The built site has content pages it can read; were it to refuse them all, search would be no cheaper.
		expect(read).toBeGreaterThan(50);
		// Pages with tables are read too (the guides have some): held to the parser's reading above.
		expect(tables).toBeGreaterThan(0);
	}, 60_000);

	it('reads headings, ids, classes, line breaks and character references as the parser does', () => {
		const html =
			'<div class="prose" data-content-body><p>Intro &amp; more<br>next &#39;line&#x27; &quot;q&quot;</p><!-- c --><h2 id="a-b">Head <a class="self-link" href="#a-b">#</a></h2><ul><li>one <strong>two</strong></li><li>three<ul><li>four</li></ul></li></ul><h3 id="x">X</h3><p>Last&nbsp;one.</p></div>';
		expect(splitSections(readPlainHtml(html)!)).toEqual(splitSections(fromHtml(html, { fragment: true })));
	});

	it('reads a table as rehype-stringify writes it as the parser does', () => {
		const html =
			'<div data-content-body><h2 id="t">T</h2><div class="table-scroll" role="region"><table>\n<thead>\n<tr>\n<th>Who</th>\n<th style="text-align:left">What</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>A <a href="/x/">link</a></td>\n<td><strong>B</strong> &amp; C</td>\n</tr>\n</tbody>\n</table></div><p>After.</p></div>';
		const plain = readPlainHtml(html);
		expect(plain).toBeDefined();
		expect(splitSections(plain!)).toEqual(splitSections(fromHtml(html, { fragment: true })));
	});

	it('leaves to the parser what a parser would read by other rules', () => {
		for (const html of [
			'<p>a<div>b</div></p>', // a div closes the paragraph
			'<ul><li>a<li>b</ul>', // an unclosed list item
			'<li>a<li>b</li></li>', // the same, outermost
			'<h2>a<h3>b</h3></h2>', // a heading in a heading
			'<p>a</span></p>', // an end tag that closes nothing open
			'<table><tr><td>a</td></tr></table>', // a parser adds tbody
			'<table><tbody><td>a</td></tbody></table>', // and a tr
			'<table><tbody>x<tr><td>a</td></tr></tbody></table>', // text in a table is moved out before it
			'<table><tbody><tr><p>a</p></tr></tbody></table>', // so is an element that is not a cell
			'<table><tbody><tr><td>a<td>b</td></tr></tbody></table>', // an unclosed cell
			'<p>a<table><tbody><tr><td>b</td></tr></tbody></table></p>', // a table closes the paragraph
			'<table><tbody><tr><td><table><tbody><tr><td>a</td></tr></tbody></table></td></tr></tbody></table>', // a table in a table
			'<table><caption>a</caption></table>', // parts not read here
			'<pre>\ncode</pre>', // a parser drops the first newline
			'<p>AT&T &copy;</p>', // a reference outside the known list, and a bare &
			'<p>1 < 2</p>', // a < that is not a tag
			'<p>a<a href="#">b<a href="#">c</a></a></p>', // a link in a link
			'<div>unclosed',
		]) {
			expect(readPlainHtml(html), html).toBeUndefined();
		}
	});
});
