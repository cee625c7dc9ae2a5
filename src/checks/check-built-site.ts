import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentErrorsIn, decodeAttribute } from '../markdown/guard';
import { ACT_NOW_BOX_START_TAG } from '../markdown/rehype-act-now-box';
import { PLATFORM_SECTIONS } from '../schemas/platform';
import { contentBodyHtml } from '../search/sources';
import type { FlowOutcome } from '../wizard/flow';
import { type BuiltPage as BuiltPageWithHtml, readBuiltPages } from './built-pages';
import type { ContentFile } from './read-content';

interface BuiltPage {
	/** The URL path the page is served at: /guides/impersonation/. */
	path: string;
	html: string;
	ids: Set<string>;
}

/** The anchors each Markdown page's frontmatter `sectionAka` names, by its source file (content/guides/x.md). */
export type SectionAkaAnchors = ReadonlyMap<string, readonly string[]>;

/**
 * The `sectionAka` anchors of every guide, platform page and wizard outcome, from the files the
 * content guard has already read (`readContent`, `readFlow`), so the end of the build parses no
 * frontmatter again.
 */
export function sectionAkaAnchors(files: readonly ContentFile[], outcomes: readonly Pick<FlowOutcome, 'file' | 'sectionAka'>[]): Map<string, string[]> {
	const anchors = new Map<string, string[]>();
	for (const { file, frontmatter } of files) {
		const { sectionAka } = frontmatter;
		if (sectionAka && typeof sectionAka === 'object') anchors.set(file, Object.keys(sectionAka));
	}
	for (const { file, sectionAka } of outcomes) anchors.set(file, Object.keys(sectionAka));
	return anchors;
}

/**
 * Checks the built site as a visitor meets it, from the one render of each page (Astro's): no
 * Markdown plugin failed (each is guarded and leaves a data-content-error marker naming the file
 * and line: src/markdown/guard.ts), no guidance page shipped with an empty body (Astro logs a
 * failed plugin and ships an empty page with exit code 0: STACK.md trap 2), platform pages have
 * their standard sections in order, guides and platform pages show their act-now box above their
 * contents and content, each anchor a page's `sectionAka` names is a section of it
 * (`sectionAka`, from `sectionAkaAnchors`; none is checked without it), no `{#id}` shows as words,
 * and every internal link and anchor resolves.
 */
export function checkBuiltSite(
	distDir: string,
	root = join(distDir, '..'),
	built: readonly BuiltPageWithHtml[] = readBuiltPages(distDir),
	sectionAka: SectionAkaAnchors = new Map(),
): string[] {
	const pages = withIds(built);
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const problems: string[] = [];
	// A broken link is named once, where an editor fixes it: the source file and line when the page
	// comes from one Markdown file, else the first page it is on (a wizard outcome shows on many).
	const named = new Set<string>();
	const sourced = (page: BuiltPage) => (sourceFileOf(page.path) ? 0 : 1);
	// A link to another page resolves the same from every page, and most are in the header and
	// footer of every page: each is resolved once. A link within the page ("#x") depends on the page.
	const resolved = new Map<string, string | undefined>();
	const resolveOnce = (href: string, page: BuiltPage) => {
		if (href.startsWith('#')) return resolve(href, page, byPath, distDir);
		if (!resolved.has(href)) resolved.set(href, resolve(href, page, byPath, distDir));
		return resolved.get(href);
	};

	for (const page of [...pages].sort((a, b) => sourced(a) - sourced(b))) {
		problems.push(...contentErrorsIn(page.html));
		if (hasEmptyContentBody(page.html)) {
			problems.push(`${page.path}: the page's content rendered empty; look for an [ERROR] from a Markdown plugin above`);
		}
		for (const anchor of anchorsShownAsText(page.html)) {
			// Named once, on the page made from the file to fix: wizard pages carry outcomes' words too.
			const key = `shown as text {#${anchor}}`;
			if (!named.has(key)) problems.push(`${sourceFileOf(page.path) ?? page.path}: "{#${anchor}}" shows as text on ${page.path}. An {#id} names the heading it ends, or a step in a :::steps block after its bold words; an item of a plain numbered list already has its section's anchor and number (docs/editors-guide.md, "Numbered steps")`);
			named.add(key);
		}
		for (const problem of checkRepeatedIds(page)) {
			// Named once, on the page made from the file to fix: an outcome shows on each of its platform
			// pages and on each wizard path that leads to it, which are checked after the sourced pages.
			const any = `repeated id * ${problem.id}`;
			if (!named.has(problem.key) && !named.has(any)) problems.push(problem.message);
			named.add(problem.key);
			if (sourceFileOf(page.path)) named.add(any);
		}
		if (/^\/platforms\/[^/]+\/$/.test(page.path)) problems.push(...checkPlatformSections(page));
		if (/^\/(guides|platforms)\/[^/]+\/$/.test(page.path)) problems.push(...checkActNowBoxPlaced(page));
		problems.push(...checkSectionAka(page, sectionAka));
		for (const href of internalLinks(page.html)) {
			const problem = resolveOnce(href, page);
			if (!problem) continue;
			const key = `${href} ${problem}`;
			const source = sourceLineOf(root, page.path, href);
			if (source) {
				if (!named.has(`${source} ${key}`)) problems.push(`${source}: link "${href}" ${problem} (on ${page.path})`);
				named.add(`${source} ${key}`);
			} else if (!named.has(key)) {
				problems.push(`${page.path}: link "${href}" ${problem}`);
			}
			named.add(key);
		}
	}
	return problems;
}

