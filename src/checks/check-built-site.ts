import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPageFiles } from './built-pages';

interface BuiltPage {
	/** The URL path the page is served at: /guides/impersonation/. */
	path: string;
	html: string;
	ids: Set<string>;
}

/**
 * Checks the built site as a visitor meets it: every internal link and anchor resolves, and no
 * guidance page shipped with an empty body (Astro logs a failed Markdown plugin and ships an
 * empty page with exit code 0: STACK.md trap 2).
 */
export function checkBuiltSite(distDir: string): string[] {
	const pages = readPages(distDir);
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const problems: string[] = [];

	for (const page of pages) {
		if (/<div[^>]*data-content-body[^>]*>\s*<\/div>/.test(page.html)) {
			problems.push(`${page.path}: the page's content rendered empty; look for an [ERROR] from a Markdown plugin above`);
		}
		for (const href of internalLinks(page.html)) {
			const problem = resolve(href, page, byPath, distDir);
			if (problem) problems.push(`${page.path}: link "${href}" ${problem}`);
		}
	}
	return problems;
}

function resolve(href: string, from: BuiltPage, byPath: Map<string, BuiltPage>, distDir: string): string | undefined {
	const [pathAndQuery, anchor] = href.split('#', 2);
	const path = pathAndQuery.split('?')[0];
	if (path === '') return anchor && !from.ids.has(anchor) ? `points to #${anchor}, which is not on this page` : undefined;
	const target = byPath.get(path.endsWith('/') ? path : `${path}/`);
	if (!target) {
		return existsSync(join(distDir, decodeURIComponent(path))) ? undefined : 'points to a page that does not exist';
	}
	if (anchor && !target.ids.has(anchor)) return `points to #${anchor}, which is not on ${target.path}`;
	return undefined;
}

function internalLinks(html: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
		const href = decodeEntities(match[1]);
		if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) links.push(href);
	}
	return links;
}

function readPages(distDir: string): BuiltPage[] {
	return builtPageFiles(distDir).map(({ file, path }) => {
		const html = readFileSync(file, 'utf8');
		const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1])));
		return { path, html, ids };
	});
}

function decodeEntities(text: string): string {
	return text.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}
