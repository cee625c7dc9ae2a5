import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import pageTypes from '../page-types.json' with { type: 'json' };

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * Every page the build produced, as URL paths (/guides/impersonation/), discovered from dist/
 * rather than kept by hand, so a new page is tested the moment it exists. Redirect stubs for
 * former URLs are left out: they are not pages.
 */
export function builtPages({ under = '/' }: { under?: string } = {}): string[] {
	return htmlFiles(DIST)
		.map((file) => `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/'))
		.filter((path) => path.startsWith(under) && path !== '/404/')
		.sort();
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name.startsWith('_') ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** One page of each type, for the checks that are too slow to run on every page (tests/page-types.json). */
export const PAGE_TYPES = pageTypes.pageTypes;
