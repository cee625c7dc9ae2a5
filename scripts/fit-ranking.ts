/**
 * Tries the ranking's numbers (src/search/ranking.ts) on the tuning sets, fast: the index is built
 * once over dist/ (build the site first), and only the ranking changes between evaluations.
 * Run with `node scripts/fit-ranking.mjs <mode>` (docs/search.md, "Fitting the constants"):
 *
 * - `defaults`: the tuning sets' figures with the site's numbers (first / top three per set);
 * - `try '<json>'`: the same for the site's numbers with some changed, e.g. `try '{"breadth":0.3}'`
 *   (nested: `{"fields":{"aka":2}}`), beside the defaults;
 * - `sweep`: each number alone over its grid of round values, everything else at the defaults;
 * - `cv`: leave-one-set-out cross-validation of the coordinate ascent over the general tuning sets
 *   (fit on five, score the one left out, against the defaults on it);
 * - `fit`: the coordinate ascent on all the general tuning sets;
 * - `random [n]`: a small random search (n candidates, 150 by default, seeded): two or three numbers
 *   moved one step of their grid each, so moves together are tried too; cross-validated as `cv`
 *   (each fold picks the best candidate on the others), then picked on all of them;
 * - `cv-one <key> <off>`: leave one set out for one number alone, over the nine labelled general
 *   tuning sets (GENERAL and the three voices sets): each fold picks its value from the grid on the
 *   other eight (ties to `off`), scored on the set left out against `off` on it (session 32: is
 *   `senseChoice` worth having at all?);
 * - `measure '<json>'`: the measure-only sets' TOTALS (first / top three, never a query), for the
 *   defaults and the numbers given. Read them once, for a change already decided on the tuning sets.
 *
 * Objective: the general tuning sets' first plus top-three counts, less `PENALTY` for each number
 * changed from its default; a move is kept only if no safety tuning set loses an act-now answer
 * first (or the adults' set its adult's page) and the safety controls lose nothing.
 * The tuning sets are scored without the questions of content/data/asked-as.json (their own).
 * Nothing here prints a measure-only set's queries.
 */
import { withoutAsked } from '../src/search/asked-as';
import { buildSearchIndex } from '../src/search/build-index';
import { SearchEngine } from '../src/search/engine';
import { RANKING, type Ranking } from '../src/search/ranking';
import { SECTION_SENSES } from '../src/search/section-senses';
import { searchPagesFromDist } from '../src/search/sources';
import type { ActNowMatch } from '../src/search/act-now-match';
import { MEASURE_ONLY, QUERY_SETS, type QuerySetName } from '../tests/search/relevance';
import { ASKED_SETS, type Counts, countsFor, GENERAL, GUARDED, leaveOneOut, sum, table } from './evaluate-sets';
/**
 * What a changed number costs in the objective, in queries (first or top three): fewer changes,
 * unless they pay. FIT_PENALTY=0 fits without it (ties still stay at the default).
 */
const PENALTY = Number(process.env.FIT_PENALTY ?? 2);

/** A number of the ranking, by its path ("fields.aka"), with the round values tried. */
const GRID: Record<string, number[]> = {
	breadth: [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5],
	headingChoice: [1, 1.25, 1.5, 1.75, 2, 2.5],
	headingPart: [0.5, 0.7, 0.8, 0.85, 0.9, 1],
	focus: [0, 0.1, 0.25, 0.4, 0.5, 0.75],
	minShareOfBest: [0.1, 0.15, 0.2, 0.25, 0.3],
	summaryChoice: [0.5, 0.6, 0.7, 0.8, 0.9, 1],
	senseChoice: [1, 1.25, 1.5, 1.75, 2, 2.5],
	personWeight: [0.25, 0.5, 0.75, 1],
	nationElsewhere: [0.5, 0.7, 0.9, 1],
	platformPageWeight: [0.7, 0.8, 0.9, 0.95, 1],
	stepsWeight: [1, 1.1, 1.2, 1.25, 1.3, 1.5],
	outcomePlatformName: [0, 0.4, 0.5, 0.6, 0.7, 0.8, 1],
	nationPartWeight: [0.6, 0.7, 0.8, 0.9, 1],
	helplinePointerWeight: [0, 0.25, 0.5, 0.75, 1],
	coverageFloor: [0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1],
	k1: [0.8, 1, 1.2, 1.5, 2],
	b: [0.5, 0.6, 0.75, 0.9, 1],
	'fields.name': [2, 2.5, 3, 3.5, 4],
	'fields.aka': [1.5, 2, 2.5, 3, 3.5],
	'alternatives.synonym': [0.7, 0.8, 0.85, 0.9, 1],
	'alternatives.prefix': [0.5, 0.6, 0.7, 0.8],
	'alternatives.typo': [0.5, 0.6, 0.65, 0.7, 0.8],
};
const KEYS = Object.keys(GRID);

