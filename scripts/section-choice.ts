/**
 * Which section a result opens at (docs/search.md, "Which section a result opens at", session 32).
 * Run with `node scripts/section-choice.mjs <mode>` after a build:
 *
 * - `misses`: the TUNING sets' queries whose expected page is in the top three but listed with
 *   another section first (as the sets count it, a miss), with the sections listed under it;
 * - `totals`: for every general set, three totals of the top three: as the sets count it (the
 *   result's first section must be the expected one), the expected page whichever section is first,
 *   and the expected section anywhere among the up to three listed under its page. Measure-only
 *   sets: totals only, never a query. Each set twice, in one run: without the section senses
 *   (src/search/section-senses.ts, as before session 32) and with them.
 *
 * The tuning sets are scored without their own questions in content/data/asked-as.json (as
 * scripts/fit-ranking.ts does); the measure-only sets with the site as it is.
 */
import { withoutAsked } from '../src/search/asked-as';
import { buildSearchIndex } from '../src/search/build-index';
import { SearchEngine } from '../src/search/engine';
import { SECTION_SENSES } from '../src/search/section-senses';
import { searchPagesFromDist } from '../src/search/sources';
import { answers, GENERAL_SETS, MEASURE_ONLY, QUERY_SETS, type QuerySetName } from '../tests/search/relevance';
import { ASKED_SETS } from './evaluate-sets';

/** The labelled general tuning sets (GENERAL and the three voices sets). */
const TUNING = ASKED_SETS;
/** Every general set that is measure-only, as relevance.ts lists them (a new one is included without a change here). */
const MEASURED: QuerySetName[] = GENERAL_SETS.filter((name) => (MEASURE_ONLY as readonly string[]).includes(name));
const mode = process.argv[2] ?? 'totals';
const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'];
const pages = await searchPagesFromDist(process.cwd());
const tuned = await buildSearchIndex(withoutAsked(pages));
const tuningEngine = new SearchEngine(tuned.payload, tuned.shards);
const site = await buildSearchIndex(pages);
const siteEngine = new SearchEngine(site.payload, site.shards);

const pageOf = (expected: string) => expected.split('#')[0];
type Item = { query: string; expect: string; alsoAccept?: string[] };
function look(engine: SearchEngine, item: Item) {
	const outcome = engine.search(item.query);
	const hits = outcome.status === 'results' ? outcome.pages.slice(0, 3) : [];
	const acceptable = [item.expect, ...(item.alsoAccept ?? [])];
	const counted = hits.some((hit) => acceptable.some((expected) => answers({ url: hit.url, section: hit.sections[0]?.anchor }, expected)));
	const page = hits.find((hit) => acceptable.some((expected) => answers({ url: hit.url }, pageOf(expected))));
	const listed = hits.some((hit) => hit.sections.length === 0 ? acceptable.some((expected) => answers({ url: hit.url }, expected)) : hit.sections.some((section) => acceptable.some((expected) => answers({ url: hit.url, section: section.anchor }, expected))));
	// Why a query whose page is in the top three is not counted: its first section is a nation's part
	// of the expected section (the page list the sets were written from shows no nations' parts), or
	// the expected section is listed second or third, or not listed.
	let kind: 'nation part' | 'listed lower' | 'not listed' | undefined;
	if (!counted && page) {
		const first = page.sections[0]?.anchor ?? '';
		const nationPart = acceptable.some((expected) => expected.includes('#') && first.startsWith(`${expected.split('#')[1]}-`) && NATIONS.some((id) => first.endsWith(`-${id}`)));
		kind = nationPart ? 'nation part' : listed ? 'listed lower' : 'not listed';
	}
	return { counted, page, listed, kind };
}

if (mode === 'misses') {
	for (const name of TUNING) {
		for (const item of QUERY_SETS[name] as Item[]) {
			const { counted, page } = look(tuningEngine, item);
			if (counted || !page || !item.expect.includes('#')) continue;
			console.log(`[${name}] ${item.query}\n    expect ${item.expect}${item.alsoAccept ? ` (or ${item.alsoAccept.join(', ')})` : ''}\n    listed ${page.sections.map((section) => `#${section.anchor} (${section.score.toFixed(2)})`).join(', ') || '(the page)'}`);
		}
	}
} else {
	const rows = ['| set | as counted | the page | the section listed |', '|---|---:|---:|---:|'];
	const total = (names: QuerySetName[], engine: SearchEngine, label: string) => {
		rows.push(`| **${label}** | | | |`);
		const kinds = { 'nation part': 0, 'listed lower': 0, 'not listed': 0 };
		const all = { counted: 0, page: 0, listed: 0, n: 0 };
		for (const name of names) {
			const set = { counted: 0, page: 0, listed: 0, n: 0 };
			for (const item of QUERY_SETS[name] as Item[]) {
				const { counted, page, listed, kind } = look(engine, item);
				if (kind) kinds[kind] += 1;
				set.n += 1;
				if (counted) set.counted += 1;
				if (page) set.page += 1;
				if (listed) set.listed += 1;
			}
			if (set.n === 0) continue;
			rows.push(`| ${name} (${set.n}) | ${set.counted} | ${set.page} | ${set.listed} |`);
			for (const key of ['counted', 'page', 'listed', 'n'] as const) all[key] += set[key];
		}
		rows.push(`| (page in the top three, section not counted: ${Object.entries(kinds).map(([kind, n]) => `${kind} ${n}`).join(', ')}) | | | |`);
		rows.push(`| ${label} (${all.n}) | ${all.counted} (${(all.counted / all.n).toFixed(3)}) | ${all.page} (${(all.page / all.n).toFixed(3)}) | ${all.listed} (${(all.listed / all.n).toFixed(3)}) |`);
	};
	const senses = SECTION_SENSES;
	for (const [label, on] of [['without the senses', []], ['with them', senses]] as const) {
		tuningEngine.senses = on;
		siteEngine.senses = on;
		total(TUNING, tuningEngine, `tuning sets, ${label}`);
		total(MEASURED, siteEngine, `measure-only sets, ${label}`);
		total(['blind', 'held-out 2', 'held-out 5', 'held-out 6'], siteEngine, `the four oldest unseen sets, ${label}`);
	}
	console.log(rows.join('\n'));
}
