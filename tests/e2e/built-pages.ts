import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPageFiles, isRedirectStub } from '../../src/checks/built-pages';
import pageTypes from '../page-types.json' with { type: 'json' };

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * Every page the build produced, as URL paths (/guides/impersonation/), discovered from dist/
 * rather than kept by hand, so a new page is tested the moment it exists. Redirect stubs for
 * former URLs are left out: they are not pages.
 */
export function builtPages({ under = '/' }: { under?: string } = {}): string[] {
	return builtPageFiles(DIST)
		.filter(({ path }) => path.startsWith(under) && path !== '/404/')
		.filter(({ file }) => !isRedirectStub(readFileSync(file, 'utf8')))
		.map(({ path }) => path);
}

/** One page of each type, for the checks that are too slow to run on every page (tests/page-types.json). */
export const PAGE_TYPES = pageTypes.pageTypes;
