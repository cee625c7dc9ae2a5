import { type CollectionEntry, getCollection } from 'astro:content';

/** Guides in title order (getCollection's own order is not stable). */
export async function sortedGuides(): Promise<CollectionEntry<'guides'>[]> {
	return (await getCollection('guides')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** Platform pages in the platform's name order. */
export async function sortedPlatforms(): Promise<CollectionEntry<'platforms'>[]> {
	return (await getCollection('platforms')).sort((a, b) => a.data.platform.localeCompare(b.data.platform, 'en-GB'));
}

export interface PageLink {
	href: string;
	title: string;
	summary: string;
}

/** Title and summary for each guide and platform page, by path, to show related pages. */
export async function pagesByPath(): Promise<Map<string, PageLink>> {
	const [guides, platforms] = await Promise.all([getCollection('guides'), getCollection('platforms')]);
	return new Map<string, PageLink>([
		...guides.map((g) => [`/guides/${g.id}/`, { href: `/guides/${g.id}/`, title: g.data.title, summary: g.data.summary }] as const),
		...platforms.map((p) => [`/platforms/${p.id}/`, { href: `/platforms/${p.id}/`, title: p.data.title, summary: p.data.summary }] as const),
	]);
}
