import { Document } from 'flexsearch';
import { actNow } from '../data/act-now';
import { nations } from '../data/nations';
import type { ActNowFile } from '../schemas/act-now';
import { encodeActNow } from './act-now';
import { packActNow } from './act-now-packed';
import type { SearchPage } from './document';
import { DOCUMENT_OPTIONS, type FieldName } from './index-options';
import { type DecodedPayload, decodePostings, encodeParts, encodePostings, encodeVocabulary, PAYLOAD_VERSION, type PostingsEntry, type SearchFragment, type SearchPayload, type SearchShard, shardOf } from './payload';
import { encodeSynonyms } from './synonyms';
import { isMeaningful, termOf, termsOf, words } from './text';

export interface BuiltSearchIndex {
	/** The first file: everything but the postings and the text. */
	payload: SearchPayload;
	/** The postings, shard by shard (`payload.shards` of them). */
	shards: SearchShard[];
	/** Each page's fragment, by page number (`fragmentFile` names its file). */
	fragments: SearchFragment[];
}

/**
 * About this many bytes of postings (JSON, before gzip) go in each shard, so the number of shards
 * grows with the content and a shard stays under 1 KB gzip. Smaller shards mean fewer unneeded
 * postings per search but more requests, and each shard then holds fewer words, which tells a host
 * watching the requests more about what was searched (docs/search.md, "Private by design"). Measured
 * for typical queries: 4096 bytes fetched 13 KB of shards at 1× and 20 KB at 10×; 2048, 8 and 12 KB.
 */
const SHARD_BYTES = 2048;

/**
 * Builds the search index at build time: one searchable part for each page (its title, `aka`
 * terms, summary and intro) and one for each h2/h3 section. Exports the FlexSearch index, splits
 * its postings into shards by term, and writes with them what the browser needs to rank and show
 * results; each page's text goes to a fragment of its own.
 */
export async function buildSearchIndex(pages: readonly SearchPage[], actNowFile: ActNowFile = actNow): Promise<BuiltSearchIndex> {
	const index = new Document(DOCUMENT_OPTIONS);
	const indexTerms = termsOnce();
	const docs: DecodedPayload['docs'] = [];
	const texts: SearchFragment[] = pages.map(() => []);

	/**
	 * `searchOnly`: words indexed with the part's text that are not shown in its snippets (sectionAka).
	 * `shownOnly`: words shown in its snippets in place of its text, and not indexed (SearchSection.shown).
	 */
	const add = (pageIndex: number, anchor: string, fields: Record<FieldName, string>, searchOnly = '', shownOnly?: string) => {
		const id = docs.length;
		const body = indexTerms(searchOnly ? `${fields.body}\n${searchOnly}` : fields.body);
		docs.push([pageIndex, anchor, fields.name, body.length]);
		texts[pageIndex].push(shownOnly ?? fields.body);
		index.add({ id, name: indexTerms(fields.name).join(' '), aka: indexTerms(fields.aka).join(' '), body: body.join(' ') });
	};

	pages.forEach((page, pageIndex) => {
		const text = [page.summary, page.intro].filter(Boolean).join('\n');
		add(pageIndex, '', { name: page.title, aka: page.aka.join('\n'), body: text });
		// A section's aka terms count as its text, not as much as a page's aka terms: a phrase says
		// what the section is about without outranking a heading. Weighted like page aka terms, they
		// pulled sections of other pages above the right one (docs/search.md, "Words for a section").
		// A section with no words of its own shows its first subsection's under a result (SearchSection.shown).
		for (const section of page.sections) add(pageIndex, section.anchor, { name: section.heading, aka: '', body: section.text }, (section.aka ?? []).join('\n'), section.shown);
	});

	const { shards, vocabulary } = shardPostings(index);

	const pageRows = pages.map((page): SearchPayload['pages'][number] => [page.url, page.title, page.kind]);
	const { groups, misspellings, questions } = encodeSynonyms();
	const payload: SearchPayload = {
		version: PAYLOAD_VERSION,
		pages: pageRows,
		parts: encodeParts(docs, pageRows),
		vocabulary: encodeVocabulary(vocabulary),
		shards: shards.length,
		synonyms: groups,
		misspellings,
		questions,
		actNow: packActNow(encodeActNow(actNowFile, misspellings)),
		nations: encodeNations(),
	};
	return { payload, shards, fragments: texts };
}

