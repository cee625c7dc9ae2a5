import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/atom-feed';
import { robotsTxt, sitemapXml } from '../../src/lib/sitemap';

const options = { site: 'https://example.org', title: 'Changes', feedPath: '/changes/feed.xml', pagePath: '/changes/', author: 'Guide' };

describe('atomFeed', () => {
	const xml = atomFeed(
		[
			{ path: '/guides/a/', title: 'A & B', summary: 'Older <one>.', reviewed: '2026-01-02' },
			{ path: '/guides/b/', title: 'B', summary: 'Newer.', reviewed: '2026-03-04' },
		],
		options,
	);
	it('lists the newest review first, with absolute links', () => {
		expect(xml.indexOf('/guides/b/')).toBeLessThan(xml.indexOf('/guides/a/'));
		expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/guides/b/"/>');
		expect(xml).toContain('<updated>2026-03-04T00:00:00Z</updated>');
	});
	it('gives each review its own id, so a new review is a new entry', () => {
		expect(xml).toContain('<id>tag:example.org,2026-01-02:/guides/a/</id>');
	});
	it('escapes text', () => {
		expect(xml).toContain('<title>A &amp; B</title>');
		expect(xml).toContain('Older &lt;one&gt;.');
	});
});

describe('sitemap and robots.txt', () => {
	it('lists each address once, and robots.txt points to the sitemap', () => {
		expect(sitemapXml(['https://example.org/'])).toContain('<url><loc>https://example.org/</loc></url>');
		expect(robotsTxt('https://example.org')).toContain('Sitemap: https://example.org/sitemap.xml');
	});
});
