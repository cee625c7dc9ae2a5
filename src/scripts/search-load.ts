import { indexFile, searchFolder } from 'virtual:search-index';
import { SearchEngine } from '../search/engine';
import { fragmentFile, type SearchFragment, type SearchPayload, type SearchShard, shardFile } from '../search/payload';

let engine: Promise<SearchEngine> | undefined;
const fragments = new Map<number, Promise<SearchFragment>>();

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

/** Whether page `page`'s text has been fetched, or is being fetched. */
export function hasFragment(page: number): boolean {
	return fragments.has(page);
}

/** The text of page `page`'s parts, for snippets; fetched once, when a result needs it. */
export function loadFragment(page: number): Promise<SearchFragment> {
	let fragment = fragments.get(page);
	if (!fragment) {
		fragment = fetchJson<SearchFragment>(fragmentFile(indexFile, page));
		fragments.set(page, fragment);
		fragment.catch(() => fragments.delete(page));
	}
	return fragment;
}

async function fetchJson<T>(name: string): Promise<T> {
	const response = await fetch(`${searchFolder}${name}`, { credentials: 'omit' });
	if (!response.ok) throw new Error(`Search file ${name}: ${response.status}`);
	return (await response.json()) as T;
}
