import { beforeAll, describe, expect, it } from 'vitest';
import actNow from '../../content/data/act-now.json';
import { answers, GENERAL_SETS, MEASURE_ONLY, measureBelow, measureRelevance, presentSets, QUERY_SETS, type QuerySetName, type RelevanceFigures, rankedPage, withoutActNow } from '../search/relevance';
import { siteOutcome, siteSearch } from './site-search';

/**
 * Relevance over the query sets in tests/search/, with the index the build makes (the same
 * function, over the pages the build wrote to dist/: build first). Prints each set's figures, and
 * the tuning sets' misses (the measure-only sets' misses are never printed: see relevance.ts).
 * A set whose file is not there (held-out-2.json, held-out-3.json, held-out-4.json, held-out-5.json, held-out-6.json, held-out-7.json, held-out-8.json, held-out-9.json, held-out-10.json, held-out-11.json, held-out-12.json, held-out-13.json, held-out-14.json, held-out-15.json, held-out-16.json, held-out-17.json, held-out-18.json, held-out-19.json, held-out-20.json, held-out-21.json, held-out-22.json, held-out-23.json, held-out-24.json, held-out-25.json, held-out-26.json, held-out-27.json, held-out-28.json, held-out-29.json, held-out-30.json, held-out-31.json, held-out-32.json, held-out-33.json, held-out-34.json, independent-safety-2.json, independent-safety-3.json, independent-safety-4.json, independent-safety-5.json, independent-safety-6.json, independent-safety-7.json) is skipped.
 */
