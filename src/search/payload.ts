import type { EncodedActNow } from './act-now-match';
import { type PackedActNow, unpackActNow } from './act-now-packed';

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
 * - Each part's text (a page's own, or a section's), for the snippets under results, in a file of
 *   its own (`textFile`), fetched only for the parts a search shows.
 */
export interface SearchPayload {
	/** Bumped when the shape changes, so an old cached file is never misread. */
	version: typeof PAYLOAD_VERSION;
	/**
	 * The pages, column by column (`encodePages`; `decodePayload` gives them as [url, title, kind]
	 * rows). (Part n's text, for its snippet, is `textFile(indexFile, n)`.)
	 */
	pages: {
		/** Each page's address, joined by spaces. */
		urls: string;
		titles: string[];
		/** The kinds of page ("Guide"), each once, and each page's as one base-36 digit, its place in `kinds`. */
		kinds: string[];
		kind: string;
	};
	/**
	 * The searchable parts, column by column (smaller than a row each once gzipped), in order: a
	 * part's position is its id in the FlexSearch index. Each page's parts come together, its own
	 * first (title, summary and intro, with an empty anchor), then its sections. `decodePayload`
	 * gives them as rows. Numbers in base 36 and lists joined by spaces, not JSON arrays: 0.3 KB
	 * gzip less at 10× the content (session 35).
	 */
	parts: {
		/** How many parts each page has, base 36, joined by spaces. */
		counts: string;
		/** Each section's anchor (joined by spaces) and heading; a page's own part has no anchor, and its heading is the page's title. */
		anchors: string;
		headings: string[];
		/** Number of terms in each part's text, base 36, joined by spaces. */
		lengths: string;
	};
	/**
	 * Every index term, sorted, front-coded (`encodeVocabulary`): each term as one base-36 digit,
	 * how many letters it shares with the term before, then the rest of it; joined by spaces.
	 */
	vocabulary: string;
	/** How many shard files the postings are split into. */
	shards: number;
	/**
	 * Synonym groups, each alternative as index terms joined by spaces; the alternatives of a group
	 * joined by ",", the groups by ";" (`encodeLists`: 0.1 KB gzip less than JSON arrays).
	 */
	synonyms: string;
	/** Misspelt word → the word meant, both simplified: each pair joined by "=", the pairs by ",". */
	misspellings: string;
	/** Question phrases and the words they ask about, both simplified ("how old" → "age rules"): each pair joined by "=", the pairs by ",". */
	questions: string;
	/** The act-now concepts (content/data/act-now.json), matched against every query before ranking (`packActNow`). */
	actNow: PackedActNow;
	/**
	 * Each UK nation's id, which ends the anchors of its own sections ("offences-wales"), and what
	 * names it in a query: its name and the terms only it uses (content/data/nations.json,
	 * `ownTerms`: "PSNI", "designated safeguarding person"), each as index terms joined by spaces;
	 * then its places, as index terms too ("Glasgow", "County Tyrone": `places`), its name, and the
	 * words that name it by name, as index terms: its name and its adjective ("scottish", "northern
	 * irish", "ni").
	 */
	nations: [string, string[], string[], string, string[]][];
	/**
	 * The wizard outcomes with a page for each of some platforms (/report/outcome/<id>/<platform>/):
	 * each as its page's number and those platforms, joined by spaces (`SearchPage.platforms`).
	 */
	platformPages: [number, string][];
}

/**
 * One shard: the FlexSearch Document export (STACK.md: import with the same options), key by key,
 * holding only the terms whose `shardOf` is this shard, each key's entries written by
 * `encodePostings`. Imported into one Document, shard by shard: FlexSearch adds each shard's terms
 * to what it has.
 */
export type SearchShard = Record<string, string>;

/** A part's text, as its snippet is made from it (`textFile`). */
export type SearchText = string;

/** One entry of FlexSearch's export of a field's map (resolution 1): a term and the ids of the parts holding it. */
export type PostingsEntry = [term: string, ids: [number[]]];

/**
 * A field's postings, smaller than FlexSearch's JSON: each entry as its term, then the ids of the
 * parts holding it as gaps (each id minus the one before), base 36, joined by commas; entries joined
 * by semicolons ("sexual,bs,9,9;straight,31w"). Ids come in ascending order, so the gaps are small
 * numbers: a third of the bytes once gzipped. Terms never hold a comma or a semicolon (text.ts makes
 * them of letters and digits; the build checks).
 */
export function encodePostings(entries: readonly PostingsEntry[]): string {
	return entries
		.map(([term, [ids]]) => {
			let previous = 0;
			return [term, ...ids.map((id) => {
				const gap = id - previous;
				previous = id;
				return gap.toString(36);
			})].join(',');
		})
		.join(';');
}

