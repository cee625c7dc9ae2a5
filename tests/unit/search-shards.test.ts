import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSearchIndex } from '../../src/search/build-index';
import { SearchEngine, type SearchOutcome } from '../../src/search/engine';
import { decodePayload, decodePostings, decodeVocabulary, encodeLists, encodePages, encodePostings, encodeVocabulary, type PostingsEntry, shardOf } from '../../src/search/payload';
import { searchPagesFromDist } from '../../src/search/sources';
import { encodeSynonyms } from '../../src/search/synonyms';
import independentSafety from '../search/independent-safety.json';
import { ALL_QUERIES } from '../search/relevance';
import { siteOutcome, siteSearch } from './site-search';

/**
 * The postings come in shards, fetched as searches need them. A search that fetches its shards must
 * give exactly what a search with every shard loaded gives, for every query of every set and for
 * every half-typed query on the way to them, and fetch only some of the shards.
 */
describe('search: postings shards fetched as needed', () => {
	let built: BuiltSearchIndex;
	let full: SearchEngine;

	beforeAll(async () => {
		({ built, engine: full } = await siteSearch());
	}, 60_000);

	const lazyEngine = (fetched: number[], fail?: (n: number) => boolean) =>
		new SearchEngine(built.payload, async (n) => {
			fetched.push(n);
			if (fail?.(n)) throw new Error(`shard ${n}: 503`);
			return structuredClone(built.shards[n]);
		});
	/** How many searches one lazy engine makes in the test of every query below, before a fresh one. */
	const QUERIES_PER_ENGINE = 4;
	const summary = (outcome: SearchOutcome) => (outcome.status === 'results' ? { ...outcome, terms: [...outcome.terms].sort() } : outcome);

	it('splits the postings into several shards, each term in exactly one', () => {
		expect(built.payload.shards).toBeGreaterThan(1);
		expect(built.shards).toHaveLength(built.payload.shards);
		for (const [n, shard] of built.shards.entries()) {
			for (const data of Object.values(shard)) for (const [term] of decodePostings(data)) expect(shardOf(term, built.payload.shards)).toBe(n);
		}
	});

	it('gives the same results as the whole index for queries whose shards are not fetched yet: every half-typed query, and every eighth query of every set', async () => {
		// A fresh engine for each few queries, so that each starts with most shards not fetched: one
		// engine for every query of every set had fetched every shard after about 700 of 8,500, and
		// then compared the whole index with itself (session 48). Every eighth query, in the sets'
		// order, takes some of every set's kinds of query (typos, Welsh words, long pasted messages).
		const queries = [...ALL_QUERIES, ...independentSafety.controls.map((c) => c.query)].filter((_, n) => n % 8 === 0);
		expect(queries.length).toBeGreaterThan(1000);
		const typed = ['fake insta account with our logo', 'nudes year 8', 'instagarm', 'tik tok', 'harrasment of a teacher'].flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
		const all = [...typed, ...queries];
		for (let start = 0; start < all.length; start += QUERIES_PER_ENGINE) {
			const fetched: number[] = [];
			const lazy = lazyEngine(fetched);
			for (const query of all.slice(start, start + QUERIES_PER_ENGINE)) expect(summary(await lazy.fetchAndSearch(query)), query).toEqual(summary(siteOutcome(full, query)));
			// Each shard is fetched once, however many searches need it.
			expect(new Set(fetched).size).toBe(fetched.length);
		}
	}, 300_000);

	it('fetches only the shards of the terms a search looks up', async () => {
		const fetched: number[] = [];
		await lazyEngine(fetched).fetchAndSearch('tik tok');
		expect(fetched.length).toBeGreaterThan(0);
		expect(fetched.length).toBeLessThan(built.payload.shards / 2);
	});

	it('fetches no shard for a word the index does not have', async () => {
		const fetched: number[] = [];
		const lazy = lazyEngine(fetched);
		expect(summary(await lazy.fetchAndSearch('zanzibarquoll'))).toEqual(summary(full.search('zanzibarquoll')));
		expect(fetched).toEqual([]);
	});

	describe('while the last word is being typed', () => {
		const typing = ['fake insta account with our logo', 'nudes year 8', 'harrasment of a teacher', 'pupil wants to end their life', 'sextortion'];
		const letters = (query: string) => [...query].map((_, i) => query.slice(0, i + 1));
		// The answers themselves (which concept, which page, a child's or an adult's), in order; their
		// pages' scores and sections may move while a word is half typed.
		const actNowOf = (outcome: SearchOutcome) => (outcome.status === 'results' ? outcome.pages.flatMap((hit) => (hit.actNow ? [hit.actNow] : [])) : []);

		it('gives the whole search’s results when it says they are complete, and the same act-now answers always', async () => {
			let incomplete = 0;
			for (const query of typing) {
				const lazy = lazyEngine([]);
				for (const typed of letters(query)) {
					const { outcome, complete } = await lazy.searchWhileTyping(typed);
					expect(actNowOf(outcome), typed).toEqual(actNowOf(full.search(typed)));
					if (complete) expect(summary(outcome), typed).toEqual(summary(full.search(typed)));
					else incomplete += 1;
				}
				// Once typing stops, the whole search gives exactly the whole index's results.
				expect(summary(await lazy.fetchAndSearch(query)), query).toEqual(summary(full.search(query)));
			}
			expect(incomplete).toBeGreaterThan(0);
		}, 60_000);

		it('fetches fewer shards, letter by letter, than searching each letter in full', async () => {
			const totals = { whileTyping: 0, inFull: 0 };
			for (const query of typing) {
				const [whileTyping, inFull]: number[][] = [[], []];
				const [lazy, eager] = [lazyEngine(whileTyping), lazyEngine(inFull)];
				for (const typed of letters(query)) {
					await lazy.searchWhileTyping(typed);
					await eager.fetchAndSearch(typed);
				}
				await lazy.fetchAndSearch(query);
				expect(whileTyping.length, query).toBeLessThanOrEqual(inFull.length);
				totals.whileTyping += whileTyping.length;
				totals.inFull += inFull.length;
			}
			expect(totals.whileTyping).toBeLessThan(totals.inFull);
		}, 60_000);
	});

	it('rejects when a shard cannot be fetched, and fetches it again on the next search', async () => {
		const fetched: number[] = [];
		let failing = true;
		const lazy = lazyEngine(fetched, () => failing);
		await expect(lazy.fetchAndSearch('fake account')).rejects.toThrow(/503/);
		failing = false;
		expect(summary(await lazy.fetchAndSearch('fake account'))).toEqual(summary(full.search('fake account')));
	});

	it("writes postings as gaps between ids, and reads back exactly FlexSearch's entries", () => {
		const entries: PostingsEntry[] = [
			['sexual', [[0, 2, 3, 4, 35, 36, 1200, 99_999]]],
			['999', [[7]]],
			['2fa', [[0]]],
		];
		const encoded = encodePostings(entries);
		expect(encoded).not.toMatch(/\[/);
		expect(JSON.stringify(decodePostings(encoded))).toBe(JSON.stringify(entries));
		for (const shard of built.shards) for (const data of Object.values(shard)) expect(encodePostings(decodePostings(data))).toBe(data);
	});

	it("reads back every part's page, anchor and heading, each page's title sent once", async () => {
		const pages = await searchPagesFromDist(process.cwd());
		const expected = pages.flatMap((page, n) => [[n, '', page.title], ...page.sections.map((section) => [n, section.anchor, section.heading])]);
		expect(decodePayload(built.payload).docs.map(([page, anchor, heading]) => [page, anchor, heading])).toEqual(expected);
		expect(built.payload.parts.headings).toHaveLength(expected.length - pages.length);
	});

	it("reads back every page's address, title and kind, sent column by column (session 35)", async () => {
		const pages = await searchPagesFromDist(process.cwd());
		expect(decodePayload(built.payload).pages).toEqual(pages.map((page) => [page.url, page.title, page.kind]));
		expect(typeof built.payload.pages.urls).toBe('string');
		expect(built.payload.pages.kinds.length).toBeLessThan(pages.length);
		expect(() => encodePages([['/guides/a b/', 'A', 'Guide']])).toThrow(/space/);
		expect(decodePayload(built.payload).docs.map((doc) => doc[3])).toEqual(built.payload.parts.lengths.split(' ').map((n) => Number.parseInt(n, 36)));
	});

	it('reads back the synonyms, misspellings and questions, sent as text (session 35)', () => {
		const { groups, misspellings, questions } = encodeSynonyms();
		const decoded = decodePayload(built.payload);
		expect(decoded.synonyms).toEqual(groups);
		expect(decoded.misspellings).toEqual(misspellings);
		expect(decoded.questions).toEqual(questions);
		expect(typeof built.payload.synonyms).toBe('string');
		expect(() => encodeLists([['a,b', 'c']], ';', ',')).toThrow(/cannot be sent/);
		expect(() => encodeLists([['a'], []], ';', ',')).toThrow(/cannot be sent/);
	});

	it('sends the vocabulary front-coded, and reads it back term for term', () => {
		const terms = ['13', '2fa', '999', 'haras', 'harasment', 'harass', 'x', `${'a'.repeat(40)}b`, `${'a'.repeat(40)}c`];
		expect(decodeVocabulary(encodeVocabulary(terms))).toEqual(terms);
		expect(decodeVocabulary(built.payload.vocabulary)).toHaveLength(new Set(decodeVocabulary(built.payload.vocabulary)).size);
	});

	it('will not search without the shards a query needs', () => {
		const lazy = lazyEngine([]);
		expect(() => lazy.search('fake account')).toThrow(/not loaded/);
	});
});
