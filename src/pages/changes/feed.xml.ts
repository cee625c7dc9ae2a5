import type { APIRoute } from 'astro';
import { withNeutralFacts } from '../../data/nations';
import { atomFeed } from '../../lib/atom-feed';
import { CHANGES_FEED_PATH, CHANGES_PATH, CHANGES_TITLE, reviewedPages } from '../../lib/changes';
import { LOCAL_SITE_URL } from '../../lib/site-url';

/** /changes/feed.xml: an Atom feed of guidance reviewed or changed, newest first. */
export const GET: APIRoute = async ({ site }) => {
	// No script runs in a feed reader: a summary's :nation[lead] is "safeguarding lead".
	const pages = (await reviewedPages()).map((page) => ({ ...page, summary: withNeutralFacts(page.summary) }));
	const xml = atomFeed(pages, {
		site: site?.href ?? LOCAL_SITE_URL,
		title: CHANGES_TITLE,
		feedPath: CHANGES_FEED_PATH,
		pagePath: CHANGES_PATH,
		author: 'Online safety reporting guide',
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
