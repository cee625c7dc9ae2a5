import { escapeXml } from './sitemap';

/** One page in the feed: reviewed (or changed) on `reviewed`. */
export interface ReviewedPage {
	path: string;
	title: string;
	summary: string;
	/** YYYY-MM-DD. */
	reviewed: string;
}

export interface FeedOptions {
	/** The site's address, e.g. https://reporting.example.org.uk. */
	site: string;
	title: string;
	/** The feed's own path and the page it mirrors. */
	feedPath: string;
	pagePath: string;
	author: string;
}

/**
 * An Atom feed (RFC 4287) with one entry per page review, newest first. An entry's id joins the
 * page and its review date, so reviewing a page again makes a new entry in feed readers.
 */
export function atomFeed(pages: readonly ReviewedPage[], options: FeedOptions): string {
	const { site, title, feedPath, pagePath, author } = options;
	const host = new URL(site).hostname;
	const absolute = (path: string) => escapeXml(new URL(path, site).href);
	const sorted = newestFirst(pages);
	const updated = sorted.length > 0 ? atomDate(sorted[0].reviewed) : '1970-01-01T00:00:00Z';
	const entries = sorted.map((page) =>
		[
			'  <entry>',
			`    <id>tag:${escapeXml(host)},${page.reviewed}:${escapeXml(page.path)}</id>`,
			`    <title>${escapeXml(page.title)}</title>`,
			`    <link rel="alternate" type="text/html" href="${absolute(page.path)}"/>`,
			`    <updated>${atomDate(page.reviewed)}</updated>`,
			`    <summary>${escapeXml(page.summary)}</summary>`,
			'  </entry>',
		].join('\n'),
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
		`  <id>${absolute(feedPath)}</id>`,
		`  <title>${escapeXml(title)}</title>`,
		`  <link rel="self" type="application/atom+xml" href="${absolute(feedPath)}"/>`,
		`  <link rel="alternate" type="text/html" href="${absolute(pagePath)}"/>`,
		`  <updated>${updated}</updated>`,
		`  <author><name>${escapeXml(author)}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}

/** Newest review first; pages reviewed on the same day in title order. */
export function newestFirst<T extends ReviewedPage>(pages: readonly T[]): T[] {
	return [...pages].sort((a, b) => b.reviewed.localeCompare(a.reviewed) || a.title.localeCompare(b.title, 'en-GB'));
}

function atomDate(isoDate: string): string {
	return `${isoDate}T00:00:00Z`;
}