/**
 * `termsOf` (src/search/text.ts) for one index build, with each word's term worked out once: the
 * build meets the same few thousand words again and again, and the term's regular expressions were
 * a tenth of the index's CPU at 10× the content. Kept here, not in text.ts, so the browser's code
 * is unchanged (tests/unit/build-shortcuts.test.ts holds it to termsOf).
 */
export function termsOnce(): (text: string) => string[] {
	const terms = new Map<string, string>();
	const term = (word: string) => {
		let known = terms.get(word);
		if (known === undefined) terms.set(word, (known = termOf(word)));
		return known;
	};
	return (text) => words(text).filter(isMeaningful).map(term);
}

/**
 * What names each nation in a query: its name, and those of its own terms that no other nation
 * uses ("LADO" is England's and Wales's, so it names neither), as index terms.
 */
function encodeNations(): SearchPayload['nations'] {
	const phrases = nations.map((nation) => [nation.name, ...nation.ownTerms].map((term) => termsOf(term).join(' ')).filter(Boolean));
	return nations.map((nation, n) => [nation.id, [...new Set(phrases[n].filter((phrase) => phrases.every((other, m) => m === n || !other.includes(phrase))))]]);
}

/**
 * Exports the index and deals each field's term → parts entries out to the shard of the term
 * (`shardOf`), keeping FlexSearch's own keys, so each shard is a FlexSearch export of its terms
 * alone, written smaller by `encodePostings`. The registry of ids is left out: searching does not
 * read it. The number of shards follows the size of FlexSearch's own export (SHARD_BYTES).
 */
function shardPostings(index: Document): { shards: SearchShard[]; vocabulary: string[] } {
	const maps: [string, PostingsEntry[]][] = [];
	let bytes = 0;
	index.export((key: string, data: string) => {
		if (!key.endsWith('.map')) return;
		const entries = JSON.parse(data) as unknown;
		if (!Array.isArray(entries) || !entries.every(isPostingsEntry) || JSON.stringify(decodePostings(encodePostings(entries))) !== data) {
			throw new Error(`Search: FlexSearch's export of ${key} is not a list of [term, [ids]] entries that encodePostings (src/search/payload.ts) can write; has its format changed?`);
		}
		maps.push([key, entries]);
		bytes += data.length;
	});
	const count = Math.max(1, Math.ceil(bytes / SHARD_BYTES));
	const split = Array.from({ length: count }, () => new Map<string, PostingsEntry[]>());
	const vocabulary = new Set<string>();
	for (const [key, entries] of maps) {
		for (const entry of entries) {
			vocabulary.add(entry[0]);
			const shard = split[shardOf(entry[0], count)];
			const list = shard.get(key) ?? [];
			list.push(entry);
			shard.set(key, list);
		}
	}
	const shards = split.map((shard) => Object.fromEntries([...shard].map(([key, entries]) => [key, encodePostings(entries)])));
	return { shards, vocabulary: [...vocabulary].sort() };
}

/** A term (never holding the separators `encodePostings` uses) and one list of part ids, in ascending order. */
function isPostingsEntry(entry: unknown): entry is PostingsEntry {
	if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || /[,;]/.test(entry[0])) return false;
	const lists: unknown = entry[1];
	if (!Array.isArray(lists) || lists.length !== 1 || !Array.isArray(lists[0])) return false;
	const ids: unknown[] = lists[0];
	return ids.every((id, i) => Number.isSafeInteger(id) && (id as number) >= (i === 0 ? 0 : (ids[i - 1] as number) + 1));
}
