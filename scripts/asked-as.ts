/**
 * Does indexing the questions people asked for each page and section ("asked as": doc2query with
 * real, labelled questions, src/search/asked-as.ts) help search find pages from wording nobody has
 * seen yet? Cross-validated over the general tuning sets: for each set left out, the questions of
 * the OTHER sets (less any written the same as one of its own) are indexed in the `asked` field,
 * and the set left out is scored against the index without them. Build the site first; run with
 * `node scripts/asked-as.mjs <mode>` (docs/search.md, "Asked as"):
 *
 * - `cv`: every variant (which words, where they count, how many questions must use a word) at each
 *   weight of the field, one line each, its left-out sets' totals against the baseline; then the
 *   per-set table of the variant with the best total, and the safety sets for the best few, with
 *   the questions of all the general tuning sets indexed (as the site would ship them);
 * - `nested`: the honest figure for choosing among the variants: for each set left out, the variant
 *   is picked by leave-one-out on the other sets alone, then scored on the set left out;
 * - `try '<json>'`: one variant (`{"weight":1.5,"level":"both","siteWordsOnly":true}`), with the
 *   questions of all the general tuning sets indexed: the tuning sets (flattered: they answer their
 *   own questions), the safety sets and controls, and the first file's size;
 * - `written [file]`: are questions an editor wrote (a file shaped like content/data/asked-as.json,
 *   by default WRITTEN_FILE, never indexed by the site) worth indexing? For each
 *   set left out, the file's own `questions` less the set's (as the site would ship them had that
 *   set never been asked), without and with the written questions (less any written as one of the
 *   set's queries), scored on the set left out; then every set with the written questions alone
 *   against none; the safety sets, the controls and the act-now matcher, with the whole file, without
 *   and with them; and how many pages and sections have no question, or one;
 * - `measure '<json>'`: the measure-only sets' TOTALS (never a query), without the field and with
 *   the questions of all the general tuning sets indexed under the variant given
 *   (`{"weight":1,"words":"new-to-page"}`). Read them once, for a variant already decided on.
 *
 * Nothing here prints a measure-only set's queries.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { askedAs } from '../src/data/asked-as';
import { parseDataFile } from '../src/data/parse-data-file';
import { AskedAsSchema } from '../src/schemas/asked-as';
import { ASKED_OPTIONS, type AskedOptions, checkAskedAs, withAskedAs, withoutAsked } from '../src/search/asked-as';
import { buildSearchIndex } from '../src/search/build-index';
import type { SearchPage } from '../src/search/document';
import { SearchEngine } from '../src/search/engine';
import { RANKING, type Ranking } from '../src/search/ranking';
import { searchPagesFromDist } from '../src/search/sources';
import { words } from '../src/search/text';
import { MEASURE_ONLY, QUERY_SETS, type QuerySetName, rankedPage } from '../tests/search/relevance';
import { ASKED_SETS, type Counts, countsFor, GUARDED, leaveOneOut, rankOf, table } from './evaluate-sets';

/** The general tuning sets whose questions are indexed, and the folds. */
const FOLDS = ASKED_SETS;
const WEIGHTS = [0.5, 1, 1.5, 2.5, 4];
/** The questions written for the pages and sections nobody had asked about (session 30; docs/search.md, "Written questions"). */
const WRITTEN_FILE = 'tests/search/experiments/asked-as-written.json';

interface Variant extends AskedOptions {
	weight: number;
}

/** The index choices tried (each at every weight of WEIGHTS). */
const OPTIONS: AskedOptions[] = [];
for (const level of ['section', 'page', 'both'] as const) {
	for (const which of ['all', 'new-to-part', 'new-to-page'] as const) {
		for (const minCount of [1, 2]) {
			for (const maxPages of [Number.POSITIVE_INFINITY, 6]) {
				for (const siteWordsOnly of [false, true]) OPTIONS.push({ level, words: which, minCount, maxPages, siteWordsOnly });
			}
		}
	}
}

