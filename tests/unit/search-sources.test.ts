import { describe, expect, it } from 'vitest';
import { contentBodyHtml } from '../../src/search/sources';

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
