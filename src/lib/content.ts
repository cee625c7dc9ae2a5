import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheDir } from 'astro:config/server';
import { type CollectionEntry, getCollection } from 'astro:content';
import { HTML_FILE_FIELD } from './rendered-html';

/**
 * Reads once a build, afresh each time in the dev server (where an editor changes the content).
 * getCollection copies every entry of the collection on each call, and some calls are made by every
 * page (related links, a wizard outcome's platform list): at 10× the content that was a copy of some
 * 330 entries for each of 900 pages. In a build the collections cannot change while pages render.
 */
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? read() : (value ??= read()));
}

const guidesInOrder = oncePerBuild(async () => (await getCollection('guides')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB')));
const platformsInOrder = oncePerBuild(async () => (await getCollection('platforms')).sort((a, b) => a.data.platform.localeCompare(b.data.platform, 'en-GB')));

/** Guides in title order (getCollection's own order is not stable). A new array: the caller may change it. */
export async function sortedGuides(): Promise<CollectionEntry<'guides'>[]> {
	return [...(await guidesInOrder())];
}

/** Platform pages in the platform's name order. A new array: the caller may change it. */
export async function sortedPlatforms(): Promise<CollectionEntry<'platforms'>[]> {
	return [...(await platformsInOrder())];
}

export interface PageLink {
	href: string;
	title: string;
	summary: string;
}

const pageLinks = oncePerBuild(async () => {
	const [guides, platforms] = await Promise.all([getCollection('guides'), getCollection('platforms')]);
	return new Map<string, PageLink>([
		...guides.map((g) => [`/guides/${g.id}/`, { href: `/guides/${g.id}/`, title: g.data.title, summary: g.data.summary }] as const),
		...platforms.map((p) => [`/platforms/${p.id}/`, { href: `/platforms/${p.id}/`, title: p.data.title, summary: p.data.summary }] as const),
	]);
});

/** Title and summary for each guide and platform page, by path, to show related pages. */
export function pagesByPath(): Promise<ReadonlyMap<string, PageLink>> {
	return pageLinks();
}

const platformsById = oncePerBuild(async () => new Map((await getCollection('platforms')).map((entry) => [entry.id, entry])));

/** The platform page with this slug, if there is one (a wizard answer may name a place without a page). */
export async function platformEntry(id: string): Promise<CollectionEntry<'platforms'> | undefined> {
	return (await platformsById()).get(id);
}

/**
 * A guide's or platform page's rendered HTML, the one render Astro made of it: from its file in
 * Astro's cache folder, where the content config's loader keeps it apart from the data store
 * (src/lib/rendered-html.ts), or from the store itself for an entry cached before that.
 */
export function renderedHtml(entry: CollectionEntry<'guides' | 'platforms'>): string {
	const where = `content/${entry.collection}/${entry.id}.md`;
	if (!entry.rendered) throw new Error(`${where}: Astro gave no rendered HTML for this page`);
	const name = entry.rendered.metadata?.[HTML_FILE_FIELD];
	if (typeof name !== 'string') return entry.rendered.html;
	const file = fileURLToPath(new URL(name, cacheDir));
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		throw new Error(`${where}: its rendered HTML (${file}) cannot be read: ${(error as Error).message}. Delete ${fileURLToPath(cacheDir)} and build again.`);
	}
}
