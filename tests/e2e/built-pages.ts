import { existsSync, readFileSync, statSync } from 'node:fs';
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
 * The pages checked in a running browser on every run (tests/e2e/every-page.spec.ts): what only a
 * running page shows (script errors, Content-Security-Policy refusals, what scripts store and
 * fetch, that the 999 line and Exit this page are visible, axe). What the HTML alone shows is
 * checked on every page without a browser (tests/unit/every-page-html.test.ts).
 *
 * A wizard path page (/report/…/) repeats one of a few dozen templates with a different list of the
 * reader's answers: each question, and each piece of advice (an outcome, or an outcome for one
 * platform), is shown on many paths, and an outcome for one platform also has a short address of its
 * own. So the sample is every other page (each outcome's own short address among them), and, for each
 * question and each piece of advice, the page with the most answers (the longest summary), which is
 * the hardest case of that template.
 *
 * An outcome for one platform is the outcome's page with that platform's own sections in it (e.g.
 * TikTok's "Report an impersonation"), the same sections on every outcome that shows them. So of
 * those, the sample keeps, for each outcome, the one showing the most platform sections, and then
 * as few more as it takes for every platform section to be checked inside an outcome once
 * (advicePlatformSections). `AXE_EVERY_PAGE=1` checks every page.
 */
export function sampledPages(paths: string[]): Set<string> {
	if (process.env.AXE_EVERY_PAGE === '1') return new Set(paths);
	const deepestOfTemplate = new Map<string, string>();
	for (const path of paths) {
		const template = pageTemplate(path);
		const chosen = deepestOfTemplate.get(template);
		if (chosen === undefined || depth(path) > depth(chosen)) deepestOfTemplate.set(template, path);
	}
	const sample = new Set<string>();
	const advice: { path: string; outcome: string; sections: string[] }[] = [];
	for (const [template, path] of deepestOfTemplate) {
		const outcome = outcomeForOnePlatform(template);
		if (outcome) advice.push({ path, outcome, sections: advicePlatformSections(path) });
		else sample.add(path);
	}
	const covered = new Set<string>();
	const take = (choice: (typeof advice)[number]) => {
		sample.add(choice.path);
		for (const section of choice.sections) covered.add(section);
	};
	const gain = (choice: (typeof advice)[number]) => choice.sections.filter((section) => !covered.has(section)).length;
	const best = (choices: typeof advice) => choices.reduce((a, b) => (gain(b) > gain(a) ? b : a));
	for (const outcome of new Set(advice.map((choice) => choice.outcome))) take(best(advice.filter((choice) => choice.outcome === outcome)));
	for (let next = best(advice); gain(next) > 0; next = best(advice)) take(next);
	return sample;
}

/** For the template of an outcome for one platform (see pageTemplate), the outcome's id. */
export function outcomeForOnePlatform(template: string): string | undefined {
	return /^data-advice-url="\/report\/outcome\/([^/]+)\/[^/]+\/"$/.exec(template)?.[1];
}

/**
 * The platform sections an outcome for one platform shows, as "<platform>: <section heading>": what
 * it adds to the outcome's own page. Read from the page, so a new section is counted at once.
 */
export function advicePlatformSections(path: string): string[] {
	const html = readFileSync(fileForPath(DIST, path), 'utf8');
	const platform = /data-advice-url="\/report\/outcome\/[^/]+\/([^/]+)\/"/.exec(html)?.[1] ?? /^\/report\/outcome\/[^/]+\/([^/]+)\/$/.exec(path)?.[1] ?? path;
	return [...html.matchAll(/<div class="wizard-steps__section">\s*<h3>([\s\S]*?)<\/h3>/g)].map((match) => `${platform}: ${match[1].trim()}`);
}

/**
 * What a page shows, for sampledPages: a wizard path page's question or the advice it links to; any
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

const served = new Map<string, boolean>();

/**
 * Whether the host serves a page or file at this address (no query or anchor), as `astro preview`
 * and a static host do with trailingSlash 'always': /x/ from dist/x/index.html (a former URL's
 * redirect page included), a file at its own name, and /x (no slash) not at all. Anchors are checked
 * when the site is built (src/checks/check-built-site.ts).
 */
export function servesPage(target: string): boolean {
	const known = served.get(target);
	if (known !== undefined) return known;
	const decoded = decodeURIComponent(target);
	const file = decoded.endsWith('/') ? fileForPath(DIST, decoded) : join(DIST, decoded);
	const answer = existsSync(file) && statSync(file).isFile();
	served.set(target, answer);
	return answer;
}

/**
 * The HTML the host sends for an address (query and anchor ignored): the page's own file, or the
 * 404 page for an address it does not serve, as `astro preview` and a static host do. For checks
 * of what is in a page's markup, which need no browser.
 */
export function servedHtml(address: string): string {
	const path = new URL(address, 'http://host.invalid').pathname;
	return readFileSync(servesPage(path) && path.endsWith('/') ? fileForPath(DIST, decodeURIComponent(path)) : join(DIST, '404.html'), 'utf8');
}