/**
 * The entries `encodePostings` wrote, exactly as FlexSearch exported them (so its import reads them
 * as it would its own). Read character by character: a third less CPU than JSON.parse took over
 * FlexSearch's own format, where splitting the text took half as much again.
 */
export function decodePostings(encoded: string): PostingsEntry[] {
	const entries: PostingsEntry[] = [];
	const end = encoded.length;
	let at = 0;
	while (at < end) {
		let next = at;
		while (next < end && encoded[next] !== ',' && encoded[next] !== ';') next += 1;
		const term = encoded.slice(at, next);
		const ids: number[] = [];
		let id = 0;
		while (encoded[next] === ',') {
			next += 1;
			let gap = 0;
			for (let code = encoded.charCodeAt(next); next < end && code !== COMMA && code !== SEMICOLON; code = encoded.charCodeAt(next)) {
				// A base-36 digit: 0-9, then a-z.
				gap = gap * 36 + (code >= LOWER_A ? code - LOWER_A + 10 : code - DIGIT_0);
				next += 1;
			}
			id += gap;
			ids.push(id);
		}
		entries.push([term, [ids]]);
		at = next + 1;
	}
	return entries;
}

const [COMMA, SEMICOLON, LOWER_A, DIGIT_0] = [',', ';', 'a', '0'].map((c) => c.charCodeAt(0));

/** The first file as the engine reads it: the pages and parts as rows, the vocabulary as a list, the act-now concepts (and the file's own `unless`) as objects. */
export interface DecodedPayload extends Omit<SearchPayload, 'pages' | 'parts' | 'vocabulary' | 'actNow' | 'synonyms' | 'misspellings' | 'questions'> {
	/** Synonym groups, each alternative as index terms joined by spaces. */
	synonyms: string[][];
	/** Misspelt word → the word meant, both simplified. */
	misspellings: Record<string, string>;
	/** Question phrases and the words they ask about. */
	questions: [string, string][];
	/** [url, title, kind] for each page. */
	pages: [string, string, string][];
	/** [page, anchor, heading, number of terms] for each searchable part, by id. */
	docs: [number, string, string, number][];
	vocabulary: string[];
	actNow: EncodedActNow;
}

/**
 * Rows of searchable parts, as the builder makes them (each page's own part first, with an empty
 * anchor and the page's title as its heading), to the columns of the first file.
 */
export function encodeParts(docs: DecodedPayload['docs'], pages: DecodedPayload['pages']): SearchPayload['parts'] {
	const counts: number[] = pages.map(() => 0);
	for (const [page] of docs) counts[page] += 1;
	const sections = docs.filter(([page, anchor, heading], id) => {
		const own = id === 0 || docs[id - 1][0] !== page;
		if (own && (anchor !== '' || heading !== pages[page][1])) throw new Error(`Search: the first part of ${pages[page][0]} must be the page's own, with no anchor and its title as heading`);
		return !own;
	});
	if (counts.includes(0)) throw new Error('Search: every page must have its own part');
	const parts = { counts: joinNumbers(counts), anchors: joinWords(sections.map((doc) => doc[1])), headings: sections.map((doc) => doc[2]), lengths: joinNumbers(docs.map((doc) => doc[3])) };
	if (JSON.stringify(decodeParts(parts, pages)) !== JSON.stringify(docs)) throw new Error('Search: the parts do not read back as they were written (encodeParts in src/search/payload.ts)');
	return parts;
}

/** The pages as the first file sends them: column by column, each page's kind by its place in a list of the kinds. */
export function encodePages(rows: DecodedPayload['pages']): SearchPayload['pages'] {
	const kinds = [...new Set(rows.map(([, , kind]) => kind))];
	if (kinds.length > 36) throw new Error('Search: more than 36 kinds of page; encodePages (src/search/payload.ts) sends each as one base-36 digit');
	const pages = { urls: joinWords(rows.map(([url]) => url)), titles: rows.map(([, title]) => title), kinds, kind: rows.map(([, , kind]) => kinds.indexOf(kind).toString(36)).join('') };
	if (JSON.stringify(decodePages(pages)) !== JSON.stringify(rows)) throw new Error('Search: the pages do not read back as they were written (encodePages in src/search/payload.ts)');
	return pages;
}

