import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index';
import { SearchEngine } from '../../src/search/engine';
import type { SearchPage } from '../../src/search/document';
import { fromHtml } from 'hast-util-from-html';
import { splitSections } from '../../src/search/sections';
import { actNowBoxText, builtActNowBoxHtml, contentBodyHtml, searchPagesFromDist, withActNowBox, withSectionAka } from '../../src/search/sources';

const page = (body: string) => `<html><head><title>x</title></head><body><header><div class="bar"><div>menu</div></div></header><main>${body}</main><footer><div>end</div></footer></body></html>`;

describe('contentBodyHtml (what search parses of a built page)', () => {
	it('is the content body element, from its start tag to its own end tag, nested divs included', () => {
		const body = '<div class="prose" data-content-body><p>a</p><div class="callout"><div>b</div></div><p>c</p></div>';
		expect(contentBodyHtml(page(body))).toBe(body);
	});

	it('does not count a <div> written inside a comment', () => {
		const body = '<div data-content-body><!-- <div> --><p>a</p></div>';
		expect(contentBodyHtml(page(body))).toBe(body);
	});

	it('is undefined when the page has no content body, or its end cannot be found, so the whole page is parsed', () => {
		expect(contentBodyHtml(page('<p>no body</p>'))).toBeUndefined();
		expect(contentBodyHtml('<div data-content-body><div><p>cut off</p></div>')).toBeUndefined();
	});
});

describe('sectionAka (search terms for one section of a page)', () => {
	const sections = () => [
		{ anchor: 'what-to-do', heading: 'What to do', text: 'Report the post to the platform and keep a copy.' },
		{ anchor: 'if-it-gets-nowhere', heading: 'If your report gets nowhere', text: 'Ask for a review, then contact the helpline.' },
	];

	it('lets search find a section by its terms alone, words its heading and text do not have', async () => {
		const found = sections();
		withSectionAka(found, { 'if-it-gets-nowhere': ['nothing happened', 'no reply'] });
		const page: SearchPage = { url: '/guides/example/', title: 'Reporting a post', kind: 'Guide', summary: 'How to report a post to the platform.', aka: [], intro: '', sections: found };
		const other: SearchPage = { url: '/guides/other/', title: 'Keeping evidence', kind: 'Guide', summary: 'What to keep and how.', aka: [], intro: '', sections: [] };
		const { payload, shards } = await buildSearchIndex([other, page]);
		const outcome = new SearchEngine(payload, shards).search('still no reply');
		const first = outcome.status === 'results' ? outcome.pages.find((hit) => !hit.actNow) : undefined;
		expect(first && `${first.url}#${first.sections[0]?.anchor}`).toBe('/guides/example/#if-it-gets-nowhere');
	});
});

describe('the act-now box (shown above the content: src/markdown/rehype-act-now-box.ts)', () => {
	const box = '<section class="callout callout--safeguarding act-now" aria-labelledby="act-now" data-act-now-box=""><div class="heading-wrapper heading-wrapper--h2"><h2 id="act-now" class="callout__title">Stop and act now</h2><a class="self-link" href="#act-now" data-copy-link=""><span aria-hidden="true">#</span><span class="visually-hidden">Copy link to section: Stop and act now</span></a></div><ul><li>Call 999.</li><li>Tell the DSL now.</li></ul></section>';

	it('is read from the page, title first, one line a point, without its copy link', () => {
		const built = page(`<h1>Sextortion</h1>${box}<div class="prose" data-content-body><p>Intro.</p></div>`);
		expect(builtActNowBoxHtml(built)).toBe(box);
		expect(actNowBoxText(built)).toBe('Stop and act now\nCall 999.\nTell the DSL now.');
		expect(actNowBoxText(page('<div data-content-body><p>No box.</p></div>'))).toBeUndefined();
	});

	const split = () => ({ intro: 'Sextortion is blackmail.', sections: [{ anchor: 'in-short', heading: 'In short', text: 'Report it.' }, { anchor: 'what-to-do', heading: 'What to do', text: 'Steps.' }] });

	it('counts with a guide’s own part, where its words were while it was the content’s first block', () => {
		expect(withActNowBox('guides', split(), 'Stop and act now\nCall 999.')).toEqual({ ...split(), intro: 'Stop and act now\nCall 999.\nSextortion is blackmail.' });
	});

	it('counts with a platform page’s "In short", where its box was until it was lifted', () => {
		const { sections } = withActNowBox('platforms', split(), 'Stop and act now\nCall 999.');
		expect(sections[0]).toEqual({ anchor: 'in-short', heading: 'In short', text: 'Report it.\nStop and act now\nCall 999.' });
		expect(sections[1]).toEqual(split().sections[1]);
	});

	it('changes nothing on a page without a box', () => {
		expect(withActNowBox('guides', split(), undefined)).toEqual(split());
	});

	it('is searched on every built guide and platform page that shows one, and is not a section of its own', async () => {
		// Each guide and platform page; not the lists of all of them (/guides/, /platforms/), which show no box.
		const pages = (await searchPagesFromDist(process.cwd())).filter((found) => /^\/(guides|platforms)\/[^/]+\//.test(found.url));
		expect(pages.length).toBeGreaterThan(0);
		for (const found of pages) {
			expect(found.sections.map((section) => section.anchor), found.url).not.toContain('act-now');
			const words = found.url.startsWith('/guides/') ? found.intro : found.sections[0].text;
			expect(words, found.url).toMatch(/999/);
		}
	});
});

describe('a section with no words of its own ("How serious is it?" straight above "### Low level")', () => {
	const tree = (html: string) => fromHtml(html, { fragment: true });

	it('shows its first subsection’s words, under that subsection’s heading, and is searched by its own words only', async () => {
		const [serious, low, high] = splitSections(tree('<h2 id="how-serious">How serious is it?</h2><h3 id="low-level">Low level</h3><p>One rude comment.</p><p>Report it.</p><h3 id="serious">Serious</h3><p>Threats.</p>')).sections;
		expect(serious).toEqual({ anchor: 'how-serious', heading: 'How serious is it?', text: '', shown: 'Low level: One rude comment.\nReport it.' });
		expect(low.shown).toBeUndefined();
		expect(high.shown).toBeUndefined();
		const { payload, shards, texts } = await buildSearchIndex([{ url: '/guides/a/', title: 'A', kind: 'Guide', summary: 'About A.', aka: [], intro: '', sections: [serious, low, high] }]);
		expect(texts).toEqual(['About A.', 'Low level: One rude comment.\nReport it.', 'One rude comment.\nReport it.', 'Threats.']);
		const outcome = new SearchEngine(payload, shards).search('rude comment');
		const hit = outcome.status === 'results' ? outcome.pages[0] : undefined;
		expect(hit?.sections.map((section) => section.anchor)).toEqual(['low-level']);
	});

	it('shows nothing when the next heading is not below it, or has no words either', () => {
		const sections = splitSections(tree('<h2 id="a">A</h2><h2 id="b">B</h2><p>Text.</p><h2 id="c">C</h2><h3 id="d">D</h3><h3 id="e">E</h3><p>Text.</p>')).sections;
		expect(sections.map((section) => section.shown)).toEqual([undefined, undefined, undefined, undefined, undefined]);
	});
});