type Values = Record<string, number>;

const get = (ranking: Ranking, path: string): number => path.split('.').reduce((value: any, key) => value[key], ranking) as number;
const DEFAULTS: Values = Object.fromEntries(KEYS.map((key) => [key, get(RANKING, key)]));
for (const key of KEYS) if (!GRID[key].includes(DEFAULTS[key])) throw new Error(`fit-ranking: ${key}'s default ${DEFAULTS[key]} is not in its grid`);

function rankingOf(values: Values): Ranking {
	const ranking: Ranking = structuredClone(RANKING);
	for (const [path, value] of Object.entries(values)) {
		const keys = path.split('.');
		const last = keys.pop() as string;
		const parent = keys.reduce((object: any, key) => object[key], ranking);
		if (!(last in parent)) throw new Error(`fit-ranking: no number ${path} in the ranking`);
		parent[last] = value;
	}
	return ranking;
}

/** Values from a JSON override (`{"breadth":0.3,"fields":{"aka":2}}`), flattened to paths; each must be a number of the ranking. */
function flatten(object: Record<string, unknown>, prefix = ''): Values {
	const values: Values = Object.fromEntries(
		Object.entries(object).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`)) : [[`${prefix}${key}`, value as number]])),
	);
	for (const [path, value] of Object.entries(values)) {
		const known = path.split('.').reduce((at: any, key) => (at !== undefined && key in at ? at[key] : undefined), RANKING);
		if (typeof known !== 'number' || typeof value !== 'number') throw new Error(`fit-ranking: ${path} is not a number of the ranking (src/search/ranking.ts)`);
	}
	return values;
}

const [mode = 'defaults', argument] = process.argv.slice(2);
const started = Date.now();
// content/data/asked-as.json holds the tuning sets' own questions: indexed, each would find its own
// page by rote, so the tuning sets are scored without them (scripts/asked-as.ts cross-validates
// that field). `measure` reads the site as it is: the measure-only sets' questions are not in the file.
const sitePages = await searchPagesFromDist(process.cwd());
const { payload, shards } = await buildSearchIndex(mode === 'measure' ? sitePages : withoutAsked(sitePages));
console.error(`index built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The act-now matcher does not depend on the ranking: each query is matched once.
const matched = new Map<string, ActNowMatch[]>();
function engineFor(ranking: Ranking): SearchEngine {
	const engine = new SearchEngine(payload, shards, ranking);
	const match = engine.matchActNow.bind(engine);
	engine.matchActNow = (query: string) => {
		let found = matched.get(query);
		if (!found) matched.set(query, (found = match(query)));
		return found;
	};
	return engine;
}

const memo = new Map<string, Counts>();
let evaluations = 0;
function evaluate(values: Values): Counts {
	// Every number given, not only the grid's (`try` may change any of them).
	const key = JSON.stringify(Object.entries({ ...DEFAULTS, ...values }).sort(([a], [b]) => a.localeCompare(b)));
	let counts = memo.get(key);
	if (!counts) {
		evaluations += 1;
		counts = countsFor(engineFor(rankingOf(values)), [...new Set([...ASKED_SETS, ...GUARDED])]);
		memo.set(key, counts);
	}
	return counts;
}

const base = evaluate(DEFAULTS);
const changed = (values: Values) => KEYS.filter((key) => values[key] !== DEFAULTS[key]).length;
const safe = (counts: Counts) => GUARDED.every((name) => counts[name].first >= base[name].first && (name !== 'safety controls' || counts[name].top3 >= base[name].top3));
const gained = (counts: Counts, sets: readonly QuerySetName[]) => sets.reduce((sum, name) => sum + counts[name].first + counts[name].top3, 0);
const objective = (values: Values, sets: readonly QuerySetName[], penalty = PENALTY) => {
	const counts = evaluate(values);
	return safe(counts) ? gained(counts, sets) - penalty * changed(values) : -Infinity;
};

/**
 * Coordinate ascent from the defaults: for each number in turn, every value of its grid with the
 * others held; keep the best if it beats the current objective (ties go to the value nearer the
 * default, so only a real gain moves a number). Passes until nothing moves (at most `passes`).
 */
function ascend(sets: readonly QuerySetName[], passes = 3): Values {
	let current: Values = { ...DEFAULTS };
	let best = objective(current, sets);
	for (let pass = 0; pass < passes; pass += 1) {
		let moved = false;
		for (const key of KEYS) {
			const grid = GRID[key];
			const home = grid.indexOf(DEFAULTS[key]);
			const order = [...grid].sort((a, b) => Math.abs(grid.indexOf(a) - home) - Math.abs(grid.indexOf(b) - home));
			for (const value of order) {
				if (value === current[key]) continue;
				const trial = { ...current, [key]: value };
				const score = objective(trial, sets);
				if (score > best) {
					best = score;
					current = trial;
					moved = true;
				}
			}
		}
		console.error(`  pass ${pass + 1}: objective ${best}, ${changed(current)} changed, ${evaluations} evaluations, ${((Date.now() - started) / 1000).toFixed(0)} s`);
		if (!moved) break;
	}
	return current;
}

const describe = (values: Values) =>
	Object.keys(values)
		.filter((key) => values[key] !== get(RANKING, key))
		.map((key) => `${key} ${get(RANKING, key)} → ${values[key]}`)
		.join(', ') || 'the defaults';
/**
 * Leave one set out (./evaluate-sets.ts): for each general tuning set, `choose` picks numbers on the
 * other five, and the set left out is scored with them against the defaults.
 */
const leaveOneSetOut = (choose: (sets: readonly QuerySetName[]) => Values, verb: string) =>
	leaveOneOut(
		GENERAL,
		base,
		(_out, others) => {
			const chosen = choose(others);
			return { chosen: describe(chosen), counts: evaluate(chosen) };
		},
		verb,
	);

if (mode === 'defaults') {
	console.log(table([['defaults', base]], [...GENERAL, ...GUARDED]));
} else if (mode === 'try') {
	const values = { ...DEFAULTS, ...flatten(JSON.parse(argument ?? '{}')) };
	const counts = evaluate(values);
	console.log(`${describe(values)}; safety sets and controls ${safe(counts) ? 'not worse' : 'WORSE'}`);
	console.log(table([['defaults', base], ['tried', counts]], [...ASKED_SETS, ...GUARDED]));
	console.log(`general tuning: ${JSON.stringify(sum(base, GENERAL))} → ${JSON.stringify(sum(counts, GENERAL))}; with the voices sets: ${JSON.stringify(sum(base, ASKED_SETS))} → ${JSON.stringify(sum(counts, ASKED_SETS))}`);
} else if (mode === 'sweep') {
	for (const key of KEYS) {
		const row = GRID[key].map((value) => {
			const counts = evaluate({ ...DEFAULTS, [key]: value });
			const total = sum(counts, GENERAL);
			return `${value}${value === DEFAULTS[key] ? '*' : ''}: ${total.first}/${total.top3}${safe(counts) ? '' : '!'}`;
		});
		console.log(`${key.padEnd(22)} ${row.join('   ')}`);
	}
	console.log('(general tuning sets, first / top three; * the default; ! a safety set or the controls worse)');
} else if (mode === 'cv') {
	leaveOneSetOut((sets) => ascend(sets), 'fitted');
	// And the fit on all of them, which the cross-validation judges (its evaluations are mostly known by now).
	console.error('fit on all the general tuning sets');
	const fitted = ascend(GENERAL);
	console.log(`fitted on all: ${describe(fitted)}`);
	console.log(table([['defaults', base], ['fitted on all', evaluate(fitted)]], [...GENERAL, ...GUARDED]));
} else if (mode === 'random') {
	// A fixed seed, so a run can be repeated (mulberry32).
	let seed = 27;
	const random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const candidates: Values[] = [];
	const seen = new Set<string>();
	while (candidates.length < Number(argument ?? 150)) {
		const values = { ...DEFAULTS };
		const shuffled = [...KEYS];
		for (let i = shuffled.length - 1; i > 0; i -= 1) {
			const j = Math.floor(random() * (i + 1));
			[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
		}
		const moved = shuffled.slice(0, 2 + Math.floor(random() * 2));
		for (const key of moved) {
			const grid = GRID[key];
			const at = grid.indexOf(DEFAULTS[key]) + (random() < 0.5 ? -1 : 1);
			values[key] = grid[Math.min(grid.length - 1, Math.max(0, at))];
		}
		const key = JSON.stringify(KEYS.map((k) => values[k]));
		if (seen.has(key) || changed(values) === 0) continue;
		seen.add(key);
		candidates.push(values);
	}
	candidates.forEach((values, n) => {
		evaluate(values);
		if ((n + 1) % 25 === 0) console.error(`  ${n + 1} candidates, ${((Date.now() - started) / 1000).toFixed(0)} s`);
	});
	// Picked without a penalty (ties go to the earlier candidate, the defaults first) and with one.
	for (const penalty of [0, PENALTY || 2]) {
		const pick = (sets: readonly QuerySetName[]) => [DEFAULTS, ...candidates].reduce((best, values) => (objective(values, sets, penalty) > objective(best, sets, penalty) ? values : best), DEFAULTS);
		console.log(`\n${candidates.length} candidates, penalty ${penalty} a changed number`);
		leaveOneSetOut(pick, 'picked');
		const picked = pick(GENERAL);
		console.log(`picked on all: ${describe(picked)}`);
		console.log(table([['defaults', base], ['picked on all', evaluate(picked)]], [...GENERAL, ...GUARDED]));
	}
	const safeCount = candidates.filter((values) => safe(evaluate(values))).length;
	const better = candidates.filter((values) => safe(evaluate(values)) && gained(evaluate(values), GENERAL) > gained(base, GENERAL)).length;
	console.log(`${safeCount} of ${candidates.length} candidates keep the safety sets and controls; ${better} of them beat the defaults on the general tuning sets (before any penalty)`);
} else if (mode === 'cv-one') {
	const key = argument;
	const off = Number(process.argv[4]);
	if (!GRID[key]?.includes(off)) throw new Error(`fit-ranking: cv-one needs a number of the grid and its value when off (${KEYS.join(', ')})`);
	const at = (value: number) => evaluate({ ...DEFAULTS, [key]: value });
	const folds = ASKED_SETS;
	const offCounts = at(off);
	const score = (value: number, sets: readonly QuerySetName[]) => (safe(at(value)) ? gained(at(value), sets) : -Infinity);
	const pick = (sets: readonly QuerySetName[]) => GRID[key].reduce((best, value) => (score(value, sets) > score(best, sets) ? value : best), off);
	leaveOneOut(folds, offCounts, (_out, others) => {
		const value = pick(others);
		return { chosen: `${key} ${value}`, counts: at(value) };
	}, 'picked');
	console.log(GRID[key].map((value) => `${key} ${value}: ${JSON.stringify(sum(at(value), folds))}${safe(at(value)) ? '' : ' (a safety set or the controls worse)'}`).join('\n'));
	console.log(table([[`${key} ${off}`, offCounts], [`${key} ${pick(folds)} (picked on all)`, at(pick(folds))]], [...folds, ...GUARDED]));
} else if (mode === 'cv-senses') {
	// Each sense of src/search/section-senses.ts kept only if it helps the other folds: leave one set
	// out over the nine labelled general tuning sets, at the site's numbers.
	const folds = ASKED_SETS;
	const sets = [...new Set([...ASKED_SETS, ...GUARDED])];
	const withSenses = (senses: typeof SECTION_SENSES) => {
		const engine = engineFor(RANKING);
		engine.senses = senses;
		return countsFor(engine, sets);
	};
	const all = withSenses(SECTION_SENSES);
	const none = withSenses([]);
	const without = new Map(SECTION_SENSES.map((sense) => [sense.id, withSenses(SECTION_SENSES.filter((other) => other !== sense))]));
	for (const sense of SECTION_SENSES) {
		const counts = without.get(sense.id) as Counts;
		console.log(`${sense.id}: its part of the gain ${gained(all, folds) - gained(counts, folds)} (first + top three); safety sets and controls without it ${GUARDED.every((name) => counts[name].first === all[name].first) ? 'the same' : 'DIFFERENT'}`);
	}
	leaveOneOut(folds, none, (_out, others) => {
		const kept = SECTION_SENSES.filter((sense) => gained(all, others) - gained(without.get(sense.id) as Counts, others) > 0);
		// Senses interact little (each boosts its own anchors); the fold is scored with the kept ones together.
		const counts = kept.length === SECTION_SENSES.length ? all : withSenses(kept);
		return { chosen: `${kept.length} of ${SECTION_SENSES.length} senses`, counts };
	}, 'kept');
	console.log(table([['no senses', none], ['every sense', all]], [...folds, ...GUARDED]));
} else if (mode === 'fit') {
	const fitted = ascend(GENERAL);
	const counts = evaluate(fitted);
	console.log(describe(fitted));
	console.log(JSON.stringify(Object.fromEntries(KEYS.filter((key) => fitted[key] !== DEFAULTS[key]).map((key) => [key, fitted[key]]))));
	console.log(table([['defaults', base], ['fitted', counts]], [...GENERAL, ...GUARDED]));
	console.log(`general tuning: ${JSON.stringify(sum(base, GENERAL))} → ${JSON.stringify(sum(counts, GENERAL))}`);
} else if (mode === 'measure') {
	// Totals only, never a query: the measure-only sets are read once per decided change.
	const values = { ...DEFAULTS, ...flatten(JSON.parse(argument ?? '{}')) };
	const measured = MEASURE_ONLY.filter((name) => QUERY_SETS[name].length > 0);
	const columns: [string, Counts][] = [
		['defaults', countsFor(engineFor(RANKING), measured)],
		[describe(values), countsFor(engineFor(rankingOf(values)), measured)],
	];
	console.log(table(columns, measured));
} else {
	throw new Error(`fit-ranking: unknown mode ${mode} (defaults, try, sweep, cv, fit, measure)`);
}
console.error(`${evaluations} evaluations in ${((Date.now() - started) / 1000).toFixed(0)} s`);