describe('search relevance', () => {
	const figures = {} as Record<QuerySetName, RelevanceFigures>;
	/** A set's child-at-risk queries: those expecting an act-now concept's page. */
	const actNowPages = new Set(actNow.concepts.map((concept) => concept.target.split('#')[0]));
	const atRiskCases = (name: QuerySetName) => figures[name].cases.filter((c) => actNowPages.has(c.expect.split('#')[0]));
	let belowFirst = 0;

	beforeAll(async () => {
		const { engine } = await siteSearch();
		const search = (query: string) => {
			const outcome = siteOutcome(engine, query);
			return outcome.status === 'results' ? outcome.pages.map(rankedPage) : [];
		};
		const lines: string[] = [];
		for (const name of presentSets()) {
			const set = QUERY_SETS[name];
			const result = await measureRelevance(set, search);
			figures[name] = result;
			lines.push(`${name} (${set.length} queries): recall@1 ${result.recallAt1.toFixed(3)}, recall@3 ${result.recallAt3.toFixed(3)}, MRR ${result.mrr.toFixed(3)}`);
		}
		for (const name of GENERAL_SETS.filter((set) => presentSets().includes(set))) {
			const result = await measureRelevance(QUERY_SETS[name], (query) => withoutActNow(search(query)));
			lines.push(`${name}, results below the act-now answers: recall@1 ${result.recallAt1.toFixed(3)}, recall@3 ${result.recallAt3.toFixed(3)}, MRR ${result.mrr.toFixed(3)}`);
		}
		const below = await measureBelow(search);
		lines.push(`safety queries labelled with pages for under the act-now answer (${below.count}): one first ${below.first}, one in the first three ${below.top3}`);
		belowFirst = below.first / below.count;
		const misses = (name: QuerySetName) => figures[name].cases.filter((c) => c.rank !== 1).map((c) => `  ${c.rank || '-'}  ${c.query} → ${c.expect} (got ${c.got.join(', ')})`);
		const printable = presentSets().filter((name) => !(MEASURE_ONLY as readonly string[]).includes(name));
		console.log(['Search relevance', ...lines, 'Tuning sets: queries not answered first (rank, query, expected, top 3):', ...printable.flatMap(misses), 'Labelled safety queries whose first ordinary result is not one of their pages (rank in the first three, query, first three):', ...below.misses].join('\n'));
	}, 180_000);

	it('counts a result that opens at a subsection of the section expected, and not one that opens above the subsection expected; an outcome opened at its top, for its opening advice', () => {
		const page = '/guides/cyberbullying/';
		expect(answers({ url: page, section: 'uk-nations-wales' }, `${page}#uk-nations`)).toBe(true);
		expect(answers({ url: page, section: 'low-level' }, `${page}#how-serious`)).toBe(true);
		expect(answers({ url: page, section: 'uk-nations' }, `${page}#uk-nations-wales`)).toBe(false);
		expect(answers({ url: page, section: 'support' }, `${page}#uk-nations`)).toBe(false);
		expect(answers({ url: '/guides/sharing-nudes/', section: 'uk-nations-wales' }, `${page}#uk-nations`)).toBe(false);
		// A wizard outcome opened at its top (an act-now answer's link) answers its opening advice only.
		const outcome = '/report/outcome/sexual-images-of-under-18s/';
		expect(answers({ url: outcome }, `${outcome}#what-you-must-do`)).toBe(true);
		expect(answers({ url: outcome }, `${outcome}#what-to-do`)).toBe(true);
		expect(answers({ url: outcome }, `${outcome}#refer-at-once`)).toBe(false);
		expect(answers({ url: page }, `${page}#in-short`)).toBe(false);
	});

	it("counts an outcome at a platform's page for a case that expects the outcome, and not the other way round", () => {
		const outcome = '/report/outcome/report-impersonation-of-staff/';
		expect(answers({ url: `${outcome}tiktok/`, section: 'who-must-report' }, `${outcome}#who-must-report`)).toBe(true);
		expect(answers({ url: `${outcome}tiktok/` }, outcome)).toBe(true);
		expect(answers({ url: outcome }, `${outcome}tiktok/`)).toBe(false);
		expect(answers({ url: `${outcome}tiktok/` }, `${outcome}instagram/`)).toBe(false);
		expect(answers({ url: '/report/outcome/report-impersonation-of-a-pupil/tiktok/' }, outcome)).toBe(false);
	});

	it('has at least 40 queries in each general set and the safety set, and at least 20 in the others', () => {
		for (const name of ['tuning', 'held-out', 'blind', 'safety'] as const) expect(QUERY_SETS[name].length, name).toBeGreaterThanOrEqual(40);
		for (const name of ['independent safety', 'safety controls'] as const) expect(QUERY_SETS[name].length, name).toBeGreaterThanOrEqual(20);
	});

	it('puts the act-now page first for every query of the safety set', () => {
		expect(figures.safety.cases.filter((c) => c.rank !== 1).map((c) => c.query)).toEqual([]);
	});

	it('puts the act-now page first for every query of the independent safety set (now a tuning set)', () => {
		expect(figures['independent safety'].cases.filter((c) => c.rank !== 1).map((c) => c.query)).toEqual([]);
	});

	it.skipIf(QUERY_SETS['independent safety 2'].length === 0)('puts the act-now page first for at least 65% of the second independent safety set (a floor against regressions, not the target: every query)', () => {
		expect(figures['independent safety 2'].recallAt1).toBeGreaterThanOrEqual(0.65);
	});

	it('puts the act-now page first for nearly all of the worst-case set, and each adult\'s own case its page (a tuning set from the start, session 28)', () => {
		// 51 of 52 and 9 of 9 once its misses were read; the one left is in docs/search.md.
		expect(figures['safety worst'].recallAt1).toBeGreaterThanOrEqual(0.96);
		expect(figures['safety worst adults'].recallAt1).toBeGreaterThanOrEqual(0.88);
	});

	it('puts a useful page first under the act-now answer for most labelled safety queries (a floor: 24 of 55 before concepts named related pages, 39 after, session 30; 156 of 270 once session 31 labelled more, 236 after)', () => {
		expect(belowFirst).toBeGreaterThanOrEqual(0.8);
	});

	it('finds the right page for the safety controls, which share their words', () => {
		// 21 of 23 until 2 December 2026; 20 since the third pass of search phrases: "snapchat privacy
		// settings for pupils" listed three guides about privacy settings above the Snapchat page
		// (first again since session 31: the platform pages' "Block, limit and privacy settings").
		expect(figures['safety controls'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the page a teacher needs first for most of the staff and worst-case controls (floors, session 31)', () => {
		// Ordinary questions that share the safety queries' words: a member of staff contacting pupils
		// on school channels, a policy, filming for the school. 20 of 27 and 26 of 42 first before
		// session 31 (docs/search.md, "The controls"), 24 and 33 after; each floor allows one loss.
		expect(figures['safety staff controls'].recallAt1).toBeGreaterThanOrEqual(0.85);
		expect(figures['safety worst controls'].recallAt1).toBeGreaterThanOrEqual(0.75);
	});

	it('puts the right page (and section) in the top 3 for at least 90% of the tuning queries', () => {
		expect(figures.tuning.recallAt3).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the right page (and section) in the top 3 for at least 85% of the held-out queries (a tuning set since 1 December 2026)', () => {
		expect(figures['held-out'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page in the top 3 for most queries it was not tuned on (floors against regressions, not the targets)', () => {
		// 0.898 before the sections' own search terms (sectionAka), 0.932 after (1 December 2026, fourth
		// round), 0.949 after session 25 (2 December 2026).
		expect(figures.blind.recallAt3).toBeGreaterThanOrEqual(0.92);
		// First measured at 0.786; 0.829 before sectionAka, 0.871 after, 0.914 after session 25.
		if (QUERY_SETS['held-out 2'].length > 0) expect(figures['held-out 2'].recallAt3).toBeGreaterThanOrEqual(0.88);
		// First measured at 0.850 (2 December 2026, on arrival): the floor is below it.
		if (QUERY_SETS['held-out 5'].length > 0) expect(figures['held-out 5'].recallAt3).toBeGreaterThanOrEqual(0.8);
		// First measured at 0.840 (2 December 2026, session 26, on arrival): the floor is below it.
		if (QUERY_SETS['held-out 6'].length > 0) expect(figures['held-out 6'].recallAt3).toBeGreaterThanOrEqual(0.8);
		// First measured at 0.860 and 0.860 (3 December 2026, session 33, on arrival): the floors are below them.
		if (QUERY_SETS['held-out 11'].length > 0) expect(figures['held-out 11'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 12'].length > 0) expect(figures['held-out 12'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the eighty-third and eighty-fourth held-out sets (tuning sets since 7 December 2026, session 70)', () => {
		// 0.900 and 0.860 on arrival (session 69) and when they became tuning sets.
		if (QUERY_SETS['held-out 83'].length > 0) expect(figures['held-out 83'].recallAt3).toBeGreaterThanOrEqual(0.86);
		if (QUERY_SETS['held-out 84'].length > 0) expect(figures['held-out 84'].recallAt3).toBeGreaterThanOrEqual(0.82);
	});

	it('puts the right page (and section) in the top 3 for most of the eighty-first and eighty-second held-out sets (tuning sets since 7 December 2026, session 69)', () => {
		// 0.910 and 0.930 on arrival (session 68) and when they became tuning sets.
		if (QUERY_SETS['held-out 81'].length > 0) expect(figures['held-out 81'].recallAt3).toBeGreaterThanOrEqual(0.86);
		if (QUERY_SETS['held-out 82'].length > 0) expect(figures['held-out 82'].recallAt3).toBeGreaterThanOrEqual(0.88);
	});

	it('puts the right page (and section) in the top 3 for most of the seventy-ninth and eightieth held-out sets (tuning sets since 7 December 2026, session 68)', () => {
		// 0.940 and 0.880 on arrival (session 67) and when they became tuning sets.
		if (QUERY_SETS['held-out 79'].length > 0) expect(figures['held-out 79'].recallAt3).toBeGreaterThanOrEqual(0.88);
		if (QUERY_SETS['held-out 80'].length > 0) expect(figures['held-out 80'].recallAt3).toBeGreaterThanOrEqual(0.82);
	});

	it('puts the right page (and section) in the top 3 for most of the seventy-seventh and seventy-eighth held-out sets (tuning sets since 7 December 2026, session 67)', () => {
		// 0.940 and 0.890 on arrival (session 66) and when they became tuning sets.
		if (QUERY_SETS['held-out 77'].length > 0) expect(figures['held-out 77'].recallAt3).toBeGreaterThanOrEqual(0.88);
		if (QUERY_SETS['held-out 78'].length > 0) expect(figures['held-out 78'].recallAt3).toBeGreaterThanOrEqual(0.84);
	});

	it('puts the right page (and section) in the top 3 for most of the seventy-fifth and seventy-sixth held-out sets (tuning sets since 7 December 2026, session 66)', () => {
		// 0.940 and 0.900 on arrival (session 65) and when they became tuning sets.
		if (QUERY_SETS['held-out 75'].length > 0) expect(figures['held-out 75'].recallAt3).toBeGreaterThanOrEqual(0.88);
		if (QUERY_SETS['held-out 76'].length > 0) expect(figures['held-out 76'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for most of the seventy-third and seventy-fourth held-out sets (tuning sets since 7 December 2026, session 65)', () => {
		// 0.930 and 0.830 on arrival (session 64) and when they became tuning sets.
		if (QUERY_SETS['held-out 73'].length > 0) expect(figures['held-out 73'].recallAt3).toBeGreaterThanOrEqual(0.88);
		if (QUERY_SETS['held-out 74'].length > 0) expect(figures['held-out 74'].recallAt3).toBeGreaterThanOrEqual(0.78);
	});

	it('puts the right page (and section) in the top 3 for most of the seventy-first and seventy-second held-out sets (tuning sets since 7 December 2026, session 64)', () => {
		// 0.840 and 0.930 on arrival (session 63) and when they became tuning sets.
		if (QUERY_SETS['held-out 71'].length > 0) expect(figures['held-out 71'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 72'].length > 0) expect(figures['held-out 72'].recallAt3).toBeGreaterThanOrEqual(0.88);
	});

	it('puts the right page (and section) in the top 3 for most of the sixty-ninth and seventieth held-out sets (tuning sets since 7 December 2026, session 63)', () => {
		// 0.860 and 0.870 on arrival (session 62) and when they became tuning sets.
		if (QUERY_SETS['held-out 69'].length > 0) expect(figures['held-out 69'].recallAt3).toBeGreaterThanOrEqual(0.82);
		if (QUERY_SETS['held-out 70'].length > 0) expect(figures['held-out 70'].recallAt3).toBeGreaterThanOrEqual(0.82);
	});

	it('puts the right page (and section) in the top 3 for most of the sixty-seventh and sixty-eighth held-out sets (tuning sets since 7 December 2026, session 62)', () => {
		// 0.830 and 0.840 on arrival (session 61) and when they became tuning sets.
		if (QUERY_SETS['held-out 67'].length > 0) expect(figures['held-out 67'].recallAt3).toBeGreaterThanOrEqual(0.78);
		if (QUERY_SETS['held-out 68'].length > 0) expect(figures['held-out 68'].recallAt3).toBeGreaterThanOrEqual(0.78);
	});

	it('puts the right page (and section) in the top 3 for most of the sixty-fifth and sixty-sixth held-out sets (tuning sets since 6 December 2026, session 61)', () => {
		// 0.870 and 0.970 on arrival (session 60) and when they became tuning sets.
		if (QUERY_SETS['held-out 65'].length > 0) expect(figures['held-out 65'].recallAt3).toBeGreaterThanOrEqual(0.82);
		if (QUERY_SETS['held-out 66'].length > 0) expect(figures['held-out 66'].recallAt3).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the right page (and section) in the top 3 for most of the sixty-third and sixty-fourth held-out sets (tuning sets since 6 December 2026, session 60)', () => {
		// 0.910 and 0.930 on arrival (session 59) and when they became tuning sets.
		if (QUERY_SETS['held-out 63'].length > 0) expect(figures['held-out 63'].recallAt3).toBeGreaterThanOrEqual(0.85);
		if (QUERY_SETS['held-out 64'].length > 0) expect(figures['held-out 64'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for most of the sixty-first and sixty-second held-out sets (tuning sets since 6 December 2026, session 59)', () => {
		// 0.910 and 0.910 on arrival (session 58) and when they became tuning sets.
		if (QUERY_SETS['held-out 61'].length > 0) expect(figures['held-out 61'].recallAt3).toBeGreaterThanOrEqual(0.85);
		if (QUERY_SETS['held-out 62'].length > 0) expect(figures['held-out 62'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for most of the fifty-ninth and sixtieth held-out sets (tuning sets since 6 December 2026, session 58)', () => {
		// 0.850 and 0.890 on arrival (session 57) and when they became tuning sets.
		if (QUERY_SETS['held-out 59'].length > 0) expect(figures['held-out 59'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 60'].length > 0) expect(figures['held-out 60'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for most of the fifty-seventh and fifty-eighth held-out sets (tuning sets since 6 December 2026, session 57)', () => {
		// 0.870 and 0.910 on arrival (session 56); 0.880 and 0.910 when they became tuning sets.
		if (QUERY_SETS['held-out 57'].length > 0) expect(figures['held-out 57'].recallAt3).toBeGreaterThanOrEqual(0.85);
		if (QUERY_SETS['held-out 58'].length > 0) expect(figures['held-out 58'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for most of the fifty-fifth and fifty-sixth held-out sets (tuning sets since 6 December 2026, session 56)', () => {
		// 0.890 and 0.810 on arrival (session 55) and when they became tuning sets.
		if (QUERY_SETS['held-out 55'].length > 0) expect(figures['held-out 55'].recallAt3).toBeGreaterThanOrEqual(0.85);
		if (QUERY_SETS['held-out 56'].length > 0) expect(figures['held-out 56'].recallAt3).toBeGreaterThanOrEqual(0.75);
	});

	it('puts the right page (and section) in the top 3 for most of the fifty-third and fifty-fourth held-out sets (tuning sets since 6 December 2026, session 55)', () => {
		// 0.880 and 0.930 on arrival (session 54); 0.900 and 0.930 when they became tuning sets.
		if (QUERY_SETS['held-out 53'].length > 0) expect(figures['held-out 53'].recallAt3).toBeGreaterThanOrEqual(0.85);
		if (QUERY_SETS['held-out 54'].length > 0) expect(figures['held-out 54'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for most of the fifty-first and fifty-second held-out sets (tuning sets since 6 December 2026, session 54)', () => {
		// 0.920 and 0.880 on arrival (session 53); 0.920 and 0.890 when they became tuning sets.
		if (QUERY_SETS['held-out 51'].length > 0) expect(figures['held-out 51'].recallAt3).toBeGreaterThanOrEqual(0.85);
		if (QUERY_SETS['held-out 52'].length > 0) expect(figures['held-out 52'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for most of the forty-ninth and fiftieth held-out sets (tuning sets since 6 December 2026, session 53)', () => {
		// 0.790 and 0.850 on arrival (session 52); 0.790 and 0.870 when they became tuning sets.
		if (QUERY_SETS['held-out 49'].length > 0) expect(figures['held-out 49'].recallAt3).toBeGreaterThanOrEqual(0.75);
		if (QUERY_SETS['held-out 50'].length > 0) expect(figures['held-out 50'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the forty-seventh and forty-eighth held-out sets (tuning sets since 5 December 2026, session 52)', () => {
		// 0.900 and 0.840 on arrival (session 51) and when they became tuning sets.
		if (QUERY_SETS['held-out 47'].length > 0) expect(figures['held-out 47'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 48'].length > 0) expect(figures['held-out 48'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the forty-fifth and forty-sixth held-out sets (tuning sets since 5 December 2026, session 51)', () => {
		// 0.880 and 0.850 on arrival (session 50) and when they became tuning sets.
		if (QUERY_SETS['held-out 45'].length > 0) expect(figures['held-out 45'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 46'].length > 0) expect(figures['held-out 46'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the forty-third and forty-fourth held-out sets (tuning sets since 5 December 2026, session 50)', () => {
		// 0.840 and 0.890 on arrival (session 49) and when they became tuning sets.
		if (QUERY_SETS['held-out 43'].length > 0) expect(figures['held-out 43'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 44'].length > 0) expect(figures['held-out 44'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the forty-first and forty-second held-out sets (tuning sets since 5 December 2026, session 49)', () => {
		// 0.820 and 0.840 on arrival (session 48), 0.830 and 0.840 when they became tuning sets.
		if (QUERY_SETS['held-out 41'].length > 0) expect(figures['held-out 41'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 42'].length > 0) expect(figures['held-out 42'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the thirty-ninth and fortieth held-out sets (tuning sets since 5 December 2026, session 48)', () => {
		// 0.870 and 0.850 on arrival (session 47), the same when they became tuning sets.
		if (QUERY_SETS['held-out 39'].length > 0) expect(figures['held-out 39'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 40'].length > 0) expect(figures['held-out 40'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the thirty-seventh and thirty-eighth held-out sets (tuning sets since 5 December 2026, session 47)', () => {
		// 0.850 and 0.860 on arrival (session 46), the same when they became tuning sets.
		if (QUERY_SETS['held-out 37'].length > 0) expect(figures['held-out 37'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 38'].length > 0) expect(figures['held-out 38'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the thirty-fifth and thirty-sixth held-out sets (tuning sets since 5 December 2026, session 46)', () => {
		// 0.770 and 0.830 on arrival (session 45), the same when they became tuning sets.
		if (QUERY_SETS['held-out 35'].length > 0) expect(figures['held-out 35'].recallAt3).toBeGreaterThanOrEqual(0.7);
		if (QUERY_SETS['held-out 36'].length > 0) expect(figures['held-out 36'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for most of the thirty-third and thirty-fourth held-out sets (tuning sets since 5 December 2026, session 45)', () => {
		// 0.860 and 0.760 on arrival (session 44), 0.870 and 0.760 when they became tuning sets.
		if (QUERY_SETS['held-out 33'].length > 0) expect(figures['held-out 33'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 34'].length > 0) expect(figures['held-out 34'].recallAt3).toBeGreaterThanOrEqual(0.7);
	});

	it('puts the right page (and section) in the top 3 for at least 80% of the thirty-first and thirty-second held-out sets (tuning sets since 5 December 2026, session 44)', () => {
		// 0.890 and 0.840 on arrival (session 43), 0.890 and 0.860 when they became tuning sets.
		if (QUERY_SETS['held-out 31'].length > 0) expect(figures['held-out 31'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 32'].length > 0) expect(figures['held-out 32'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 80% of the twenty-ninth and thirtieth held-out sets (tuning sets since 4 December 2026, session 43)', () => {
		// 0.880 and 0.850 on arrival (session 42), 0.880 and 0.870 when they became tuning sets.
		if (QUERY_SETS['held-out 29'].length > 0) expect(figures['held-out 29'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 30'].length > 0) expect(figures['held-out 30'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 80% of the twenty-seventh and twenty-eighth held-out sets (tuning sets since 4 December 2026, session 42)', () => {
		// 0.870 and 0.900 on arrival (session 41), the same when they became tuning sets.
		if (QUERY_SETS['held-out 27'].length > 0) expect(figures['held-out 27'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 28'].length > 0) expect(figures['held-out 28'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 80% of the twenty-fifth and twenty-sixth held-out sets (tuning sets since 4 December 2026, session 41)', () => {
		// 0.830 and 0.850 on arrival (session 40); 0.850 and 0.860 when they became tuning sets.
		if (QUERY_SETS['held-out 25'].length > 0) expect(figures['held-out 25'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 26'].length > 0) expect(figures['held-out 26'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 82% and 75% of the twenty-third and twenty-fourth held-out sets (tuning sets since 4 December 2026, session 40)', () => {
		// 0.880 and 0.800 on arrival (session 39), and when they became tuning sets.
		if (QUERY_SETS['held-out 23'].length > 0) expect(figures['held-out 23'].recallAt3).toBeGreaterThanOrEqual(0.82);
		if (QUERY_SETS['held-out 24'].length > 0) expect(figures['held-out 24'].recallAt3).toBeGreaterThanOrEqual(0.75);
	});

	it('puts the right page (and section) in the top 3 for at least 75% and 80% of the twenty-first and twenty-second held-out sets (tuning sets since 4 December 2026, session 39)', () => {
		// 0.770 and 0.750 on arrival (session 38); 0.800 and 0.870 when they became tuning sets.
		if (QUERY_SETS['held-out 21'].length > 0) expect(figures['held-out 21'].recallAt3).toBeGreaterThanOrEqual(0.75);
		if (QUERY_SETS['held-out 22'].length > 0) expect(figures['held-out 22'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 65% and 80% of the nineteenth and twentieth held-out sets (tuning sets since 4 December 2026, session 38)', () => {
		// 0.680 and 0.820 on arrival (session 37); 0.680 and 0.830 when they became tuning sets.
		if (QUERY_SETS['held-out 19'].length > 0) expect(figures['held-out 19'].recallAt3).toBeGreaterThanOrEqual(0.65);
		if (QUERY_SETS['held-out 20'].length > 0) expect(figures['held-out 20'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 80% and 75% of the seventeenth and eighteenth held-out sets (tuning sets since 4 December 2026, session 37)', () => {
		// 0.800 and 0.800 on arrival (session 36); 0.840 and 0.790 when they became tuning sets.
		if (QUERY_SETS['held-out 17'].length > 0) expect(figures['held-out 17'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 18'].length > 0) expect(figures['held-out 18'].recallAt3).toBeGreaterThanOrEqual(0.75);
	});

	it('puts the right page (and section) in the top 3 for at least 75% and 80% of the fifteenth and sixteenth held-out sets (tuning sets since 3 December 2026, session 36)', () => {
		// 0.810 and 0.850 on arrival (session 35); 0.800 and 0.860 when they became tuning sets.
		if (QUERY_SETS['held-out 15'].length > 0) expect(figures['held-out 15'].recallAt3).toBeGreaterThanOrEqual(0.75);
		if (QUERY_SETS['held-out 16'].length > 0) expect(figures['held-out 16'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 80% and 75% of the thirteenth and fourteenth held-out sets (tuning sets since 3 December 2026, session 35)', () => {
		// 0.840 and 0.770 on arrival (session 34); 0.840 and 0.780 when they became tuning sets.
		if (QUERY_SETS['held-out 13'].length > 0) expect(figures['held-out 13'].recallAt3).toBeGreaterThanOrEqual(0.8);
		if (QUERY_SETS['held-out 14'].length > 0) expect(figures['held-out 14'].recallAt3).toBeGreaterThanOrEqual(0.75);
	});

	it('puts the right page (and section) in the top 3 for at least 80% of the third held-out set (a tuning set since 2 December 2026)', () => {
		if (QUERY_SETS['held-out 3'].length > 0) expect(figures['held-out 3'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 80% of the fourth held-out set (a tuning set since 2 December 2026, session 24)', () => {
		// 0.770 on arrival, 0.810 when it became a tuning set.
		if (QUERY_SETS['held-out 4'].length > 0) expect(figures['held-out 4'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 70% and 80% of the eighth and ninth held-out sets (tuning sets since 3 December 2026, session 33)', () => {
		// 0.710 and 0.810 on arrival; 0.700 and 0.810 when they became tuning sets.
		if (QUERY_SETS['held-out 8'].length > 0) expect(figures['held-out 8'].recallAt3).toBeGreaterThanOrEqual(0.7);
		if (QUERY_SETS['held-out 9'].length > 0) expect(figures['held-out 9'].recallAt3).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the right page (and section) in the top 3 for at least 85% of the seventh and tenth held-out sets (tuning sets since 3 December 2026, session 34)', () => {
		// 0.850 and 0.790 on arrival; 0.880 and 0.860 when they became tuning sets.
		if (QUERY_SETS['held-out 7'].length > 0) expect(figures['held-out 7'].recallAt3).toBeGreaterThanOrEqual(0.85);
		if (QUERY_SETS['held-out 10'].length > 0) expect(figures['held-out 10'].recallAt3).toBeGreaterThanOrEqual(0.85);
	});

	it('puts the right page (and section) in the top 3 for at least 90% of the voices set (a tuning set from the start, session 27)', () => {
		// 0.900 on arrival (72 of 80), 0.950 after its misses were read (76 of 80).
		expect(figures.voices.recallAt3).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the right page (and section) in the top 3 for at least 90% of the second voices set (a tuning set from the start, session 29)', () => {
		// 0.925 on arrival (147 of 159), before asked-as.json held its questions.
		expect(figures['voices 2'].recallAt3).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the right page (and section) in the top 3 for at least 90% of the third voices set (a tuning set from the start, session 29)', () => {
		// 0.910 on arrival (121 of 133), before asked-as.json held its questions.
		expect(figures['voices 3'].recallAt3).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the right page (and section) in the top 3 for at least 95% of the fourth voices set, and the act-now answer first for at least 90% of its child-at-risk queries (a tuning set from the start, session 31)', () => {
		// 0.913 on arrival (73 of 80; 64 first), 0.975 after its misses were read (78 of 80; 73 first).
		expect(figures['voices 4'].recallAt3).toBeGreaterThanOrEqual(0.95);
		// Its child-at-risk queries are those expecting an act-now concept's page: 21 of 22 first after
		// its misses were read ("fight vid of our young ppl on snap" names no child the matcher knows).
		const atRisk = atRiskCases('voices 4');
		expect(atRisk.length).toBeGreaterThanOrEqual(20);
		expect(atRisk.filter((c) => c.rank === 1).length / atRisk.length).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the right page (and section) in the top 3 for at least 89% of the fifth voices set and first for at least 75%, and the act-now answer first for at least 80% of its child-at-risk queries (a tuning set from the start, session 33)', () => {
		// 0.690 first and 0.790 in the top three on arrival (69 and 79 of 100); 0.820 and 0.950 after its
		// misses were read (82 and 95), 79 of its questions in asked-as.json. Since session 36 an act-now
		// answer that leads to a whole outcome counts at the outcome's top unless it lists a part the
		// query asks for, as the search page shows it (before, at a section the page never showed):
		// 0.770 and 0.910.
		expect(figures['voices 5'].recallAt3).toBeGreaterThanOrEqual(0.89);
		expect(figures['voices 5'].recallAt1).toBeGreaterThanOrEqual(0.75);
		// Its child-at-risk queries expect an act-now concept's page: 23 of 29 first on arrival, 24 after;
		// the rest are the lead's (act-now.json), listed in docs/search.md, "Voices 5". 23 since session 36
		// counts an answer at the part the search page shows: the cases that expect the allegation
		// outcome's parts for a teacher named as a paedophile or images on a staff laptop lost the part
		// the page never showed; one that expects the images outcome's "What to do" gained.
		const atRisk = atRiskCases('voices 5');
		expect(atRisk.length).toBeGreaterThanOrEqual(25);
		expect(atRisk.filter((c) => c.rank === 1).length / atRisk.length).toBeGreaterThanOrEqual(0.75);
	});

	it('puts the right page (and section) first for at least 70% of the queries it was not tuned on, together (a floor: 0.620 with the fourth held-out set on its arrival, 0.644 with the fifth on its, 0.734 after session 25, 0.723 with the sixth on its arrival, 0.711 with the seventh on its, 0.752 with the eighth on its, 0.750 with the ninth on its, 0.723 with the tenth on its, 0.743 with the eleventh and twelfth on theirs and without the eighth and ninth, 0.771 with the thirteenth and fourteenth on theirs and without the seventh and tenth; the fourth, seventh, eighth, ninth and tenth are tuning sets since)', () => {
		const sets = GENERAL_SETS.filter((name) => (MEASURE_ONLY as readonly string[]).includes(name) && QUERY_SETS[name].length > 0);
		const cases = sets.flatMap((name) => figures[name].cases);
		expect(cases.filter((c) => c.rank === 1).length / cases.length).toBeGreaterThanOrEqual(0.7);
	});
});
