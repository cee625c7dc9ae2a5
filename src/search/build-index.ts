import { actNow } from '../data/act-now';
import { nations } from '../data/nations';
import type { ActNowFile } from '../schemas/act-now';
import type { Nation } from '../schemas/nations';
import { encodeActNow } from './act-now';
import { ASKED_OPTIONS, type AskedOptions, askedTerms } from './asked-as';
import { packActNow } from './act-now-packed';
import type { SearchPage } from './document';
import type { FieldName } from './index-options';
import { type DecodedPayload, decodePostings, encodeLists, encodePages, encodeParts, encodePostings, encodeVocabulary, PAYLOAD_VERSION, type PostingsEntry, type SearchPayload, type SearchShard, shardOf } from './payload';
import { type ExportedPostings, exportPostings, type IndexedPart, sameAsFlexSearch } from './postings';
import { encodeSynonyms } from './synonyms';
import { isMeaningful, termOf, termsOf, words } from './text';

export interface BuiltSearchIndex {
	/** The first file: everything but the postings and the text. */
	payload: SearchPayload;
	/** The postings, shard by shard (`payload.shards` of them). */
	shards: SearchShard[];
	/** Each part's text, by its number (`textFile` names its file). */
	texts: string[];
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
 * terms, summary and intro) and one for each h2/h3 section. Works out FlexSearch's export of the
 * index (./postings.ts), splits its postings into shards by term, and writes with them what the
 * browser needs to rank and show results; each part's text goes to a file of its own.
 */
export async function buildSearchIndex(pages: readonly SearchPage[], actNowFile: ActNowFile = actNow, askedOptions: AskedOptions = ASKED_OPTIONS): Promise<BuiltSearchIndex> {
	const { groups, misspellings, questions } = encodeSynonyms();
	const { parts, docs, texts } = searchableParts(pages, askedOptions, misspellings);
	// FlexSearch's own export of the first parts, against the builder's (src/search/postings.ts),
	// and the gaps the browser reads them from (encodePostings), read back.
	const sample = parts.slice(0, FLEXSEARCH_SAMPLE);
	if (!sameAsFlexSearch(sample)) {
		throw new Error("Search: FlexSearch's export of the first parts differs from what src/search/postings.ts writes for them; has FlexSearch's format changed?");
	}
	for (const [key, entries] of exportPostings(sample)) {
		if (JSON.stringify(decodePostings(encodePostings(entries))) !== JSON.stringify(entries)) {
			throw new Error(`Search: the postings of ${key} do not read back as written (encodePostings and decodePostings, src/search/payload.ts)`);
		}
	}
	const { shards, vocabulary } = shardPostings(exportPostings(parts));

	const pageRows = pages.map((page): DecodedPayload['pages'][number] => [page.url, page.title, page.kind]);
	// In this order the first file is 0.4 KB smaller once gzipped than with the act-now concepts last
	// (measured, session 34): gzip finds repeats only within the last 32 KB it read.
	const payload: SearchPayload = {
		version: PAYLOAD_VERSION,
		shards: shards.length,
		misspellings: encodeLists(Object.entries(misspellings), ',', '='),
		nations: encodeNations(),
		platformPages: pages.flatMap((page, n): [number, string][] => (page.platforms ? [[n, page.platforms.join(' ')]] : [])),
		actNow: packActNow(encodeActNow(actNowFile, misspellings)),
		vocabulary: encodeVocabulary(vocabulary),
		pages: encodePages(pageRows),
		synonyms: encodeLists(groups, ';', ','),
		parts: encodeParts(docs, pageRows),
		questions: encodeLists(questions, ',', '='),
	};
	// A page's parts are numbered one after the other, so its texts in order are theirs.
	return { payload, shards, texts: texts.flat() };
}

/**
 * Each page's searchable parts, in order (a part's position is its id): the page's own part (title,
 * `aka` terms, summary and intro), then one for each section. For each, its fields as index terms
 * (`parts`), its page, anchor, heading and number of terms (`docs`), and its text by page (`texts`).
 * The words of the questions people asked for a part are its `asked` field (./asked-as.ts).
 */