// ASKED_ONLY=0,5,7 tries only those of OPTIONS (by position), for a quicker run.
if (process.env.ASKED_ONLY) {
	const keep = new Set(process.env.ASKED_ONLY.split(',').map(Number));
	OPTIONS.splice(0, OPTIONS.length, ...OPTIONS.filter((_, n) => keep.has(n)));
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
// Without the site's own questions (content/data/asked-as.json holds the tuning sets'): each fold
// indexes only the questions of the sets it does not score.
const pages = withoutAsked(await searchPagesFromDist(process.cwd()));

/** A query as compared between sets: its words, simplified. */
const normal = (query: string) => words(query).join(' ');

/** The pages with the questions of `sets` on the part each expects (its page, or the section named), less those in `except`. */
function withQuestions(sets: readonly QuerySetName[], except: ReadonlySet<string> = new Set()): SearchPage[] {
	const copy = structuredClone(pages) as SearchPage[];
	for (const name of sets) {
		for (const item of QUERY_SETS[name] as { query: string; expect: string }[]) {
			if (except.has(normal(item.query))) continue;
			const [url, anchor] = item.expect.split('#');
			const page = copy.find((candidate) => candidate.url === url);
			if (!page) throw new Error(`asked-as: ${name}: "${item.query}" expects ${url}, which search does not have`);
			if (!anchor) {
				(page.asked ??= []).push(item.query);
				continue;
			}
			const section = page.sections.find((candidate) => candidate.anchor === anchor);
			if (!section) throw new Error(`asked-as: ${name}: "${item.query}" expects ${item.expect}, a section search does not have`);
			(section.asked ??= []).push(item.query);
		}
	}
	return copy;
}

const rankingWith = (weight: number): Ranking => ({ ...RANKING, fields: { ...RANKING.fields, asked: weight } });
const label = (options: AskedOptions) =>
	`${options.level}, ${options.words}, ≥${options.minCount} question${options.minCount === 1 ? '' : 's'}${Number.isFinite(options.maxPages) ? `, ≤${options.maxPages} pages` : ''}${options.siteWordsOnly ? ', site words only' : ''}`;
const describe = (variant: Variant) => `${label(variant)}, weight ${variant.weight}`;

/** Each set's counts for `sets`, with the questions of `from` (less those written as one in `except`) indexed under `options`, at each weight. */
async function scored(from: readonly QuerySetName[], except: readonly QuerySetName[], options: AskedOptions, sets: readonly QuerySetName[], weights = WEIGHTS): Promise<Counts[]> {
	const skip = new Set(except.flatMap((name) => (QUERY_SETS[name] as { query: string }[]).map((item) => normal(item.query))));
	const { payload, shards } = await buildSearchIndex(withQuestions(from, skip), undefined, options);
	return weights.map((weight) => countsFor(new SearchEngine(payload, shards, rankingWith(weight)), sets));
}

const baseIndex = await buildSearchIndex(pages);
const base = countsFor(new SearchEngine(baseIndex.payload, baseIndex.shards), [...FOLDS, ...GUARDED]);
console.error(`baseline in ${elapsed()}`);

/**
 * For each variant, each fold's counts on the set left out, with the questions of `folds` but that
 * set indexed. `within` narrows the folds (for the nested cross-validation: the set held out of the
 * whole choice is neither indexed nor scored).
 */
async function foldCounts(folds: readonly QuerySetName[]): Promise<Map<string, { variant: Variant; byFold: Map<QuerySetName, Counts> }>> {
	const results = new Map<string, { variant: Variant; byFold: Map<QuerySetName, Counts> }>();
	for (const options of OPTIONS) {
		for (const out of folds) {
			const counts = await scored(
				folds.filter((name) => name !== out),
				[out],
				options,
				[out],
			);
			WEIGHTS.forEach((weight, w) => {
				const variant = { ...options, weight };
				const key = describe(variant);
				const entry = results.get(key) ?? { variant, byFold: new Map() };
				entry.byFold.set(out, counts[w]);
				results.set(key, entry);
			});
		}
	}
	return results;
}

const total = (byFold: Map<QuerySetName, Counts>, folds: readonly QuerySetName[]) =>
	folds.reduce((sum, name) => ({ first: sum.first + byFold.get(name)![name].first, top3: sum.top3 + byFold.get(name)![name].top3, rr: sum.rr + byFold.get(name)![name].rr }), { first: 0, top3: 0, rr: 0 });
const baseTotal = (folds: readonly QuerySetName[]) => folds.reduce((sum, name) => ({ first: sum.first + base[name].first, top3: sum.top3 + base[name].top3, rr: sum.rr + base[name].rr }), { first: 0, top3: 0, rr: 0 });
const score = (t: { first: number; top3: number; rr: number }) => t.first + t.top3 + t.rr / 1000;
const n = (folds: readonly QuerySetName[]) => folds.reduce((sum, name) => sum + base[name].n, 0);

/** The best variant of `results` on `folds`' left-out totals (first + top three, then MRR). */
function best(results: Map<string, { variant: Variant; byFold: Map<QuerySetName, Counts> }>, folds: readonly QuerySetName[]) {
	return [...results.values()].sort((a, b) => score(total(b.byFold, folds)) - score(total(a.byFold, folds)))[0];
}

/** A variant from JSON (`{"weight":1.5,"level":"both"}`), the rest as the site has it (ASKED_OPTIONS, RANKING.fields.asked). */
const variantOf = (json = '{}'): Variant => ({ ...ASKED_OPTIONS, weight: RANKING.fields.asked, ...(JSON.parse(json) as Partial<Variant>) });

/** First file, gzip, in bytes. */
const firstFileGzip = (payload: unknown) => gzipSync(JSON.stringify(payload), { level: 6 }).length;

const [mode = 'cv', argument] = process.argv.slice(2);
if (mode === 'cv') {
	const results = await foldCounts(FOLDS);
	const all = baseTotal(FOLDS);
	const size = n(FOLDS);
	console.log(`left-out sets together (${size} queries): baseline first ${all.first}, top three ${all.top3}, MRR ${(all.rr / size).toFixed(3)}\n`);
	console.log('| variant | first | top three | MRR | first + top three |\n|---|---:|---:|---:|---:|');
	const ranked = [...results.values()].sort((a, b) => score(total(b.byFold, FOLDS)) - score(total(a.byFold, FOLDS)));
	for (const { variant, byFold } of ranked) {
		const t = total(byFold, FOLDS);
		const delta = t.first + t.top3 - all.first - all.top3;
		console.log(`| ${describe(variant)} | ${t.first} | ${t.top3} | ${(t.rr / size).toFixed(3)} | ${delta >= 0 ? '+' : ''}${delta} |`);
	}
	const chosen = ranked[0];
	console.log(`\nBest on the left-out totals: ${describe(chosen.variant)}`);
	leaveOneOut(FOLDS, base, (out) => ({ chosen: describe(chosen.variant), counts: chosen.byFold.get(out)! }), 'expanded');
	console.log('\n| left out | baseline MRR | expanded MRR |\n|---|---:|---:|');
	for (const name of FOLDS) console.log(`| ${name} | ${(base[name].rr / base[name].n).toFixed(3)} | ${(chosen.byFold.get(name)![name].rr / base[name].n).toFixed(3)} |`);
	// The guard, for the best few: every general tuning set's questions indexed, as the site would ship them.
	console.log('\nSafety sets and controls, with every general tuning set\'s questions indexed (first / top three), and the first file (gzip):');
	for (const { variant } of ranked.slice(0, 6)) {
		const built = await buildSearchIndex(withQuestions(FOLDS), undefined, variant);
		const counts = countsFor(new SearchEngine(built.payload, built.shards, rankingWith(variant.weight)), GUARDED);
		const worse = GUARDED.filter((name) => counts[name].first < base[name].first || (name === 'safety controls' && counts[name].top3 < base[name].top3));
		console.log(`\n${describe(variant)}: ${worse.length === 0 ? 'none worse' : `WORSE: ${worse.join(', ')}`}; first file ${firstFileGzip(baseIndex.payload)} → ${firstFileGzip(built.payload)} bytes gzip`);
		console.log(table([['baseline', base], ['expanded', counts]], GUARDED));
	}
} else if (mode === 'nested') {
	// For each set held out of everything, the variant is picked by leave-one-out on the other six
	// alone (none of its questions indexed or scored), then scored on the set held out, with the
	// questions of the other six indexed.
	const outer = await foldCounts(FOLDS);
	const picked = new Map<QuerySetName, { variant: Variant; counts: Counts }>();
	for (const out of FOLDS) {
		const others = FOLDS.filter((name) => name !== out);
		console.error(`nested: ${out} held out, picking on the other ${others.length} (${elapsed()})`);
		const choice = best(await foldCounts(others), others);
		picked.set(out, { variant: choice.variant, counts: outer.get(describe(choice.variant))!.byFold.get(out)! });
	}
	leaveOneOut(FOLDS, base, (out) => ({ chosen: describe(picked.get(out)!.variant), counts: picked.get(out)!.counts }), 'picked');
} else if (mode === 'try') {
	// One variant with every general tuning set's questions indexed: the tuning sets (which then
	// answer their own questions: flattering), the safety sets and controls, and the first file.
	const variant = variantOf(argument);
	const built = await buildSearchIndex(withQuestions(FOLDS), undefined, variant);
	const counts = countsFor(new SearchEngine(built.payload, built.shards, rankingWith(variant.weight)), [...FOLDS, ...GUARDED]);
	const worse = GUARDED.filter((name) => counts[name].first < base[name].first || (name === 'safety controls' && counts[name].top3 < base[name].top3));
	console.log(`${describe(variant)}: safety sets and controls ${worse.length === 0 ? 'not worse' : `WORSE: ${worse.join(', ')}`}; first file ${firstFileGzip(baseIndex.payload)} → ${firstFileGzip(built.payload)} bytes gzip`);
	console.log(table([['without', base], ['with every tuning set indexed', counts]], [...FOLDS, ...GUARDED]));
} else if (mode === 'measure') {
	const variant = variantOf(argument);
	const measured = MEASURE_ONLY.filter((name) => QUERY_SETS[name].length > 0);
	// A tuning question written exactly as a measured one is not indexed: it would answer that query
	// by rote. Only how many is printed.
	const skip = new Set(measured.flatMap((name) => (QUERY_SETS[name] as { query: string }[]).map((item) => normal(item.query))));
	const skipped = FOLDS.reduce((count, name) => count + (QUERY_SETS[name] as { query: string }[]).filter((item) => skip.has(normal(item.query))).length, 0);
	console.log(`${skipped} tuning questions written as a measured query were left out of the index`);
	const built = await buildSearchIndex(withQuestions(FOLDS, skip), undefined, variant);
	const counts = countsFor(new SearchEngine(built.payload, built.shards, rankingWith(variant.weight)), measured);
	const before = countsFor(new SearchEngine(baseIndex.payload, baseIndex.shards), measured);
	console.log(table([['without', before], [describe(variant), counts]], measured));
} else if (mode === 'written') {
	const without = (block: Record<string, string[]>, skip: ReadonlySet<string>) =>
		Object.fromEntries(Object.entries(block).map(([key, list]) => [key, list.filter((question) => !skip.has(normal(question)))]).filter(([, list]) => list.length > 0));
	// WRITTEN_SKIP=<regular expression>: leave out the written questions of the keys it matches (to see
	// which kinds of section they help or harm). WRITTEN_LEVEL=section: a section's written questions
	// count for the section alone, not for its page too; WRITTEN_LEVEL=page: for its page alone.
	const source = argument ?? WRITTEN_FILE;
	const writtenFile = parseDataFile(source, AskedAsSchema, JSON.parse(readFileSync(source, 'utf8')));
	const problems = checkAskedAs(writtenFile, pages, source);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	const skipKeys = process.env.WRITTEN_SKIP ? new RegExp(process.env.WRITTEN_SKIP) : undefined;
	const writtenBlock = Object.fromEntries(Object.entries(writtenFile.questions).filter(([key]) => !skipKeys?.test(key)));
	const here = process.env.WRITTEN_LEVEL === 'section';
	const onPage = process.env.WRITTEN_LEVEL === 'page';
	/** An engine over the pages with `questions` as the site reads them, and `written` as WRITTEN_LEVEL says. */
	const engineFor = async ({ questions, written = {} }: { questions: Record<string, string[]>; written?: Record<string, string[]> }) => {
		const merged = new Map(Object.entries(questions));
		for (const [key, list] of Object.entries(written)) {
			if (here && key.includes('#')) continue;
			const at = onPage ? key.split('#')[0] : key;
			merged.set(at, [...(merged.get(at) ?? []), ...list]);
		}
		const read = withAskedAs(pages, { questions: Object.fromEntries(merged) }).map((page) =>
			here ? { ...page, sections: page.sections.map((section) => ({ ...section, askedHere: written[`${page.url}#${section.anchor}`] })) } : page,
		);
		const built = await buildSearchIndex(read);
		return new SearchEngine(built.payload, built.shards);
	};
	// Leave one set out: the set's own questions are not indexed (the site's file, had that set never been asked).
	const before: Counts = {};
	const after: Counts = {};
	for (const out of FOLDS) {
		const skip = new Set((QUERY_SETS[out] as { query: string }[]).map((item) => normal(item.query)));
		const questions = without(askedAs.questions, skip);
		const engines = [await engineFor({ questions }), await engineFor({ questions, written: without(writtenBlock, skip) })];
		before[out] = countsFor(engines[0], [out])[out];
		after[out] = countsFor(engines[1], [out])[out];
		// WRITTEN_CHANGES=1: each query of the (tuning) set whose rank changed, and its first result without and with.
		if (process.env.WRITTEN_CHANGES) {
			for (const item of QUERY_SETS[out] as { query: string; expect: string; alsoAccept?: string[] }[]) {
				const ranked = engines.map((engine) => {
					const outcome = engine.search(item.query);
					const results = outcome.status === 'results' ? outcome.pages.map(rankedPage) : [];
					return { rank: rankOf(results, item.expect, item.alsoAccept), first: results[0] ? `${results[0].url}${results[0].section ? `#${results[0].section}` : ''}` : '-' };
				});
				if (ranked[0].rank !== ranked[1].rank) console.log(`${out}: "${item.query}" (${item.expect}) ${ranked[0].rank} ${ranked[0].first} -> ${ranked[1].rank} ${ranked[1].first}`);
			}
		}
		console.error(`written: ${out} done (${elapsed()})`);
	}
	console.log('Each set left out of the seeded questions, without and with the written ones (first / top three):\n');
	leaveOneOut(FOLDS, before, () => ({ chosen: 'the written questions', counts: after }), 'indexed');
	// The written questions alone: no set's questions indexed.
	const none = countsFor(await engineFor({ questions: {} }), [...FOLDS, ...GUARDED]);
	const alone = countsFor(await engineFor({ questions: {}, written: writtenBlock }), [...FOLDS, ...GUARDED]);
	console.log(`\nNo seeded questions, without and with the written ones:\n${table([['none', none], ['written only', alone]], [...FOLDS, ...GUARDED])}`);
	// The safety sets, the controls and the matcher, with the whole file as the site ships it.
	const seeded = await engineFor({ questions: askedAs.questions });
	const whole = await engineFor({ questions: askedAs.questions, written: writtenBlock });
	const guardedBefore = countsFor(seeded, GUARDED);
	const guardedAfter = countsFor(whole, GUARDED);
	const worse = GUARDED.filter((name) => guardedAfter[name].first < guardedBefore[name].first || guardedAfter[name].top3 < guardedBefore[name].top3);
	console.log(`\nSafety sets and controls, the seeded questions without and with the written ones: ${worse.length === 0 ? 'none worse' : `WORSE: ${worse.join(', ')}`}\n${table([['seeded', guardedBefore], ['seeded and written', guardedAfter]], GUARDED)}`);
	const matched = (engine: SearchEngine, query: string) => JSON.stringify(engine.matchActNow(query));
	const queries = Object.entries(QUERY_SETS).filter(([name]) => !(MEASURE_ONLY as readonly string[]).includes(name)).flatMap(([, items]) => (items as { query: string }[]).map((item) => item.query));
	const changed = queries.filter((query) => matched(seeded, query) !== matched(whole, query)).length;
	console.log(`\nThe act-now matcher on every tuning query (${queries.length}): ${changed} matched differently with the written questions`);
	// Coverage: the parts (each page's own part and each section) with no question, or one.
	const cover = ({ questions, written = {} }: { questions: Record<string, string[]>; written?: Record<string, string[]> }) => {
		const merged = new Map(Object.entries(questions));
		for (const [key, list] of Object.entries(written)) merged.set(key, [...(merged.get(key) ?? []), ...list]);
		const parts = withAskedAs(pages, { questions: Object.fromEntries(merged) }).flatMap((page) => [page.asked ?? [], ...page.sections.map((section) => section.asked ?? [])]);
		return `${parts.filter((list) => list.length === 0).length} with none, ${parts.filter((list) => list.length === 1).length} with one, of ${parts.length}`;
	};
	const writtenCount = Object.values(writtenBlock).flat().length;
	console.log(`\nPages and sections: seeded questions only ${cover({ questions: askedAs.questions })}; with the ${writtenCount} written ${cover({ questions: askedAs.questions, written: writtenBlock })}`);
} else {
	throw new Error(`asked-as: unknown mode ${mode} (cv, nested, try, written, measure)`);
}
console.error(`done in ${elapsed()}`);
