import type { EncodedActNowConcept } from './act-now-match';

/**
 * What the index builder writes and the browser loads, in parts, so that a search downloads only
 * what it needs. Arrays rather than objects keep them small. Made by build-index.ts, read by
 * engine.ts.
 *
 * - The first file (this interface): the pages and their searchable parts, every index term (for
 *   prefix, joined-word and typo matching), the synonyms, misspellings and act-now concepts.
 * - The postings, in `shards` files ("shards"): which parts hold each term, in which field. A
 *   term's shard is a hash of the term (`shardOf`), so a search fetches only the shards of the
 *   terms it looks up, and a shard's name (a number) says nothing about the words in it.
 * - Each page's text, for the snippets under results, in a file of its own (a "fragment"), fetched
 *   only for the pages a search shows.
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
	/** Every index term, sorted, joined by spaces. */
	vocabulary: string;
	/** How many shard files the postings are split into. */
	shards: number;
	/** Synonym groups, each alternative as index terms joined by spaces. */
	synonyms: string[][];
	/** Misspelt word → the word meant, both simplified. */
	misspellings: Record<string, string>;
	/** The act-now concepts (content/data/act-now.json), matched against every query before ranking. */
	actNow: EncodedActNowConcept[];
}

/**
 * One shard: the FlexSearch Document export (STACK.md: import with the same options), key by key,
 * holding only the terms whose `shardOf` is this shard. Imported into one Document, shard by shard:
 * FlexSearch adds each shard's terms to what it has.
 */
export type SearchShard = Record<string, string>;

/** The text of each of a page's searchable parts, in the order of `docs`. */
export type SearchFragment = string[];

export const PAYLOAD_VERSION = 3;

/** The shard holding a term's postings: FNV-1a over the term's UTF-16 code units. */
export function shardOf(term: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < term.length; i += 1) {
		hash ^= term.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % shards;
}

/** The file name of shard `n`, beside the first file `index.<hash>.json`: `index.<hash>.<n>.json`. */
export function shardFile(indexFile: string, n: number): string {
	return indexFile.replace(/\.json$/, `.${n}.json`);
}
