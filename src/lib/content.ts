import { type CollectionEntry, getCollection } from 'astro:content';

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
