import { type BuiltSearchIndex, buildSearchIndex } from '../../src/search/build-index';
import { SearchEngine, type SearchOutcome } from '../../src/search/engine';
import type { SearchPage } from '../../src/search/document';
import { searchPagesFromDist } from '../../src/search/sources';

/**
 * The site's own search, built once for every test file that needs it: the index the build makes,
 * over the pages the build wrote to dist/ (build first), and each query's outcome, searched once.
 *
 * The unit tests run in one worker without isolation (vitest.config.ts), so this module, and what it
 * holds, is shared by the files that import it. The relevance test searches every query of every set
 * (8,500 in session 48) and the shards test compares an eighth of them with these outcomes; searched
 * twice they took tens of seconds of CI's ten minutes. Nothing here may be changed by a test: copy an
 * outcome before changing it.
 */
export interface SiteSearch {
	pages: SearchPage[];
	built: BuiltSearchIndex;
	engine: SearchEngine;
}

let site: Promise<SiteSearch> | undefined;
/** Each engine's outcomes by query: an engine built with other options never reads another's. */
const outcomes = new WeakMap<SearchEngine, Map<string, SearchOutcome>>();

export function siteSearch(): Promise<SiteSearch> {
	site ??= (async () => {
		const pages = await searchPagesFromDist(process.cwd());
		const built = await buildSearchIndex(pages);
		return { pages, built, engine: new SearchEngine(built.payload, built.shards) };
	})();
	return site;
}

/** The engine's search outcome for a query (the site's, from `siteSearch`), searched once per test run. */
export function siteOutcome(engine: SearchEngine, query: string): SearchOutcome {
	let searched = outcomes.get(engine);
	if (!searched) outcomes.set(engine, (searched = new Map()));
	let outcome = searched.get(query);
	if (!outcome) {
		outcome = engine.search(query);
		searched.set(query, outcome);
	}
	return outcome;
}
