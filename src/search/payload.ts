import type { EncodedActNowConcept } from './act-now-match';

/**
 * What the index builder writes and the browser loads. Arrays rather than objects keep it small.
 * Made by build-index.ts, read by engine.ts.
 *
 * The words of each page, needed only for the snippets under results, are not in the payload: each
 * page's are in a small file of their own (a "fragment"), fetched only for the pages a search shows.
 */
export interface SearchPayload {
	/** Bumped when the shape changes, so an old cached file is never misread. */
	version: typeof PAYLOAD_VERSION;
	/** [url, title, kind, fragment file name] for each page. */
	pages: [string, string, string, string][];
	/**
	 * [page, anchor, heading, number of terms] for each searchable part. The part's position is its
	 * id in the FlexSearch index. An empty anchor is the page itself (title, summary and intro).
	 */
	docs: [number, string, string, number][];
	/** The FlexSearch Document export, key by key (STACK.md: import with the same options). */
	index: Record<string, string>;
	/** Synonym groups, each alternative as index terms joined by spaces. */
	synonyms: string[][];
	/** Misspelt word → the word meant, both simplified. */
	misspellings: Record<string, string>;
	/** The act-now concepts (content/data/act-now.json), matched against every query before ranking. */
	actNow: EncodedActNowConcept[];
}

/** The text of each of a page's searchable parts, in the order of `docs`. */
export type SearchFragment = string[];

export const PAYLOAD_VERSION = 2;