/**
 * The ids of `{#id}` anchors a page shows as words: the Markdown put one where no plugin reads it
 * (after a plain list item's bold words, say), so the reader sees "{#step-…}" and the anchor does
 * not exist. Most pages have no "{#" at all.
 */
export function anchorsShownAsText(html: string): string[] {
	if (!html.includes('{#')) return [];
	return [...html.matchAll(/\{#([A-Za-z][\w-]*)\}/g)].map((match) => match[1]);
}

const EMPTY_TO_CLOSE = /\s*<\/div>/y;

/**
 * True when a `<div … data-content-body …>` holds nothing but white space: what
 * /<div[^>]*data-content-body[^>]*>\s*<\/div>/ matches, found from each `data-content-body`
 * instead. The pattern tried every `<div` of every page and ran each to its `>` (about 1 ms of
 * CPU per page at 10× the content); a tag's end is the first `>` after its start, so the `<div`
 * that holds an attribute is the last one before it, with no `>` between.
 */
export function hasEmptyContentBody(html: string): boolean {
	for (let at = html.indexOf('data-content-body'); at !== -1; at = html.indexOf('data-content-body', at + 1)) {
		const open = html.lastIndexOf('<div', at);
		if (open === -1 || html.indexOf('>', open) < at) continue;
		EMPTY_TO_CLOSE.lastIndex = html.indexOf('>', at) + 1;
		if (EMPTY_TO_CLOSE.lastIndex > 0 && EMPTY_TO_CLOSE.test(html)) return true;
	}
	return false;
}

/**
 * Every anchor is on its page once: a link to `#x` must go to one place. A box's `{#id}`
 * (src/markdown/remark-callouts.ts) could repeat another box's, or a heading's, whose anchor is
 * its `{#id}` or else comes from its words ("What to do" is #what-to-do). Named once per file and id.
 */
export function checkRepeatedIds(page: Pick<BuiltPage, 'path' | 'html'>): { id: string; key: string; message: string }[] {
	const counts = new Map<string, number>();
	for (const match of page.html.matchAll(/\sid="([^"]*)"/g)) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
	const file = sourceFileOf(page.path) ?? page.path;
	return [...counts]
		.filter(([, count]) => count > 1)
		.map(([raw, count]) => {
			const id = decodeAttribute(raw);
			const heading = new RegExp(`<h[1-6]\\b[^>]*\\sid="${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(page.html);
			const what = heading ? 'by a heading and by something else (a box\'s {#id}, say)' : `${count} times`;
			return {
				id,
				key: `repeated id ${file} ${id}`,
				message: `${file}: the anchor #${id} is used ${what} on ${page.path}, so a link to it cannot say which is meant. Each {#id} on a box or heading must be different from every other anchor on the page, including the ones headings take from their words; use lower-case letters, digits and hyphens, starting with a letter (docs/editors-guide.md, "Linking to a box")`,
			};
		});
}

/**
 * A guide's or platform page's act-now box (its `:::safeguarding` box before the first section, which
 * check-act-now-first requires) is lifted out of the content by src/markdown/rehype-act-now-box.ts for
 * the page's template to show straight after the summary, on a phone's first screen. A template
 * that does not show it would lose the box from the page without a word: this says so.
 */
function checkActNowBoxPlaced(page: BuiltPage): string[] {
	// A page that failed to render has its own error already.
	if (contentErrorsIn(page.html).length > 0) return [];
	const file = sourceFileOf(page.path) ?? page.path;
	const box = page.html.search(ACT_NOW_BOX_START_TAG);
	if (box === -1) return [`${file}: the page's act-now box (its :::safeguarding box before the first section) is not on the built page: the page's template must show it after the summary (actNowBoxHtml in src/markdown/rehype-act-now-box.ts)`];
	const later = [page.html.search(/<nav\b[^>]*\sclass="page-contents"/), page.html.search(/<div\b[^>]*\sdata-content-body[\s>=]/)].filter((at) => at !== -1);
	if (later.some((at) => at < box)) return [`${file}: the page's act-now box comes after "On this page" or the page's content: the template must show it straight after the summary, so it is on a phone's first screen`];
	return [];
}

/** Every platform page has the same sections in the same order, so readers and the wizard can rely on them. */
function checkPlatformSections(page: BuiltPage): string[] {
	const file = `content${page.path.replace(/\/$/, '')}.md`;
	const headingIds = [...page.html.matchAll(/<h[23]\b[^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
	const present = headingIds.filter((id) => (PLATFORM_SECTIONS as readonly string[]).includes(id));
	const missing = PLATFORM_SECTIONS.filter((id) => !present.includes(id));
	const order = PLATFORM_SECTIONS.map((id) => `{#${id}}`).join(', ');
	if (missing.length > 0) {
		return [`${file}: missing the standard section${missing.length > 1 ? 's' : ''} ${missing.map((id) => `{#${id}}`).join(', ')}. Every platform page has these ## headings, in this order: ${order}`];
	}
	if (present.join() !== PLATFORM_SECTIONS.join()) return [`${file}: the standard sections are out of order. Use this order: ${order}`];
	return [];
}

/**
 * Each key of a page's frontmatter `sectionAka` must be the anchor of one of its h2 or h3 headings
 * (the sections search indexes), or its words would silently stop working when a heading is renamed.
 */
function checkSectionAka(page: BuiltPage, sectionAka: SectionAkaAnchors): string[] {
	const file = /^\/(guides|platforms|report\/outcome)\/[^/]+\/$/.test(page.path) ? sourceFileOf(page.path) : undefined;
	const anchors = file ? sectionAka.get(file) : undefined;
	if (!file || !anchors || anchors.length === 0) return [];
	// The sections search indexes: headings in the page's content, not its furniture ("Related pages").
	const content = contentBodyHtml(page.html) ?? page.html;
	const headingIds = new Set([...content.matchAll(/<h[23]\b[^>]*\sid="([^"]*)"/g)].map((m) => m[1]));
	// A page that failed to render has no headings; its own error is reported already.
	if (headingIds.size === 0) return [];
	return anchors
		.filter((anchor) => !headingIds.has(anchor))
		.map((anchor) => `${file}: field "sectionAka": "${anchor}" is not a section of this page. Use the anchor of one of its h2 or h3 headings: ${[...headingIds].join(', ')}`);
}

/** The Markdown file a page is made from, relative to the project: guides, platforms and wizard outcomes. */
function sourceFileOf(path: string): string | undefined {
	const match = /^\/(guides|platforms)\/([^/]+)\/$/.exec(path) ?? /^\/report\/(outcome)\/([^/]+)\/(?:[^/]+\/)?$/.exec(path);
	if (!match) return undefined;
	return match[1] === 'outcome' ? `content/wizard/outcomes/${match[2]}.md` : `content/${match[1]}/${match[2]}.md`;
}

/** `content/guides/x.md:12` for the first line of the page's source that holds the link, if it has one. */
function sourceLineOf(root: string, path: string, href: string): string | undefined {
	const file = sourceFileOf(path);
	if (!file || !existsSync(join(root, file))) return undefined;
	const index = readFileSync(join(root, file), 'utf8')
		.split('\n')
		.findIndex((line) => line.includes(`(${href})`) || line.includes(`(${href} `) || line.includes(`"${href}"`));
	return index === -1 ? undefined : `${file}:${index + 1}`;
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
		const href = decodeAttribute(match[1]);
		if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) links.push(href);
	}
	return links;
}

function withIds(pages: readonly BuiltPageWithHtml[]): BuiltPage[] {
	return pages.map(({ path, html }) => {
		const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeAttribute(m[1])));
		return { path, html, ids };
	});
}
