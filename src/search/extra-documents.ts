/**
 * Pages search covers that are not Markdown in content/: THE one place to add them.
 *
 * Each entry names the page's URL, the kind shown beside its results, and words people search with
 * that are not on the page (`aka`). Everything else (title, summary, sections and their anchors)
 * is read from the built page itself, from its <h1>, its meta description and its <main>, so it
 * can never drift from what the page says. (Guides, platform pages and the wizard's outcomes are
 * read in sources.ts.)
 */
export interface ExtraDocument {
	url: string;
	kind: string;
	aka: string[];
	/** The file that makes the page, named in build errors. */
	source: string;
}

export function extraDocuments(): ExtraDocument[] {
	return [
		{
			url: '/helpline/',
			kind: 'Helpline',
			aka: ['helpline', 'POSH', 'contact', 'phone number', 'telephone', 'ring the helpline', 'email address', 'opening hours', 'open now', 'what information to give', 'what to put in an email', 'find out who is behind an account'],
			source: 'src/pages/helpline.astro',
		},
	];
}