export function decodePayload(payload: SearchPayload): DecodedPayload {
	const { parts, vocabulary, actNow, synonyms, misspellings, questions, ...rest } = payload;
	const pages = decodePages(payload.pages);
	return {
		...rest,
		pages,
		docs: decodeParts(parts, pages),
		vocabulary: decodeVocabulary(vocabulary),
		actNow: unpackActNow(actNow),
		synonyms: decodeLists(synonyms, ';', ','),
		misspellings: Object.fromEntries(decodeLists(misspellings, ',', '=') as [string, string][]),
		questions: decodeLists(questions, ',', '=') as [string, string][],
	};
}

/**
 * Lists of phrases as one text: each list's phrases joined by `inner`, the lists by `outer`. Throws
 * unless it reads back exactly (a phrase empty or holding either mark).
 */
export function encodeLists(lists: readonly (readonly string[])[], outer: string, inner: string): string {
	const text = lists.map((list) => list.join(inner)).join(outer);
	if (JSON.stringify(decodeLists(text, outer, inner)) !== JSON.stringify(lists)) throw new Error(`Search: lists with a phrase that is empty or holds "${outer}" or "${inner}" cannot be sent as text (encodeLists in src/search/payload.ts)`);
	return text;
}

function decodeLists(text: string, outer: string, inner: string): string[][] {
	return text === '' ? [] : text.split(outer).map((list) => list.split(inner));
}

function decodePages({ urls, titles, kinds, kind }: SearchPayload['pages']): DecodedPayload['pages'] {
	return splitWords(urls).map((url, page) => [url, titles[page], kinds[Number.parseInt(kind[page], 36)]]);
}

function decodeParts(parts: SearchPayload['parts'], pages: DecodedPayload['pages']): DecodedPayload['docs'] {
	const [counts, anchors, lengths] = [splitNumbers(parts.counts), splitWords(parts.anchors), splitNumbers(parts.lengths)];
	const docs: DecodedPayload['docs'] = [];
	let section = 0;
	counts.forEach((count, page) => {
		docs.push([page, '', pages[page][1], lengths[docs.length]]);
		for (let i = 1; i < count; i += 1, section += 1) docs.push([page, anchors[section], parts.headings[section], lengths[docs.length]]);
	});
	return docs;
}

/** Words (addresses, anchors) joined by spaces: none may be empty or hold one. */
function joinWords(words: readonly string[]): string {
	for (const word of words) if (word === '' || /\s/.test(word)) throw new Error(`Search: "${word}" cannot be sent joined by spaces (src/search/payload.ts): it is empty or holds a space`);
	return words.join(' ');
}

function splitWords(text: string): string[] {
	return text === '' ? [] : text.split(' ');
}

function joinNumbers(numbers: readonly number[]): string {
	return numbers.map((n) => n.toString(36)).join(' ');
}

function splitNumbers(text: string): number[] {
	return splitWords(text).map((n) => Number.parseInt(n, 36));
}

/** Front coding: sorted terms share long beginnings ("haras", "harasment"), sent once. */
export function encodeVocabulary(sorted: readonly string[]): string {
	let previous = '';
	return sorted
		.map((term) => {
			let shared = 0;
			while (shared < 35 && shared < previous.length && previous[shared] === term[shared]) shared += 1;
			previous = term;
			return shared.toString(36) + term.slice(shared);
		})
		.join(' ');
}

export function decodeVocabulary(encoded: string): string[] {
	let previous = '';
	return encoded
		.split(' ')
		.filter(Boolean)
		.map((entry) => {
			previous = previous.slice(0, Number.parseInt(entry[0], 36)) + entry.slice(1);
			return previous;
		});
}

/** Raised whenever the first file's shape changes (8: the act-now answers without their titles and sentences, session 34; 10: the pages and parts as strings and columns, the slip targets front-coded, session 35; 11: each nation's places and name, and the outcomes' platform pages, session 38). */
export const PAYLOAD_VERSION = 11;

/** The shard holding a term's postings: FNV-1a over the term's UTF-16 code units. */
export function shardOf(term: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < term.length; i += 1) {
		hash ^= term.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % shards;
}

/**
 * The file name of part `doc`'s text, beside the first file `index.<hash>.json`:
 * `text.<hash>.<doc>.json`. Named by the index's hash, which changes whenever the content does, so
 * the first file need not list a name for each part. One file for each part, not each page: a result
 * shows its page's own snippet and up to three sections', and a page's whole text was twice the bytes
 * of those parts (docs/search.md, "Snippets, part by part").
 */
export function textFile(indexFile: string, doc: number): string {
	return indexFile.replace(/^index\./, 'text.').replace(/\.json$/, `.${doc}.json`);
}

/** The file name of shard `n`, beside the first file `index.<hash>.json`: `index.<hash>.<n>.json`. */
export function shardFile(indexFile: string, n: number): string {
	return indexFile.replace(/\.json$/, `.${n}.json`);
}
