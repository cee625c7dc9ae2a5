/**
 * What the search experiments share (scripts/fit-ranking.ts, scripts/asked-as.ts): which query sets
 * are the objective and which are guarded, each set's first / top three / reciprocal ranks for an
 * engine, the tables they print, and leave-one-set-out cross-validation.
 * Nothing here prints a measure-only set's queries.
 */
import type { SearchEngine } from '../src/search/engine';
import { answers, QUERY_SETS, type QuerySetName, type RankedPage, rankedPage } from '../tests/search/relevance';

/** The general tuning sets: the objective, and the folds of the cross-validation. */
export const GENERAL: QuerySetName[] = ['tuning', 'held-out', 'sections', 'sections 2', 'held-out 3', 'held-out 4', 'held-out 7', 'held-out 8', 'held-out 9', 'held-out 10', 'held-out 13', 'held-out 14', 'held-out 15', 'held-out 16', 'held-out 17', 'held-out 18', 'held-out 19', 'held-out 20', 'held-out 21', 'held-out 22', 'held-out 23', 'held-out 24', 'held-out 25', 'held-out 26', 'held-out 27', 'held-out 28', 'held-out 29', 'held-out 30', 'held-out 31', 'held-out 32', 'held-out 33', 'held-out 34'];
/**
 * The labelled general tuning sets whose questions content/data/asked-as.json holds
 * (scripts/seed-asked-as.ts), and the folds of scripts/asked-as.ts: GENERAL, voices 1 to 3 and voices 5
 * (voices 4's questions were never seeded).
 */
export const ASKED_SETS: QuerySetName[] = [...GENERAL, 'voices', 'voices 2', 'voices 3', 'voices 5'];
/** Sets that must not get worse: each safety tuning set's act-now page first, and the controls' answers. */
export const GUARDED: QuerySetName[] = ['safety', 'independent safety', 'safety 4', 'safety 5', 'safety 6', 'safety 6 adults', 'safety 7', 'safety 7 adults', 'safety 8', 'safety 8 adults', 'safety 9', 'safety 9 adults', 'safety 10', 'safety 10 adults', 'safety 11', 'safety 11 adults', 'safety 12', 'safety 12 adults', 'safety 13', 'safety 13 adults', 'safety 14', 'safety 14 adults', 'safety 15', 'safety 15 adults', 'safety 16', 'safety 16 adults', 'safety 17', 'safety 17 adults', 'safety 18', 'safety 18 adults', 'safety 19', 'safety 19 adults', 'safety 20', 'safety 20 adults', 'safety 21', 'safety 21 adults', 'safety 22', 'safety 22 adults', 'safety 23', 'safety 23 adults', 'safety 24', 'safety 24 adults', 'safety 25', 'safety 25 adults', 'safety 26', 'safety 26 adults', 'safety 27', 'safety 27 adults', 'safety worst', 'safety worst adults', 'safety controls'];

/** Per set: queries with an acceptable answer first, in the top three, the sum of 1 / rank (MRR × n), and the number of queries. */
export type Counts = Record<string, { first: number; top3: number; rr: number; n: number }>;

/** 1-based rank of the first acceptable result in the first ten, 0 if none (as relevance.ts counts). */
export function rankOf(results: RankedPage[], expect: string, alsoAccept: string[] = []): number {
	const acceptable = [expect, ...alsoAccept];
	return results.slice(0, 10).findIndex((result) => acceptable.some((expected) => answers(result, expected))) + 1;
}

export function countsFor(engine: SearchEngine, sets: readonly QuerySetName[]): Counts {
	const counts: Counts = {};
	for (const name of sets) {
		const entry = { first: 0, top3: 0, rr: 0, n: 0 };
		for (const item of QUERY_SETS[name] as { query: string; expect: string; alsoAccept?: string[] }[]) {
			const outcome = engine.search(item.query);
			const results = outcome.status === 'results' ? outcome.pages.map(rankedPage) : [];
			const rank = rankOf(results, item.expect, item.alsoAccept);
			entry.n += 1;
			if (rank === 1) entry.first += 1;
			if (rank >= 1 && rank <= 3) entry.top3 += 1;
			if (rank >= 1) entry.rr += 1 / rank;
		}
		counts[name] = entry;
	}
	return counts;
}

export const cell = (counts: Counts, name: string) => `${counts[name].first} / ${counts[name].top3}`;

export function table(columns: [string, Counts][], sets: readonly string[]): string {
	const lines = [`| set | ${columns.map(([label]) => label).join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`];
	for (const name of sets) lines.push(`| ${name} (${columns[0][1][name].n}) | ${columns.map(([, counts]) => cell(counts, name)).join(' | ')} |`);
	return lines.join('\n');
}

export const sum = (counts: Counts, sets: readonly string[]) =>
	sets.reduce((total, name) => ({ first: total.first + counts[name].first, top3: total.top3 + counts[name].top3, n: total.n + counts[name].n }), { first: 0, top3: 0, n: 0 });

const NUMBERS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * Leave one set out: for each set of `folds`, `run` chooses on the others (`verb`: "fitted",
 * "picked", "expanded") and scores the set left out, which is compared with `base` on it. Prints the
 * table and the total of first + top three.
 */
export function leaveOneOut(folds: readonly QuerySetName[], base: Counts, run: (out: QuerySetName, others: QuerySetName[]) => { chosen: string; counts: Counts }, verb: string): void {
	const others = NUMBERS[folds.length - 1] ?? String(folds.length - 1);
	const rows: string[] = [`| left out | ${verb} on the other ${others} | defaults on it | ${verb} on it | change |`, '|---|---|---:|---:|---:|'];
	let before = 0;
	let after = 0;
	for (const out of folds) {
		console.error(`fold: ${out} left out`);
		const { chosen, counts } = run(
			out,
			folds.filter((name) => name !== out),
		);
		const delta = counts[out].first + counts[out].top3 - base[out].first - base[out].top3;
		before += base[out].first + base[out].top3;
		after += counts[out].first + counts[out].top3;
		rows.push(`| ${out} (${base[out].n}) | ${chosen} | ${cell(base, out)} | ${cell(counts, out)} | ${delta >= 0 ? '+' : ''}${delta} |`);
	}
	console.log(rows.join('\n'));
	console.log(`left-out sets together, first + top three: defaults ${before}, ${verb} ${after} (${after - before >= 0 ? '+' : ''}${after - before})`);
}
