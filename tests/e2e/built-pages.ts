import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPageFiles, fileForPath, isRedirectStub } from '../../src/checks/built-pages';
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

/**
 * The pages axe checks on every run. A wizard path page (/report/…/) repeats one of a few dozen
 * templates with a different list of the reader's answers: each question, and each piece of advice
 * (an outcome, or an outcome for one platform), is shown on many paths, and an outcome for one
 * platform also has a short address of its own. So axe checks every other page (each outcome's own
 * short address among them), and, for each question and each piece of advice, the page with the most
 * answers (the longest summary), which is the hardest case of that template. Every page still
 * gets the other checks (shell, script errors, storage, requests). `AXE_EVERY_PAGE=1` checks all.
 */
export function axePages(paths: string[]): Set<string> {
	if (process.env.AXE_EVERY_PAGE === '1') return new Set(paths);
	const deepestOfTemplate = new Map<string, string>();
	for (const path of paths) {
		const template = pageTemplate(path);
		const chosen = deepestOfTemplate.get(template);
		if (chosen === undefined || depth(path) > depth(chosen)) deepestOfTemplate.set(template, path);
	}
	return new Set(deepestOfTemplate.values());
}

/**
 * What a page shows, for axePages: a wizard path page's question or the advice it links to; any
 * other page is its own. A path page of a shape not known here counts as its own, so it is checked
 * rather than silently skipped.
 */
export function pageTemplate(path: string): string {
	// An outcome for one platform (/report/outcome/<id>/<platform>/) is the advice a path page links to.
	if (/^\/report\/outcome\/[^/]+\/[^/]+\/$/.test(path)) return `data-advice-url="${path}"`;
	if (!path.startsWith('/report/') || path.startsWith('/report/outcome/')) return path;
	const html = readFileSync(fileForPath(DIST, path), 'utf8');
	return (/data-question="[^"]+"/.exec(html) ?? /data-advice-url="[^"]+"/.exec(html))?.[0] ?? path;
}

function depth(path: string): number {
	return path.split('/').filter(Boolean).length;
}

/** One page of each type, for the checks that are too slow to run on every page (tests/page-types.json). */
export const PAGE_TYPES = pageTypes.pageTypes;
