import { createHash } from 'node:crypto';
import { Document } from 'flexsearch';
import { actNow } from '../data/act-now';
import type { ActNowFile } from '../schemas/act-now';
import { encodeActNow } from './act-now';
import type { SearchPage } from './document';
import { DOCUMENT_OPTIONS, type FieldName } from './index-options';
import { type DecodedPayload, encodeParts, encodeVocabulary, PAYLOAD_VERSION, type SearchFragment, type SearchPayload, type SearchShard, shardOf } from './payload';
import { encodeSynonyms } from './synonyms';
import { termsOf } from './text';

export interface BuiltSearchIndex {
	/** The first file: everything but the postings and the text. */
	payload: SearchPayload;
	/** The postings, shard by shard (`payload.shards` of them). */
	shards: SearchShard[];
	/** Fragment file name → the fragment, one per page. */
	fragments: Map<string, SearchFragment>;
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
	const docs: DecodedPayload['docs'] = [];
	const texts: SearchFragment[] = pages.map(() => []);

	/** `searchOnly`: words indexed with the part's text that are not shown in its snippets (sectionAka). */
	const add = (pageIndex: number, anchor: string, fields: Record<FieldName, string>, searchOnly = '') => {
		const id = docs.length;
		const body = termsOf(searchOnly ? `${fields.body}\n${searchOnly}` : fields.body);
		docs.push([pageIndex, anchor, fields.name, body.length]);
		texts[pageIndex].push(fields.body);
		index.add({ id, name: termsOf(fields.name).join(' '), aka: termsOf(fields.aka).join(' '), body: body.join(' ') });
	};

	pages.forEach((page, pageIndex) => {
		const text = [page.summary, page.intro].filter(Boolean).join('\n');
		add(pageIndex, '', { name: page.title, aka: page.aka.join('\n'), body: text });
		// A section's aka terms count as its text, not as much as a page's aka terms: a phrase says
		// what the section is about without outranking a heading. Weighted like page aka terms, they
		// pulled sections of other pages above the right one (docs/search.md, "Words for a section").
		for (const section of page.sections) add(pageIndex, section.anchor, { name: section.heading, aka: '', body: section.text }, (section.aka ?? []).join('\n'));
	});

	const { shards, vocabulary } = shardPostings(index);

	const fragments = new Map<string, SearchFragment>();
	const fragmentNames = texts.map((fragment) => {
		const json = JSON.stringify(fragment);
		const name = `${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
		fragments.set(name, fragment);
		return name;
	});

	const { groups, misspellings, questions } = encodeSynonyms();
	const payload: SearchPayload = {
		version: PAYLOAD_VERSION,
		pages: pages.map((page, i) => [page.url, page.title, page.kind, fragmentNames[i]]),
		parts: encodeParts(docs),
		vocabulary: encodeVocabulary(vocabulary),
		shards: shards.length,
		synonyms: groups,
		misspellings,
		questions,
		actNow: encodeActNow(actNowFile, misspellings),
	};
	return { payload, shards, fragments };
}

/**
 * Exports the index and deals each field's term → parts entries out to the shard of the term
 * (`shardOf`), keeping FlexSearch's own keys and format, so each shard is a FlexSearch export of
 * its terms alone. The registry of ids is left out: searching does not read it.
 */
function shardPostings(index: Document): { shards: SearchShard[]; vocabulary: string[] } {
	const maps: [string, [string, unknown][]][] = [];
	let bytes = 0;
	index.export((key: string, data: string) => {
		if (!key.endsWith('.map')) return;
		const entries = JSON.parse(data) as unknown;
		if (!Array.isArray(entries) || entries.some((entry) => !Array.isArray(entry) || typeof entry[0] !== 'string')) {
			throw new Error(`Search: FlexSearch's export of ${key} is not a list of [term, ids] entries; has its format changed?`);
		}
		maps.push([key, entries as [string, unknown][]]);
		bytes += data.length;
	});
	const count = Math.max(1, Math.ceil(bytes / SHARD_BYTES));
	const split = Array.from({ length: count }, () => new Map<string, [string, unknown][]>());
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
	const shards = split.map((shard) => Object.fromEntries([...shard].map(([key, entries]) => [key, JSON.stringify(entries)])));
	return { shards, vocabulary: [...vocabulary].sort() };
}
