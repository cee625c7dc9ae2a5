import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The walk over built pages: every HTML page in dist/, with the URL path it is served at. The one
 * place that lists them, for the build's checks, the search index, the browser tests and the
 * benchmarks. Only Node's own modules, so plain Node scripts can import it too.
 */

export interface BuiltPageFile {
	/** The file's absolute path. */
	file: string;
	/** The URL path the page is served at, with a trailing slash: /guides/impersonation/ (and /404/). */
	path: string;
}

/** A built page with its HTML. */
export interface BuiltPage extends BuiltPageFile {
	html: string;
}

/** Every built page with its HTML, read once for all the checks that read every page. */
export function readBuiltPages(distDir: string): BuiltPage[] {
	return builtPageFiles(distDir).map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));
}

/** Every .html file under distDir, sorted by path. Folders starting with "_" (Astro's assets) hold no pages. */
export function builtPageFiles(distDir: string): BuiltPageFile[] {
	return htmlFiles(distDir)
		.map((file) => ({ file, path: pagePath(distDir, file) }))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** dist/guides/x/index.html → /guides/x/; dist/404.html → /404/. */
export function pagePath(distDir: string, file: string): string {
	const rel = relative(distDir, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
}

/** The file a URL path is built to: /guides/x/ → dist/guides/x/index.html. */
export function fileForPath(distDir: string, path: string): string {
	return join(distDir, ...path.split('/').filter(Boolean), 'index.html');
}

/** Astro's meta-refresh page for a former URL: not a page of its own. */
export function isRedirectStub(html: string): boolean {
	return /<meta\s+http-equiv="refresh"/i.test(html);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}
