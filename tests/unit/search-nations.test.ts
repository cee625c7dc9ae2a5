import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index';
import { SearchEngine } from '../../src/search/engine';
import { searchPagesFromDist } from '../../src/search/sources';

/**
 * Search finds each nation's own section: a DSL in Cardiff, Glasgow or Belfast who types their
 * nation's words lands on their nation's route, not England's.
 */
describe('search: nation-specific sections', () => {
	let sectionsFor: (query: string) => string[];

	beforeAll(async () => {
		const { payload, shards } = await buildSearchIndex(await searchPagesFromDist(process.cwd()));
		const engine = new SearchEngine(payload, shards);
		sectionsFor = (query) => {
			const outcome = engine.search(query);
			if (outcome.status !== 'results') return [];
			// The sections a reader sees under the first page, in order.
			const [first] = outcome.pages;
			return first ? first.sections.map((section) => `${first.url}#${section.anchor}`) : [];
		};
	}, 60_000);

	it.each([
		['LADO Wales', '-wales'],
		['child protection coordinator Scotland', '-scotland'],
		['PSNI report', '-northern-ireland'],
		['designated teacher Northern Ireland', '-northern-ireland'],
		['DSP Wales allegation', '-wales'],
		// A section with a part for each nation opens at the part for the one named (session 36).
		['who do we tell in wales about a nude', '-wales'],
		['police scotland grooming who to contact', '-scotland'],
	])('“%s” lists a %s section first under the first result', (query, suffix) => {
		expect(sectionsFor(query)[0]).toMatch(new RegExp(`${suffix}$`));
	});
});
