import blind from './blind.json';
import heldOut from './held-out.json';
import tuning from './queries.json';

/** One result as every engine in the comparison reports it: a page, and its best section if any. */
export interface RankedPage {
	url: string;
	/** The anchor of the first section listed under the page, if any. */
	section?: string;
}

export interface RelevanceCase {
	query: string;
	expect: string;
	alsoAccept?: string[];
}

export interface CaseResult extends RelevanceCase {
	/** 1-based rank of the first acceptable result; 0 when none is in the list. */
	rank: number;
	got: string[];
}

export interface RelevanceFigures {
	cases: CaseResult[];
	recallAt1: number;
	recallAt3: number;
	mrr: number;
}

/**
 * The query sets, each written from the seeds and the content by a different person:
 * - `tuning` (queries.json): written before the ranking, and used to choose its weights, so its
 *   figures flatter the search;
 * - `held-out` (held-out.json): written without seeing the search or the tuning set; its misses
 *   were looked at once, when the wizard's outcomes were first indexed, and no weight was chosen on it;
 * - `blind` (blind.json): written the same way and never looked at query by query: only its
 *   totals are read. Never tune on it.
 */
export const QUERY_SETS = {
	tuning: tuning.queries,
	'held-out': heldOut.queries,
	blind: blind.queries,
} satisfies Record<string, RelevanceCase[]>;

export type QuerySetName = keyof typeof QUERY_SETS;

/** Every query of every set, once, in a fixed order (for engines that search all at once). */
export const ALL_QUERIES: string[] = [...new Set(Object.values(QUERY_SETS).flatMap((cases) => cases.map((c) => c.query)))];

/**
 * A result answers a case when it is the expected page and, if a section is expected, that section
 * is the first one listed under the page.
 */
export function answers(result: RankedPage, expected: string): boolean {
	const [page, section] = expected.split('#');
	if (result.url !== page) return false;
	return section === undefined || result.section === section;
}

/** recall@1, recall@3 and mean reciprocal rank (over the first 10 results) of one engine on one set. */
export async function measureRelevance(set: RelevanceCase[], search: (query: string) => RankedPage[] | Promise<RankedPage[]>): Promise<RelevanceFigures> {
	const cases: CaseResult[] = [];
	for (const item of set) {
		const results = (await search(item.query)).slice(0, 10);
		const acceptable = [item.expect, ...(item.alsoAccept ?? [])];
		const index = results.findIndex((result) => acceptable.some((expected) => answers(result, expected)));
		cases.push({ ...item, rank: index + 1, got: results.slice(0, 3).map((r) => (r.section ? `${r.url}#${r.section}` : r.url)) });
	}
	const share = (test: (c: CaseResult) => boolean) => cases.filter(test).length / cases.length;
	return {
		cases,
		recallAt1: share((c) => c.rank === 1),
		recallAt3: share((c) => c.rank >= 1 && c.rank <= 3),
		mrr: cases.reduce((sum, c) => sum + (c.rank > 0 ? 1 / c.rank : 0), 0) / cases.length,
	};
}
