import { getCollection } from 'astro:content';
import { newestFirst, type ReviewedPage } from './atom-feed';

/** The "What's changed" page and its Atom feed. */
export const CHANGES_PATH = '/changes/';
export const CHANGES_FEED_PATH = '/changes/feed.xml';
export const CHANGES_TITLE = 'What’s changed in the guidance';

/** Every guide and platform page with the date it was last reviewed, newest first. */
export async function reviewedPages(): Promise<(ReviewedPage & { kind: 'guide' | 'platform' })[]> {
	const [guides, platforms] = await Promise.all([getCollection('guides'), getCollection('platforms')]);
	return newestFirst([
		...guides.map((g) => ({ kind: 'guide' as const, path: `/guides/${g.id}/`, title: g.data.title, summary: g.data.summary, reviewed: g.data.lastReviewed })),
		...platforms.map((p) => ({ kind: 'platform' as const, path: `/platforms/${p.id}/`, title: p.data.title, summary: p.data.summary, reviewed: p.data.lastReviewed })),
	]);
}
