/**
 * What the search experiments share (scripts/fit-ranking.ts, scripts/asked-as.ts): which query sets
 * are the objective and which are guarded, each set's first / top three / reciprocal ranks for an
 * engine, the tables they print, and leave-one-set-out cross-validation.
 * Nothing here prints a measure-only set's queries.
 */
import type { SearchEngine } from '../src/search/engine';
import { answers, GENERAL_SETS, MEASURE_ONLY, QUERY_SETS, type QuerySetName, type RankedPage, rankedPage, SAFETY_SETS } from '../tests/search/relevance';

const measuredOnly = new Set<string>(MEASURE_ONLY);
/**
 * The general tuning sets, the objective and the folds of the cross-validation: relevance.ts's
 * general sets that are not measured only, without the voices sets and the controls. A held-out set
 * converted to tuning (taken out of `MEASURE_ONLY`) joins them.
 */
export const GENERAL: QuerySetName[] = GENERAL_SETS.filter((name) => !measuredOnly.has(name) && !name.startsWith('voices') && !name.endsWith('controls'));
/**
 * The labelled general tuning sets whose questions content/data/asked-as.json holds
 * (scripts/seed-asked-as.ts), and the folds of scripts/asked-as.ts: GENERAL, voices 1 to 3 and voices 5
 * (voices 4's questions were never seeded).
 */
export const ASKED_SETS: QuerySetName[] = [...GENERAL, 'voices', 'voices 2', 'voices 3', 'voices 5'];
/**
 * Sets that must not get worse: each safety tuning set's act-now page first (relevance.ts's safety
 * sets not measured only, but for the staff set), and the controls' answers.
 */
export const GUARDED: QuerySetName[] = [...SAFETY_SETS.filter((name) => !measuredOnly.has(name) && name !== 'safety staff'), 'safety controls'];

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
