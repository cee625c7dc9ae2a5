import type { SearchSection } from './sections';

/**
 * A page as search sees it, before indexing. Guides, platform pages and the wizard's outcomes are
 * made from content/; other pages (the helpline page) are declared in extra-documents.ts.
 */
export interface SearchPage {
	/** The page's path, with a trailing slash: /guides/impersonation/. */
	url: string;
	title: string;
	/** What kind of page it is, shown beside each result: "Guide", "Platform". */
	kind: string;
	/** One sentence about the page; searched, and shown when the page itself is the match. */
	summary: string;
	/** Words people search with that are not in the title (frontmatter `aka`). */
	aka: string[];
	/** Questions people asked that this page answers as a whole (search-only: src/search/asked-as.ts). */
	asked?: string[];
	/** Text before the first heading. */
	intro: string;
	/** Each h2 and h3, with its anchor and text. */
	sections: SearchSection[];
	/**
	 * For a wizard outcome that shows a platform's own steps, the platforms it has a page for, at
	 * /report/outcome/<id>/<platform>/ (the same page with that platform's steps): a query that
	 * names one of them is sent there.
	 */
	platforms?: string[];
}
