import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { fileForPath } from '../checks/built-pages';
import { readContent } from '../checks/read-content';
import { withNeutralFacts } from '../data/nations';
import { ACT_NOW_BOX_START_TAG } from '../markdown/rehype-act-now-box';
import { KIND_LABELS as OUTCOME_KIND_LABELS } from '../wizard/kind-labels';
import { readFlow } from '../wizard/read-flow';
import type { SearchPage } from './document';
import { askedAs } from '../data/asked-as';
import { withAskedAs } from './asked-as';
import { extraDocuments } from './extra-documents';
import { readPlainHtml } from './plain-html';
import { type SearchSection, type SplitPage, splitSections } from './sections';

const KIND_LABELS = { guides: 'Guide', platforms: 'Platform' } as const;

/** The HTML of a built page by its URL path, or undefined when there is no such page. */
export type PageHtml = (url: string) => Promise<string | undefined>;

/**
 * Every page search covers, read from the pages as the site really renders them: each guide and
 * platform page and each of the wizard's outcomes (at its short address, /report/outcome/<id>/),
 * from its rendered content ([data-content-body]), with its title, summary and `aka` terms from
 * the frontmatter; then the extra pages (the helpline page), from their <main>; each with the
 * questions people asked for it (content/data/asked-as.json). Nothing is
 * rendered here: a build reads dist/ (searchPagesFromDist), `astro dev` asks its own server.
 */
export async function collectSearchPages(root: string, htmlOf: PageHtml): Promise<SearchPage[]> {
	const htmlAt = async (url: string, file: string) => {
		const html = await htmlOf(url);
		if (html === undefined) throw new Error(`${file}: search found no built page at ${url}`);
		return html;
	};
	const read = async (url: string, file: string) => fromHtml(await htmlAt(url, file));
	// Only the content is parsed, not the page around it (head, header, footer: about 40% of a
	// guide's HTML), since parsing the built pages was most of the search index's build time; and
	// without an HTML parser where the content's HTML is plain enough to read the same way (./plain-html.ts).
	const body = (page: string, url: string, file: string): Element => {
		const html = contentBodyHtml(page);
		const tree = (html !== undefined && readPlainHtml(html)) || fromHtml(html ?? page, { fragment: true });
		const found = findElement(tree, isContentBody);
		if (!found) throw new Error(`${file}: the page ${url} has no [data-content-body] for search to read`);
		return found;
	};

	const pages: SearchPage[] = [];
	const files = readContent(root);
	for (const file of files) {
		const url = `/${file.kind}/${file.slug}/`;
		const page = await htmlAt(url, file.file);
		const { intro, sections } = withActNowBox(file.kind, splitSections(asRoot(body(page, url, file.file))), actNowBoxText(page));
		const frontmatter = file.frontmatter as { title: string; summary: string; aka?: string[]; sectionAka?: Record<string, string[]>; platform?: string };
		withSectionAka(sections, frontmatter.sectionAka ?? {});
		pages.push({
			url,
			title: frontmatter.title,
			kind: KIND_LABELS[file.kind],
			summary: withNeutralFacts(frontmatter.summary.trim()),
			aka: [...(frontmatter.platform ? [frontmatter.platform] : []), ...(frontmatter.aka ?? [])],
			intro,
			sections,
		});
	}

	const { flow, problems } = readFlow(root);
	if (!flow) throw new Error(`Search could not read the wizard's content:\n  ${problems.join('\n  ')}`);
	const platformSlugs = files.filter((file) => file.kind === 'platforms').map((file) => file.slug);
	for (const outcome of flow.outcomes) {
		const url = `/report/outcome/${outcome.id}/`;
		const { intro, sections } = splitSections(asRoot(body(await htmlAt(url, outcome.file), url, outcome.file)));
		withSectionAka(sections, outcome.sectionAka);
		// The platforms it has its own page for: only an outcome that shows a platform's steps has any.
		const platforms: string[] = [];
		if (outcome.platformSections.length > 0) {
			for (const slug of platformSlugs) if ((await htmlOf(`${url}${slug}/`)) !== undefined) platforms.push(slug);
		}
		pages.push({ url, title: outcome.title, kind: OUTCOME_KIND_LABELS[outcome.kind], summary: withNeutralFacts(outcome.summary), aka: outcome.aka, intro, sections, ...(platforms.length > 0 ? { platforms } : {}) });
	}

	for (const extra of extraDocuments()) {
		const tree = await read(extra.url, extra.source);
		const main = findElement(tree, (element) => element.tagName === 'main');
		if (!main) throw new Error(`${extra.source}: the page ${extra.url} has no <main> for search to read`);
		const title = findElement(main, (element) => element.tagName === 'h1');
		const description = findElement(tree, (element) => element.tagName === 'meta' && element.properties.name === 'description');
		const { intro, sections } = extra.body === false ? { intro: '', sections: [] } : splitSections(asRoot(withoutChrome(main)));
		withSectionAka(sections, extra.sectionAka ?? {});
		pages.push({
			url: extra.url,
			title: title ? toString(title).replace(/\s+/g, ' ').trim() : extra.url,
			kind: extra.kind,
			summary: String(description?.properties.content ?? ''),
			aka: extra.aka,
			intro,
			sections,
		});
	}
	// The questions people asked (content/data/asked-as.json); a key that names nothing is left out
	// here and named by the build (checkAskedAs, in integration.ts).
	return withAskedAs(pages, askedAs);
}

