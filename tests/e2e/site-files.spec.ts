import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

/**
 * What a shared link and a crawler see: canonical links, Open Graph and Twitter card tags on every
 * built page, the sitemap and robots.txt, and the "What's changed" feed. Read from dist/.
 */
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const PAGES = builtPages();

/** Each page's head, read once for the tests that use it. */
const heads = new Map<string, ReturnType<typeof readHead>>();
const head = (path: string) => heads.get(path) ?? heads.set(path, readHead(path)).get(path)!;

function readHead(path: string) {
	// Only the head: the tags are there, and the body is most of a page's bytes.
	const text = html(path).split('</head>')[0];
	const meta = (attribute: 'property' | 'name', key: string) => new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(text)?.[1];
	return {
		canonical: /<link rel="canonical" href="([^"]+)"/.exec(text)?.[1],
		og: Object.fromEntries(['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name'].map((key) => [key, meta('property', key)])),
		twitter: Object.fromEntries(['twitter:card', 'twitter:title', 'twitter:description'].map((key) => [key, meta('name', key)])),
	};
}

const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
const sitemapUrls = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
const site = new URL([...sitemapUrls][0]).origin;

test('every page has a canonical link on the configured site, and Open Graph and Twitter card tags', () => {
	expect(PAGES.length).toBeGreaterThan(100);
	for (const path of PAGES) {
		const { canonical, og, twitter } = head(path);
		expect.soft(canonical, `${path}: canonical`).toMatch(new RegExp(`^${site.replace(/[.]/g, '\\.')}/`));
		expect.soft(og['og:url'], `${path}: og:url is the canonical address`).toBe(canonical);
		for (const [key, value] of Object.entries({ ...og, ...twitter })) expect.soft(value?.trim(), `${path}: ${key}`).toBeTruthy();
		expect.soft(twitter['twitter:card'], `${path}: twitter:card`).toBe('summary');
	}
});

test('the site address is never a placeholder', () => {
	expect(new URL(site).hostname).not.toMatch(/(^|\.)(example|invalid|test)$|placeholder/);
});

test('the sitemap lists every page by its canonical address, and nothing else; robots.txt points to it', () => {
	const canonicals = new Set(PAGES.map((path) => head(path).canonical));
	expect([...sitemapUrls].sort()).toEqual([...canonicals].sort());
	for (const path of PAGES.filter((p) => !p.startsWith('/report/'))) expect.soft(sitemapUrls, `${path} is in the sitemap`).toContain(`${site}${path}`);
	expect(sitemapUrls).not.toContain(`${site}/404/`);
	expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test('the "What\'s changed" feed is valid Atom, newest first, with absolute links, and every page advertises it', async ({ page, request }) => {
	const response = await request.get('/changes/feed.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	await page.goto('/changes/');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes/feed.xml');
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const ns = 'http://www.w3.org/2005/Atom';
		const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
		return {
			error: doc.getElementsByTagName('parsererror').length > 0,
			root: doc.documentElement.namespaceURI,
			id: doc.documentElement.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
			dates: entries.map((e) => e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? ''),
			links: entries.map((e) => e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? ''),
			ids: entries.map((e) => e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? ''),
		};
	}, xml);
	expect(feed.error).toBe(false);
	expect(feed.root).toBe('http://www.w3.org/2005/Atom');
	expect(feed.id).toBe(`${site}/changes/feed.xml`);
	expect(feed.dates.length).toBeGreaterThanOrEqual(20);
	expect(feed.dates).toEqual([...feed.dates].sort().reverse());
	expect(new Set(feed.ids).size).toBe(feed.ids.length);
	for (const link of feed.links) expect(link.startsWith(`${site}/guides/`) || link.startsWith(`${site}/platforms/`), link).toBe(true);
	// Every page in the feed is listed on the page, and the page links to each.
	for (const link of feed.links) await expect(page.locator(`main a[href="${new URL(link).pathname}"]`)).toHaveCount(1);
});