export function searchableParts(
	pages: readonly SearchPage[],
	askedOptions: AskedOptions = ASKED_OPTIONS,
	misspellings: Readonly<Record<string, string>> = {},
): { parts: IndexedPart[]; docs: DecodedPayload['docs']; texts: string[][] } {
	const parts: { name: string[]; aka: string[]; body: string[]; asked: string[] }[] = [];
	const indexTerms = termsOnce();
	const docs: DecodedPayload['docs'] = [];
	const texts: string[][] = pages.map(() => []);

	/**
	 * `searchOnly`: words indexed with the part's text that are not shown in its snippets (sectionAka).
	 * `shownOnly`: words shown in its snippets in place of its text, and not indexed (SearchSection.shown).
	 */
	const add = (pageIndex: number, anchor: string, fields: Record<Exclude<FieldName, 'asked'>, string>, searchOnly = '', shownOnly?: string) => {
		const body = indexTerms(searchOnly ? `${fields.body}\n${searchOnly}` : fields.body);
		docs.push([pageIndex, anchor, fields.name, body.length]);
		texts[pageIndex].push(shownOnly ?? fields.body);
		parts.push({ name: indexTerms(fields.name), aka: indexTerms(fields.aka), body, asked: [] });
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
	if (pages.some((page) => page.asked?.length || page.sections.some((section) => section.asked?.length || section.askedHere?.length))) {
		const asked = askedTerms(
			pages,
			parts.map((part) => new Set([...part.name, ...part.aka, ...part.body])),
			askedOptions,
			misspellings,
		);
		parts.forEach((part, n) => {
			part.asked = asked[n];
		});
	}
	return { parts, docs, texts };
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
	return (text) => plainWords(text).filter(isMeaningful).map(term);
}

/**
 * Text `words` reads as plain ASCII: ASCII, curly quotes and dashes, none of which Unicode
 * normalisation (NFKD) changes and none a letter, digit or accent. Most of the site's text is.
 */
const PLAIN = /^[\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/**
 * `words` (src/search/text.ts), without its Unicode normalisation and accent stripping for plain
 * text (`PLAIN`), where they change nothing and took half of its CPU: ASCII letters and digits are
 * then the only letters and digits. Kept here, not in text.ts, so the browser's code is unchanged
 * (tests/unit/build-shortcuts.test.ts holds it to words).
 */
export function plainWords(text: string): string[] {
	if (!PLAIN.test(text)) return words(text);
	return text.toLowerCase().replace(/([a-z])['’‘]([a-z])/g, '$1$2').match(/[a-z0-9]+/g) ?? [];
}

/**
 * Words that name a nation in a query besides its name and its own terms: the adjective ("the
 * Scottish law on ...", "Welsh guidance") and a short name ("in NI"). Not own terms in
 * content/data/nations.json, which bar another nation's section from using them.
 */
const NATION_WORDS: Readonly<Record<string, readonly string[]>> = { wales: ['Welsh'], scotland: ['Scottish'], 'northern-ireland': ['Northern Irish', 'NI'] };

/**
 * What names each nation in a query: its name, its NATION_WORDS, and those of its own terms that
 * no other nation uses ("LADO" is England's and Wales's, so it names neither), as index terms; then
 * its places ("Glasgow"), and its name as typed, which search adds to a query that names it only by
 * a place; last, its name and NATION_WORDS alone ("scottish"), which name it by name. A place that is
 * no index term, or one another nation also names, stops the build.
 */
export function encodeNations(list: readonly Nation[] = nations): SearchPayload['nations'] {
	const asTerms = (terms: readonly string[]) => terms.map((term) => termsOf(term).join(' ')).filter(Boolean);
	const names = list.map((nation) => asTerms([nation.name, ...(NATION_WORDS[nation.id] ?? [])]));
	const phrases = list.map((nation, n) => [...names[n], ...asTerms(nation.ownTerms)]);
	const places = list.map((nation) => nation.places.map((place) => [place, termsOf(place).join(' ')] as const));
	places.forEach((own, n) => {
		for (const [place, terms] of own) {
			const also = places.findIndex((other, m) => m !== n && other.some(([, otherTerms]) => otherTerms === terms));
			if (terms.split(' ').length !== place.split(/[\s-]+/).length || also !== -1) {
				throw new Error(`content/data/nations.json: ${list[n].name}'s place "${place}" ${also === -1 ? 'has a word search drops as common ("of", "the"): write the place without it, or by a longer name' : `is also one of ${list[also].name}'s`}`);
			}
		}
	});
	return list.map((nation, n) => [nation.id, [...new Set(phrases[n].filter((phrase) => phrases.every((other, m) => m === n || !other.includes(phrase))))], [...new Set(places[n].map(([, terms]) => terms))], nation.name, names[n]]);
}

/**
 * Deals each field's term → parts entries (FlexSearch's export, `exportPostings`) out to the shard of
 * the term (`shardOf`), keeping FlexSearch's own keys, so each shard is a FlexSearch export of its
 * terms alone, written smaller by `encodePostings`. The registry of ids is left out: searching does
 * not read it. The number of shards follows the size of FlexSearch's JSON export of the postings
 * (SHARD_BYTES), worked out without writing it.
 */
function shardPostings(maps: ExportedPostings): { shards: SearchShard[]; vocabulary: string[] } {
	let bytes = 0;
	for (const [key, entries] of maps) {
		if (!entries.every(isPostingsEntry)) {
			throw new Error(`Search: the postings of ${key} are not a list of [term, [ids]] entries that encodePostings (src/search/payload.ts) can write`);
		}
		bytes += exportedLength(entries);
	}
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

/** The parts FlexSearch's own export is checked on, each build: enough for every field and many shared terms. */
const FLEXSEARCH_SAMPLE = 200;

/**
 * `JSON.stringify(entries).length`, as FlexSearch exports them, counted: terms are letters and
 * digits (isPostingsEntry refuses what JSON would escape), ids are whole numbers.
 */
export function exportedLength(entries: readonly PostingsEntry[]): number {
	let length = 2 + Math.max(0, entries.length - 1);
	for (const [term, [ids]] of entries) {
		// ["term",[[1,2]]]
		length += term.length + 2 + 7 + Math.max(0, ids.length - 1);
		for (const id of ids) length += String(id).length;
	}
	return length;
}

/** What a term may hold: never the separators `encodePostings` uses, nor what JSON escapes (`exportedLength`). */
const TERM = /^[^\s,;"\\\u0000-\u001f\ud800-\udfff]+$/u;

/** A term (never holding the separators `encodePostings` uses) and one list of part ids, in ascending order. */
function isPostingsEntry(entry: unknown): entry is PostingsEntry {
	if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !TERM.test(entry[0])) return false;
	const lists: unknown = entry[1];
	if (!Array.isArray(lists) || lists.length !== 1 || !Array.isArray(lists[0])) return false;
	const ids: unknown[] = lists[0];
	return ids.every((id, i) => Number.isSafeInteger(id) && (id as number) >= (i === 0 ? 0 : (ids[i - 1] as number) + 1));
}
