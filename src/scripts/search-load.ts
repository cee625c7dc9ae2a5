import { indexFile, searchFolder } from 'virtual:search-index';
import { SearchEngine } from '../search/engine';
import { type SearchPayload, type SearchShard, type SearchText, shardFile, textFile } from '../search/payload';

let engine: Promise<SearchEngine> | undefined;
const texts = new Map<number, Promise<SearchText>>();

/**
 * Fetches the index's first file (once per page) from this site only, and gets it ready to search.
 * The engine fetches the postings shards each search needs, by number, as it goes.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
	engine ??= fetchJson<SearchPayload>(indexFile).then((payload) => new SearchEngine(payload, (n) => fetchJson<SearchShard>(shardFile(indexFile, n))));
	engine.catch(() => {
		engine = undefined;
	});
	return engine;
}

/** Whether part `doc`'s text has been fetched, or is being fetched. */
export function hasText(doc: number): boolean {
	return texts.has(doc);
}

/** The text of part `doc` (a page's own, or a section), for its snippet; fetched once, when a result shows it. */
export function loadText(doc: number): Promise<SearchText> {
	let text = texts.get(doc);
	if (!text) {
		text = fetchJson<SearchText>(textFile(indexFile, doc));
		texts.set(doc, text);
		text.catch(() => texts.delete(doc));
	}
	return text;
}

async function fetchJson<T>(name: string): Promise<T> {
	const response = await fetch(`${searchFolder}${name}`, { credentials: 'omit' });
	if (!response.ok) throw new Error(`Search file ${name}: ${response.status}`);
	return (await response.json()) as T;
}
