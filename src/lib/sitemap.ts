/** The sitemap and robots.txt, as text: pure functions of the pages' addresses and the site's. */

/** A sitemap (sitemaps.org 0.9) listing these absolute addresses. */
export function sitemapXml(urls: readonly string[]): string {
	const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}

/** robots.txt: every page may be crawled, and where the sitemap is. */
export function robotsTxt(site: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
