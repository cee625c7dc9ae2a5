import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { linkedHeading } from './rehype-heading-links';
import { walk } from './walk';

/** The act-now box's anchor on every guide and platform page (`/guides/sextortion/#act-now`): published, never renamed. */
export const ACT_NOW_ID = 'act-now';

/** The lifted box's start tag in a built page (`<section … data-act-now-box>`), for the checks and search that read built pages. */
export const ACT_NOW_BOX_START_TAG = /<section\b[^>]*\sdata-act-now-box[\s>=]/;

/** The field of Astro's `remarkPluginFrontmatter` that carries the lifted box's HTML to the page template. */
const FIELD = 'actNowBox';

/** The pages whose leading box is lifted: guides and platform pages (their templates place it). */
const LIFTED = /[\\/]content[\\/](guides|platforms)[\\/][^\\/]+\.md$/;

/**
 * A guide's or platform page's act-now box (its `:::safeguarding` callout before the first section,
 * which src/checks/check-act-now-first.ts requires) is lifted out of the page's content, for the
 * template to show straight after the title and summary: above the meta line, the nation chooser and
 * "On this page", which put it 1,000 to 1,700 px down on a phone. The template places it in the
 * page's own order (no CSS reordering), so screen readers meet it where it is seen, and it is in the
 * page once.
 *
 * The lifted box is a section with a heading of its own, `#act-now`, with a copy link like any
 * section's, so helpline staff can send it (the links page lists it; the URL manifest publishes it).
 * Its title becomes an h2: it is the page's first section, after the h1, and screen readers can move
 * to it by heading. It runs after rehype-heading-links and before Astro's heading step, so "On this
 * page" (which sits below it) does not list it. Search reads its words from the built page
 * (src/search/sources.ts, withActNowBox).
 *
 * Other pages (wizard outcomes, snippets) are left as they are: their templates do not place a box.
 */
export default function rehypeActNowBox() {
	const stringify = unified().use(rehypeStringify, { allowDangerousHtml: true });
	return (tree: Root, file: VFile) => {
		const path = file.history[0];
		if (!path || !LIFTED.test(path)) return;
		refuseTakenAnchor(tree, file);
		const index = leadingBoxIndex(tree);
		if (index === undefined) return;
		const callout = tree.children[index] as Element;
		if (typeof callout.properties.id === 'string') {
			file.fail(`The act-now box (the :::safeguarding box before the first section) already has the anchor #${ACT_NOW_ID}: remove its {#${callout.properties.id}}`, callout);
		}
		const box = asActNowSection(callout);
		tree.children.splice(index, 1);
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		data.astro.frontmatter[FIELD] = stringify.stringify({ type: 'root', children: [box] });
	};
}

/** The lifted act-now box's HTML, from a page's `remarkPluginFrontmatter`, or undefined when it has none. */
export function actNowBoxHtml(remarkPluginFrontmatter: unknown): string | undefined {
	const html = typeof remarkPluginFrontmatter === 'object' && remarkPluginFrontmatter !== null ? (remarkPluginFrontmatter as Record<string, unknown>)[FIELD] : undefined;
	return typeof html === 'string' ? html : undefined;
}

/** The position of the first safeguarding callout among the page's top-level blocks before its first section. */
function leadingBoxIndex(tree: Root): number | undefined {
	for (const [index, node] of tree.children.entries()) {
		if (node.type !== 'element') continue;
		if (isSection(node)) return undefined;
		if (node.properties['data-callout'] === 'safeguarding' || node.properties.dataCallout === 'safeguarding') return index;
	}
	return undefined;
}

/** A section's heading, bare or already in rehype-heading-links' wrapper. */
function isSection(node: Element): boolean {
	if (node.tagName === 'h2' || node.tagName === 'h3') return true;
	const className = node.properties.className;
	return Array.isArray(className) && className.includes('heading-wrapper');
}

/** The callout as a section named by its title, the title an h2 with the box's anchor and a copy link. */
function asActNowSection(callout: Element): Element {
	// remark-callouts made the title the callout's first element: a paragraph.
	const titleIndex = callout.children.findIndex((child) => child.type === 'element');
	const title = callout.children[titleIndex];
	const titleChildren = title?.type === 'element' ? title.children : [];
	const rest = callout.children.filter((_, index) => index !== titleIndex);
	const heading: Element = { type: 'element', tagName: 'h2', properties: { id: ACT_NOW_ID, className: ['callout__title'] }, children: titleChildren };
	const className = Array.isArray(callout.properties.className) ? callout.properties.className : [];
	return {
		type: 'element',
		tagName: 'section',
		properties: { ...callout.properties, className: [...className, 'act-now'], ariaLabelledBy: [ACT_NOW_ID], dataActNowBox: '' },
		children: [linkedHeading(heading, ACT_NOW_ID), ...rest],
	};
}

/** Another element with the box's anchor would make `#act-now` ambiguous: the build says which. */
function refuseTakenAnchor(tree: Root, file: VFile): void {
	walk(tree, 'element', (node: Element) => {
		if (node.properties.id === ACT_NOW_ID) {
			file.fail(`The anchor #${ACT_NOW_ID} is kept for the page's act-now box (its :::safeguarding box before the first section): give this heading another {#id}`, node);
		}
	});
}
