import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index';
import { SearchEngine } from '../../src/search/engine';
import { collectSearchPages } from '../../src/search/sources';
import { measureRelevance, type RelevanceFigures, RELEVANCE_CASES } from '../search/relevance';

/**
 * Relevance over tests/search/queries.json, with the index the build makes (the same function,
 * over the same content and the same Markdown pipeline).
 */
describe('search relevance', () => {
	let figures: RelevanceFigures;

	beforeAll(async () => {
		const { payload } = await buildSearchIndex(await collectSearchPages(process.cwd()));
		const engine = new SearchEngine(payload);
		figures = await measureRelevance((query) => {
			const outcome = engine.search(query);
			return outcome.status === 'results' ? outcome.pages.map((hit) => ({ url: hit.url, section: hit.sections[0]?.anchor })) : [];
		});
		const misses = figures.cases.filter((c) => c.rank !== 1).map((c) => `  ${c.rank || '-'}  ${c.query} → ${c.expect} (got ${c.got.join(', ')})`);
		console.log(
			[
				`Search relevance over ${figures.cases.length} queries: recall@1 ${figures.recallAt1.toFixed(3)}, recall@3 ${figures.recallAt3.toFixed(3)}, MRR ${figures.mrr.toFixed(3)}`,
				'Not first (rank, query, expected, top 3):',
				...misses,
			].join('\n'),
		);
	}, 60_000);

	it('has at least 40 queries, each naming a page on the site', () => {
		expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
	});

	it('puts the right page (and section) in the top 3 for at least 90% of queries', () => {
		expect(figures.recallAt3).toBeGreaterThanOrEqual(0.9);
	});
});