/**
 * Gives each section its `sectionAka` terms. A key that is not a section of the page is left out
 * here: the content guard names it when the build ends (checkBuiltSite), with everything else that
 * is wrong, rather than this stopping the build before a broken page's own error is reported.
 */
export function withSectionAka(sections: SearchSection[], sectionAka: Readonly<Record<string, string[]>>): void {
	for (const section of sections) {
		const terms = sectionAka[section.anchor];
		if (terms) section.aka = terms;
	}
}

/** The pages search covers, from a built site's dist/ folder. */
export function searchPagesFromDist(root: string, distDir = join(root, 'dist')): Promise<SearchPage[]> {
	if (!existsSync(join(distDir, 'index.html'))) throw new Error(`Search reads the built pages, and ${distDir} has none: run \`npx astro build\` first.`);
	return collectSearchPages(root, async (url) => {
		const file = fileForPath(distDir, url);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	});
}

const isContentBody = (element: Element) => element.properties.dataContentBody !== undefined;

const CONTENT_BODY_START = /<div\b[^>]*\sdata-content-body[\s>=]/;
/** A <div> start or end tag, or a comment (skipped: a "<div" in it is not a tag). */
const DIV_TAG_OR_COMMENT = /<!--[\s\S]*?-->|<div\b|<\/div\s*>/g;
const SECTION_TAG_OR_COMMENT = /<!--[\s\S]*?-->|<section\b|<\/section\s*>/g;

/**
 * The HTML of a page's first [data-content-body] element, from its start tag to its matching end
 * tag, or undefined when it cannot be told (then the whole page is parsed). The site writes no
 * <div> inside a script, style or attribute of a page's content, so counting <div> tags finds the end.
 */
export function contentBodyHtml(html: string): string | undefined {
	return elementHtml(html, CONTENT_BODY_START, DIV_TAG_OR_COMMENT);
}

/** The HTML of a guide's or platform page's act-now box (<section data-act-now-box>), or undefined when it has none. */
export function builtActNowBoxHtml(html: string): string | undefined {
	return elementHtml(html, ACT_NOW_BOX_START_TAG, SECTION_TAG_OR_COMMENT);
}

/** The words of a page's act-now box, its title first, one line per paragraph or item; undefined when it has none. */
export function actNowBoxText(page: string): string | undefined {
	const html = builtActNowBoxHtml(page);
	if (html === undefined) return undefined;
	const [box] = splitSections(readPlainHtml(html) || fromHtml(html, { fragment: true })).sections;
	return box ? [box.heading, box.text].filter(Boolean).join('\n') : undefined;
}

/**
 * Where search counts the words of a page's act-now box, which the template shows above the content
 * (src/markdown/rehype-act-now-box.ts): where they were before it was lifted out of the content, so
 * that lifting it moved no result. A guide's box was its content's first block, so its words are the
 * page's own part's (with the summary and the intro: a result for the page opens at its top, where
 * the box is). A platform page's box was inside "In short" until 2 December 2026, so its words stay
 * that section's. As a section of its own (#act-now), or with the page's own part on platform pages
 * too, the tuning sets lost first results (docs/search.md, "The act-now box").
 */
export function withActNowBox(kind: 'guides' | 'platforms', page: SplitPage, boxText: string | undefined): SplitPage {
	if (boxText === undefined) return page;
	if (kind === 'guides' || page.sections.length === 0) return { ...page, intro: [boxText, page.intro].filter(Boolean).join('\n') };
	const [first, ...rest] = page.sections;
	const { shown: _, ...words } = first;
	return { ...page, sections: [{ ...words, text: [first.text, boxText].filter(Boolean).join('\n') }, ...rest] };
}

/** From the start tag `start` finds to its matching end tag, counting the tags `tags` finds (that element's name, and comments). */
function elementHtml(html: string, start: RegExp, tags: RegExp): string | undefined {
	const at = start.exec(html)?.index;
	if (at === undefined) return undefined;
	let depth = 0;
	tags.lastIndex = at;
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		if (match[0].startsWith('<!--')) continue;
		depth += match[0].startsWith('</') ? -1 : 1;
		if (depth === 0) return html.slice(at, match.index + match[0].length);
	}
	return undefined;
}

function asRoot(element: Element): Root {
	return { type: 'root', children: [element] };
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (test(child)) return child;
		const found = findElement(child, test);
		if (found) return found;
	}
	return undefined;
}

/** A page's <main> without what is not its content: the h1 (the title), navigation, scripts and hidden parts. */
function withoutChrome(element: Element): Element {
	const keep = (child: RootContent): boolean =>
		child.type !== 'element' || !(['h1', 'nav', 'script', 'style', 'template'].includes(child.tagName) || child.properties.hidden !== undefined);
	return {
		...element,
		children: element.children.filter(keep).map((child) => (child.type === 'element' ? withoutChrome(child) : child)) as Element['children'],
	};
}
