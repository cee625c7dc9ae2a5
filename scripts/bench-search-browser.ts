/**
 * The benchmark's code in the browser: the three engines behind one interface, so the same
 * queries run through each on the same page. Bundled by scripts/bench-search.ts.
 */
import MiniSearch from 'minisearch';
import { SearchEngine } from '../src/search/engine';
import { type SearchPayload, type SearchShard, type SearchText, shardFile, textFile } from '../src/search/payload';
import { makeSnippet } from '../src/search/snippet';
import { type RankedPage, rankedPage } from '../tests/search/ranked-page';
import { MINI_OPTIONS } from './bench-search-minisearch';

interface PagefindResult {
	data(): Promise<{ url: string; sub_results: { url: string; anchor?: { id?: string }; weighted_locations: { balanced_score: number }[] }[] }>;
}
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

const SHOWN = 5;
let ours: SearchEngine | undefined;
let oursTexts = new Map<number, SearchText>();
let oursIndexFile = '';
let mini: MiniSearch | undefined;
let pagefind: Pagefind | undefined;

async function json<T>(url: string): Promise<T> {
	return (await (await fetch(url)).json()) as T;
}

/** Our FlexSearch index, from the built site's own files (shards as searches need them); snippets for the first pages shown. */
async function loadOurs(indexUrl: string, folder: string): Promise<void> {
	ours = new SearchEngine(await json<SearchPayload>(indexUrl), (n) => json<SearchShard>(shardFile(indexUrl, n)));
	oursTexts = new Map();
	oursIndexFile = indexUrl.split('/').at(-1) ?? '';
	(globalThis as { oursFolder?: string }).oursFolder = folder;
}

async function searchOurs(query: string): Promise<RankedPage[]> {
	if (!ours) throw new Error('not loaded');
	const outcome = await ours.fetchAndSearch(query);
	if (outcome.status !== 'results') return [];
	const folder = (globalThis as { oursFolder?: string }).oursFolder ?? '';
	for (const hit of outcome.pages.slice(0, SHOWN)) {
		for (const doc of [hit.doc, ...hit.sections.map((s) => s.doc)]) {
			let text = oursTexts.get(doc);
			if (text === undefined) {
				text = await json<SearchText>(folder + textFile(oursIndexFile, doc));
				oursTexts.set(doc, text);
			}
			makeSnippet(text, outcome.terms);
		}
	}
	return outcome.pages.map(rankedPage);
}

interface MiniDoc {
	page: string;
	anchor: string;
}

/** MiniSearch with its usual set-up for a docs site: prefix and fuzzy matching, titles boosted. */
async function loadMini(indexUrl: string): Promise<void> {
	const text = await (await fetch(indexUrl)).text();
	mini = MiniSearch.loadJSON(text, MINI_OPTIONS);
}

async function searchMini(query: string): Promise<RankedPage[]> {
	if (!mini) throw new Error('not loaded');
	const pages = new Map<string, { score: number; section?: string }>();
	for (const result of mini.search(query)) {
		const { page, anchor } = result as unknown as MiniDoc & { score: number };
		const entry = pages.get(page) ?? { score: 0 };
		entry.score += result.score;
		if (anchor && !entry.section) entry.section = anchor;
		pages.set(page, entry);
	}
	return [...pages.entries()].sort((a, b) => b[1].score - a[1].score).map(([url, { section }]) => ({ url, section }));
}

async function loadPagefind(url: string): Promise<void> {
	pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	// Its files are served from /bench/pagefind/, the pages from /.
	await pagefind.options({ baseUrl: '/' });
	await pagefind.init();
}

/** Pagefind's results, with the best-scoring heading of each page as its section. */
async function searchPagefind(query: string): Promise<RankedPage[]> {
	if (!pagefind) throw new Error('not loaded');
	const { results } = await pagefind.search(query);
	const pages: RankedPage[] = [];
	for (const result of results.slice(0, 10)) {
		const data = await result.data();
		const score = (s: (typeof data.sub_results)[number]) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
		const best = data.sub_results.filter((s) => s.anchor?.id).sort((a, b) => score(b) - score(a))[0];
		pages.push({ url: data.url.split('#')[0], section: best?.anchor?.id });
	}
	return pages;
}

const engines = {
	ours: { load: loadOurs, search: searchOurs },
	minisearch: { load: loadMini, search: searchMini },
	pagefind: { load: loadPagefind, search: searchPagefind },
};

/** Runs every query once to warm up, then `rounds` times timed; returns results and timings. */
async function run(engine: keyof typeof engines, queries: string[], rounds: number): Promise<{ ranked: RankedPage[][]; times: number[] }> {
	const { search } = engines[engine];
	const ranked: RankedPage[][] = [];
	for (const query of queries) ranked.push(await search(query));
	const times: number[] = [];
	for (let round = 0; round < rounds; round += 1) {
		for (const query of queries) {
			const start = performance.now();
			await search(query);
			times.push(performance.now() - start);
		}
	}
	return { ranked, times };
}

Object.assign(globalThis, { bench: { engines, run } });
