import type { AskedAsFile } from '../schemas/asked-as';
import type { SearchPage } from './document';
import { isMeaningful, termOf, words } from './text';

/**
 * "Asked as": document expansion from labelled questions (doc2query with real questions). Each
 * page, or section, may carry the questions people asked that it answers (`SearchPage.asked`,
 * `SearchSection.asked`). Their words are indexed in a search-only field of their own (`asked`),
 * counted `Ranking.fields.asked`; which words are kept is decided here, for every part at once
 * (some choices need the whole site: the words other pages' questions use, the site's own words).
 * See docs/search.md, "Asked as".
 */
export interface AskedOptions {
	/** Where a question labelled with a section counts: in that section's part, in its page's own part, or in both. */
	level: 'section' | 'page' | 'both';
	/** Which of a question's words: all of them, those the part it counts for lacks, or those its page lacks anywhere. */
	words: 'all' | 'new-to-part' | 'new-to-page';
	/** A word counts for a part only when at least this many of the part's questions use it. */
	minCount: number;
	/** A word in questions for more than this many pages says nothing about any of them: left out everywhere. */
	maxPages: number;
	/** Only words the site's own pages use somewhere: no new index terms (misspellings, slang, names). */
	siteWordsOnly: boolean;
}

/**
 * The site's choice, by cross-validation over the general tuning sets (docs/search.md, "Asked as"):
 * every word of a question the site's pages use somewhere, in the section asked for and in its page.
 */
export const ASKED_OPTIONS: AskedOptions = { level: 'both', words: 'all', minCount: 1, maxPages: Number.POSITIVE_INFINITY, siteWordsOnly: true };

/** A question's index terms, each once: its words with known misspellings put right (synonyms.json), common words dropped. */
export function questionTerms(question: string, misspellings: Readonly<Record<string, string>> = {}): string[] {
	const terms = words(question)
		.map((word) => misspellings[word] ?? word)
		.filter(isMeaningful)
		.map(termOf);
	return [...new Set(terms)];
}

/**
 * The `asked` terms of each part, in the parts' order (each page's own part, then its sections, as
 * build-index.ts lists them). `partTerms` are each part's other terms (title or heading, aka, text),
 * in the same order; `partPages` the page of each part.
 */
export function askedTerms(
	pages: readonly SearchPage[],
	partTerms: readonly ReadonlySet<string>[],
	options: AskedOptions = ASKED_OPTIONS,
	misspellings: Readonly<Record<string, string>> = {},
): string[][] {
	// Where each question counts, as a part number.
	const questions: string[][] = partTerms.map(() => []);
	const pageOf: number[] = [];
	let part = 0;
	pages.forEach((page, pageIndex) => {
		const own = part;
		pageOf[own] = pageIndex;
		questions[own].push(...(page.asked ?? []));
		part += 1;
		for (const section of page.sections) {
			pageOf[part] = pageIndex;
			if (options.level !== 'page') questions[part].push(...(section.asked ?? []));
			if (options.level !== 'section') questions[own].push(...(section.asked ?? []));
			questions[part].push(...(section.askedHere ?? []));
			part += 1;
		}
	});
	if (part !== partTerms.length) throw new Error(`askedTerms: ${part} parts in the pages, but ${partTerms.length} given`);

	// How many of each part's questions use each term, and on how many pages each term is asked.
	const counts = questions.map((list) => {
		const count = new Map<string, number>();
		for (const question of list) for (const term of questionTerms(question, misspellings)) count.set(term, (count.get(term) ?? 0) + 1);
		return count;
	});
	const pagesAsking = new Map<string, Set<number>>();
	counts.forEach((count, n) => {
		for (const term of count.keys()) pagesAsking.set(term, (pagesAsking.get(term) ?? new Set()).add(pageOf[n]));
	});
	const site = options.siteWordsOnly ? new Set(partTerms.flatMap((terms) => [...terms])) : undefined;
	const pageTerms = new Map<number, Set<string>>();
	if (options.words === 'new-to-page') {
		partTerms.forEach((terms, n) => {
			const all = pageTerms.get(pageOf[n]) ?? new Set<string>();
			for (const term of terms) all.add(term);
			pageTerms.set(pageOf[n], all);
		});
	}
	return counts.map((count, n) =>
		[...count]
			.filter(([term, times]) => {
				if (times < options.minCount) return false;
				if ((pagesAsking.get(term)?.size ?? 0) > options.maxPages) return false;
				if (site && !site.has(term)) return false;
				if (options.words === 'new-to-part' && partTerms[n].has(term)) return false;
				if (options.words === 'new-to-page' && pageTerms.get(pageOf[n])?.has(term)) return false;
				return true;
			})
			.map(([term]) => term),
	);
}

/** The questions of content/data/asked-as.json (or another such file), each on the page or section its key names. Keys naming nothing are left out (`checkAskedAs` names them). */
export function withAskedAs(pages: readonly SearchPage[], file: Pick<AskedAsFile, 'questions'>): SearchPage[] {
	const byKey = new Map(Object.entries(file.questions));
	return pages.map((page) => ({
		...page,
		asked: [...(page.asked ?? []), ...(byKey.get(page.url) ?? [])],
		sections: page.sections.map((section) => ({ ...section, asked: [...(section.asked ?? []), ...(byKey.get(`${page.url}#${section.anchor}`) ?? [])] })),
	}));
}

/** The pages without any questions: what the index would be without the `asked` field (for experiments: scripts/asked-as.ts). */
export function withoutAsked(pages: readonly SearchPage[]): SearchPage[] {
	return pages.map(({ asked: _asked, ...page }) => ({ ...page, sections: page.sections.map(({ asked: _sectionAsked, askedHere: _here, ...section }) => section) }));
}

/**
 * Each key of the file must be a page search covers and, after "#", one of its sections: otherwise
 * its questions would count for nothing. Returns one line per problem, naming the file, the key and
 * what is allowed.
 */
export function checkAskedAs(file: Pick<AskedAsFile, 'questions'>, pages: readonly SearchPage[], source = 'content/data/asked-as.json'): string[] {
	return Object.keys(file.questions).flatMap((key) => {
		const [url, anchor] = key.split('#');
		const where = `${source}: field "questions", key "${key}"`;
		const page = pages.find((candidate) => candidate.url === url);
		if (!page) {
			return [`${where}: search has no page ${url}; use the address of a guide (/guides/<slug>/), a platform page (/platforms/<slug>/), a wizard outcome (/report/outcome/<id>/) or one of ${extraPages(pages)}, and "#" with a section's anchor for one section`];
		}
		// A page that failed to render has no sections; the content guard reports its own error when the
		// build ends, as for `sectionAka` (src/checks/check-built-site.ts).
		if (anchor !== undefined && page.sections.length > 0 && !page.sections.some((section) => section.anchor === anchor)) {
			return [`${where}: ${url} has no section #${anchor}; its sections are ${page.sections.map((section) => `#${section.anchor}`).join(', ')}`];
		}
		return [];
	});
}

/** The pages search covers that are not guides, platform pages or outcomes (the helpline page, the privacy page). */
const extraPages = (pages: readonly SearchPage[]) =>
	pages
		.map((page) => page.url)
		.filter((url) => !/^\/(guides|platforms|report\/outcome)\//.test(url))
		.join(', ');
