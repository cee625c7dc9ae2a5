/**
 * Compares our search with Pagefind and MiniSearch on the same built site, in one run, and prints
 * Markdown tables: recall@1, recall@3 and MRR on each query set in tests/search/ (see
 * relevance.ts), "safe first" (the share of safety queries whose first result is the act-now
 * page), query time once loaded, and the
 * bytes (gzip) a visitor downloads to see their first results. Also the index's size, now and with
 * ten times the content. Run with `npm run bench:search` (which builds the site first).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { benchChromium } from './chromium.mjs';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../src/search/build-index';
import type { SearchPage } from '../src/search/document';
import { decodePayload, type SearchPayload, textFile } from '../src/search/payload';
import { searchPagesFromDist } from '../src/search/sources';
import {
	ALL_QUERIES,
	GENERAL_SETS,
	measuredSafetySets,
	MEASURE_ONLY,
	measureRelevance,
	presentSets,
	QUERY_SETS,
	type QuerySetName,
	type RankedPage,
	type RelevanceFigures,
	SAFETY_SETS,
	TUNING_SAFETY_FILES,
	withoutActNow,
} from '../tests/search/relevance';
import { MINI_OPTIONS } from './bench-search-minisearch';
import { serveStatic } from './bench-search-server';

const root = process.cwd();
const work = join(root, 'node_modules', '.cache', 'bench-search', 'site');
/** A copy of dist/ taken at the start, so a build running alongside cannot change the site mid-run. */
const dist = join(root, 'node_modules', '.cache', 'bench-search', 'dist');
/** Its own static server (not astro preview), on BENCH_PORT if given. */
const PORT = Number(process.env.BENCH_PORT || 4391);
const base = `http://127.0.0.1:${PORT}`;
const ROUNDS = 5;
/** First-result bytes are measured for these queries and averaged. */
const BYTES_QUERIES = ['fake insta account with our logo', 'nudes year 8', 'tik tok'];
/** Pagefind's own results files are gzipped already; anything else is gzipped here at level 6, as a typical host would. */
const gzipSize = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);

type EngineName = 'ours' | 'minisearch' | 'pagefind';
/** Our results as shown (act-now answers first), and the ordinary ranking below them on its own. */
type RowName = EngineName | 'ours-ordinary';
/** Sets whose misses may be printed with --verbose: the tuning sets, never the measure-only ones (relevance.ts). */
const PRINTABLE = presentSets().filter((name) => !(MEASURE_ONLY as readonly string[]).includes(name));
/** The independent sets' controls, searched too, to count act-now answers shown where none belongs. */
const TUNING_CONTROLS = TUNING_SAFETY_FILES.flatMap((set) => set.controls.map((c) => c.query));
/** The newer sets' controls: only how many fired is printed, never which. */
const MEASURED_CONTROLS = measuredSafetySets().map(({ name, set }) => ({ name, queries: set.controls.map((c) => c.query) }));
const CONTROL_QUERIES = [...TUNING_CONTROLS, ...MEASURED_CONTROLS.flatMap((controls) => controls.queries)];

async function main() {
	if (!existsSync(join(root, 'dist', 'search', 'index.html'))) throw new Error('No built site in dist/: run `npx astro build` first.');
	rmSync(work, { recursive: true, force: true });
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	cpSync(join(root, 'dist'), dist, { recursive: true });

	const pages = await searchPagesFromDist(root, dist);
	const searchFolder = join(dist, '_astro', 'search');
	// The first file, index.<hash>.json, not its shards, index.<hash>.<n>.json.
	const indexFile = readdirSync(searchFolder).find((name) => /^index\.[0-9a-f]+\.json$/.test(name));
	if (!indexFile) throw new Error('The built site has no search index: is src/search/integration.ts in astro.config.mjs?');
	const payload = JSON.parse(readFileSync(join(searchFolder, indexFile), 'utf8')) as SearchPayload;

	await buildPagefind(pages);
	buildMiniSearch(pages, payload);
	await bundleBrowserCode();

	// Each part's text file, by its page's address and anchor ("" for the page's own part), for MiniSearch's snippets.
	const decoded = decodePayload(payload);
	const textOf = Object.fromEntries(decoded.docs.map(([page, anchor], doc) => [`${decoded.pages[page][0]}#${anchor}`, textFile(indexFile, doc)]));
	const server = await serveStatic({ '/': dist, '/bench/': work }, PORT);
	const browser = await chromium.launch({ executablePath: benchChromium() });
	try {
		const rows = {} as Record<RowName, Row>;
		let falseAlarms: string[] = [];
		let adultAnswers: string[] = [];
		let measuredFalseAlarms: number[] = [];
		let measuredAdultAnswers: number[] = [];
		for (const engine of ['ours', 'pagefind', 'minisearch'] as const) {
			const { ranked, times } = await relevanceAndSpeed(browser, engine, indexFile);
			const byQuery = new Map([...ALL_QUERIES, ...CONTROL_QUERIES].map((query, i) => [query, ranked[i]]));
			if (engine === 'ours') {
				// A child's answer on a control is a false alarm; an adult's answer is counted apart: some
				// controls are an adult's own case, which now has an answer of its own.
				const childAnswer = (query: string) => byQuery.get(query)?.[0]?.actNow && !byQuery.get(query)?.[0]?.forAdult;
				const adultAnswer = (query: string) => Boolean(byQuery.get(query)?.[0]?.forAdult);
				falseAlarms = TUNING_CONTROLS.filter(childAnswer);
				adultAnswers = TUNING_CONTROLS.filter(adultAnswer);
				measuredFalseAlarms = MEASURED_CONTROLS.map((controls) => controls.queries.filter(childAnswer).length);
				measuredAdultAnswers = MEASURED_CONTROLS.map((controls) => controls.queries.filter(adultAnswer).length);
			}
			const relevance = {} as Row['relevance'];
			const ordinary = {} as Row['relevance'];
			for (const name of presentSets()) {
				const set = QUERY_SETS[name];
				relevance[name] = await measureRelevance(set, (query) => byQuery.get(query) ?? []);
				ordinary[name] = await measureRelevance(set, (query) => withoutActNow(byQuery.get(query) ?? []));
				// The measure-only sets' misses are never shown: reading them would make them tuning sets.
				if (process.argv.includes('--verbose') && PRINTABLE.includes(name)) {
					console.log(`\n${engine}, ${name}: not first`);
					for (const c of relevance[name].cases.filter((c) => c.rank !== 1)) console.log(`  ${c.rank || '-'}  ${c.query} → ${c.expect} (got ${c.got.join(', ')})`);
				}
			}
			const bytes = [];
			for (const query of BYTES_QUERIES) bytes.push(await firstResultBytes(browser, engine, query, indexFile, textOf));
			rows[engine] = {
				relevance,
				median: percentile(times, 0.5),
				p95: percentile(times, 0.95),
				bytes: bytes.reduce((a, b) => a + b, 0) / bytes.length,
			};
			if (engine === 'ours') rows['ours-ordinary'] = { ...rows.ours, relevance: ordinary };
		}
		printTable(rows);
		console.log(`\nA child's act-now answer shown for the tuning sets' ${TUNING_CONTROLS.length} controls (the first independent set's, the fourth's to the seventeenth's and the worst cases') (none belongs): ${falseAlarms.length}${falseAlarms.length ? ` (${falseAlarms.join('; ')})` : ''}.`);
		console.log(`An adult's answer shown for them: ${adultAnswers.length}${adultAnswers.length ? ` (${adultAnswers.join('; ')})` : ''}.`);
		MEASURED_CONTROLS.forEach(({ name, queries }, i) => console.log(`Act-now answers shown for the ${name} independent set's ${queries.length} controls (none belongs): a child's ${measuredFalseAlarms[i]}, an adult's ${measuredAdultAnswers[i]}.`));
		await printIndexSize(pages, payload, searchFolder, indexFile);
	} finally {
		await browser.close();
		server.close();
		await pagefind.close();
	}
}

/** Pagefind over the same pages of the same built site, reading only <main>, without the page furniture. */
async function buildPagefind(pages: SearchPage[]) {
	const { index, errors } = await pagefind.createIndex({
		rootSelector: 'main',
		excludeSelectors: ['.self-link', '.page-contents', '.breadcrumbs', '.related', '.sources', '.page-meta', 'nav'],
		forceLanguage: 'en',
	});
	if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
	for (const page of pages) {
		const file = join(dist, ...page.url.split('/').filter(Boolean), 'index.html');
		await index.addHTMLFile({ url: page.url, content: readFileSync(file, 'utf8') });
	}
	await index.writeFiles({ outputPath: join(work, 'pagefind') });
	writeFileSync(join(work, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Search benchmark</title><script src="/bench/bench.js"></script>');
}

/** MiniSearch over the same searchable parts as ours (title and aka, heading, text), saved as JSON. */
function buildMiniSearch(pages: SearchPage[], payload: SearchPayload) {
	const mini = new MiniSearch(MINI_OPTIONS);
	let id = 0;
	for (const page of pages) {
		mini.add({ id: id++, page: page.url, anchor: '', title: page.title, aka: page.aka.join(' '), text: [page.summary, page.intro].join('\n') });
		for (const section of page.sections) mini.add({ id: id++, page: page.url, anchor: section.anchor, title: section.heading, aka: '', text: section.text });
	}
	if (id !== decodePayload(payload).docs.length) throw new Error('MiniSearch and our index disagree on the number of parts');
	writeFileSync(join(work, 'minisearch-index.json'), JSON.stringify(mini));
}

async function bundleBrowserCode() {
	await build({
		entryPoints: ['scripts/bench-search-browser.ts'],
		outfile: join(work, 'bench.js'),
		bundle: true,
		minify: true,
		format: 'iife',
		platform: 'browser',
		logLevel: 'warning',
	});
	// MiniSearch alone, minified, to count the bytes a MiniSearch site would send.
	await build({ stdin: { contents: "import MiniSearch from 'minisearch'; globalThis.MiniSearch = MiniSearch;", resolveDir: root }, outfile: join(work, 'minisearch.js'), bundle: true, minify: true, format: 'iife', logLevel: 'warning' });
}

async function loadEngine(page: Page, engine: EngineName, indexFile: string) {
	await page.goto(`${base}/bench/`);
	const args = {
		ours: [`/_astro/search/${indexFile}`, '/_astro/search/'],
		minisearch: ['/bench/minisearch-index.json'],
		pagefind: ['/bench/pagefind/pagefind.js'],
	}[engine];
	await page.evaluate(({ engine, args }) => (globalThis as never as { bench: { engines: Record<string, { load: (...a: string[]) => Promise<void> }> } }).bench.engines[engine].load(...args), { engine, args });
}

async function relevanceAndSpeed(browser: import('@playwright/test').Browser, engine: EngineName, indexFile: string) {
	const page = await browser.newPage();
	await loadEngine(page, engine, indexFile);
	const queries = [...ALL_QUERIES, ...CONTROL_QUERIES];
	const result = await page.evaluate(
		({ engine, queries, rounds }) =>
			(globalThis as never as { bench: { run: (e: string, q: string[], r: number) => Promise<{ ranked: RankedPage[][]; times: number[] }> } }).bench.run(engine, queries, rounds),
		{ engine, queries, rounds: ROUNDS },
	);
	await page.close();
	return result;
}

/**
 * Bytes (gzip) from a cold cache until the first results show with snippets. Ours: the real
 * search page, typing into its box (the search page's scripts, the index, the texts of the parts
 * shown). Pagefind: pagefind.js, its WebAssembly, metadata, index chunks and the fragments of
 * the first 5 results (its own UI would add pagefind-ui.js). MiniSearch: the library, its index
 * and the texts of its first 5 results (a page's own part or a section, as ours).
 */
async function firstResultBytes(browser: import('@playwright/test').Browser, engine: EngineName, query: string, indexFile: string, textOf: Record<string, string>): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Promise<number>[] = [];
	let counting = false;
	page.on('response', (response) => {
		if (!counting) return;
		const url = new URL(response.url());
		if (url.pathname === '/bench/' || url.pathname === '/bench/bench.js' || url.pathname.endsWith('.css')) return;
		if (url.pathname.startsWith('/search/')) return;
		sizes.push(
			response.body().then(
				(body) => {
					const size = gzipSize(body);
					if (process.argv.includes('--verbose')) console.log(`  ${engine} "${query}": ${url.pathname} ${size}`);
					return size;
				},
				() => 0,
			),
		);
	});
	if (engine === 'ours') {
		counting = true;
		await page.goto(`${base}/search/`);
		await page.locator('#search-page').fill(query);
		await page.locator('.search-result__snippet mark').first().waitFor();
		await page.waitForLoadState('networkidle');
	} else {
		await page.goto(`${base}/bench/`);
		counting = true;
		if (engine === 'pagefind') {
			await loadEngine(page, engine, indexFile);
			await page.evaluate((q) => (globalThis as never as { bench: { engines: { pagefind: { search: (q: string) => Promise<unknown> } } } }).bench.engines.pagefind.search(q), query);
		} else {
			await page.addScriptTag({ url: '/bench/minisearch.js' });
			await page.evaluate(
				async ({ query, textOf }) => {
					const g = globalThis as never as { MiniSearch: { loadJSON: (t: string, o: unknown) => { search: (q: string) => { page: string; anchor: string }[] } } };
					const text = await (await fetch('/bench/minisearch-index.json')).text();
					const results = g.MiniSearch.loadJSON(text, { fields: ['title', 'aka', 'text'], storeFields: ['page', 'anchor'] }).search(query);
					const shown = results.slice(0, 5).map((r) => textOf[`${r.page}#${r.anchor ?? ''}`]).filter(Boolean);
					const bodies = await Promise.all(shown.map((file) => fetch(`/_astro/search/${file}`).then((r) => r.text())));
					if (bodies.length === 0) throw new Error(`MiniSearch found nothing for "${query}"`);
				},
				{ query, textOf },
			);
		}
	}
	await page.waitForTimeout(300);
	const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
	await context.close();
	return total;
}

function percentile(values: number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

interface Row {
	relevance: Record<QuerySetName, RelevanceFigures>;
	median: number;
	p95: number;
	bytes: number;
}

function printTable(rows: Record<RowName, Row>) {
	const names: Record<RowName, string> = { ours: 'Ours (FlexSearch)', 'ours-ordinary': 'Ours, below the act-now answers', pagefind: 'Pagefind', minisearch: 'MiniSearch' };
	const engines = ['ours', 'pagefind', 'minisearch'] as const;
	const sets = presentSets();
	const safetySets = SAFETY_SETS.filter((name) => sets.includes(name));
	const sizes = sets.map((name) => `${name} ${QUERY_SETS[name].length}`).join(', ');
	console.log(`\nSearch benchmark: ${ALL_QUERIES.length} queries (${sizes}), ${ROUNDS} timed rounds each, Chromium (headless).\n`);
	console.log('Relevance (recall@1 / recall@3 / MRR):\n');
	console.log(`| Engine | ${sets.join(' | ')} |`);
	console.log(`|---|${sets.map(() => '---').join('|')}|`);
	for (const engine of ['ours', 'ours-ordinary', 'pagefind', 'minisearch'] as const) {
		const cells = sets.map((name) => {
			if (engine === 'ours-ordinary' && !(GENERAL_SETS as readonly string[]).includes(name)) return '';
			const r = rows[engine].relevance[name];
			return `${r.recallAt1.toFixed(3)} / ${r.recallAt3.toFixed(3)} / ${r.mrr.toFixed(3)}`;
		});
		console.log(`| ${names[engine]} | ${cells.join(' | ')} |`);
	}
	// Safe first: the first result is the act-now page (and section) for a query about a child at risk.
	console.log('\nSafe first (share of safety queries whose first result is the act-now page):\n');
	console.log(`| Engine | ${safetySets.join(' | ')} | all |`);
	console.log(`|---|${safetySets.map(() => '---').join('|')}|---|`);
	for (const engine of engines) {
		const hits = safetySets.map((name) => rows[engine].relevance[name].cases.filter((c) => c.rank === 1).length);
		const totals = safetySets.map((name) => QUERY_SETS[name].length);
		const cells = safetySets.map((_, i) => `${hits[i]}/${totals[i]} (${(hits[i] / totals[i]).toFixed(3)})`);
		const all = hits.reduce((a, b) => a + b, 0) / totals.reduce((a, b) => a + b, 0);
		console.log(`| ${names[engine]} | ${cells.join(' | ')} | ${all.toFixed(3)} |`);
	}
	console.log('\nSpeed and weight:\n');
	console.log("| Engine | median query (ms) | p95 query (ms) | first result (KB gzip; search's scripts and files, not the page's HTML and CSS) |");
	console.log('|---|---|---|---|');
	for (const engine of engines) {
		const r = rows[engine];
		console.log(`| ${names[engine]} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${(r.bytes / 1024).toFixed(1)} |`);
	}
}

async function printIndexSize(pages: SearchPage[], payload: SearchPayload, folder: string, indexFile: string) {
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const indexBytes = readFileSync(join(folder, indexFile));
	const shards = readdirSync(folder).filter((name) => name.startsWith(indexFile.replace(/json$/, '')) && name !== indexFile);
	const shardGzip = shards.reduce((sum, name) => sum + gzipSize(readFileSync(join(folder, name))), 0);
	const texts = readdirSync(folder).filter((name) => !name.startsWith('index.'));
	const textGzip = texts.reduce((sum, name) => sum + gzipSize(readFileSync(join(folder, name))), 0);
	console.log(
		`\nIndex: ${payload.pages.titles.length} pages, ${decodePayload(payload).docs.length} searchable parts. First file ${kb(indexBytes.length)} (${kb(gzipSize(indexBytes))} gzip); ${shards.length} postings shards, ${kb(shardGzip)} gzip in all (${kb(shardGzip / Math.max(1, shards.length))} each on average), fetched as searches need them; ${texts.length} part texts, ${kb(textGzip)} gzip in all.`,
	);

	// Ten times the content: each page ten times over. Vocabulary stays the same here, so this is a
	// lower bound for the first file; real new pages also bring new words (`npm run bench:scale` adds some).
	const tenfold = pages.flatMap((page) => Array.from({ length: 10 }, (_, i) => ({ ...page, url: `${page.url}${i}/` })));
	const bigger = await buildSearchIndex(tenfold);
	const biggerFirst = Buffer.from(JSON.stringify(bigger.payload));
	const biggerShards = bigger.shards.reduce((sum, shard) => sum + gzipSize(Buffer.from(JSON.stringify(shard))), 0);
	console.log(
		`At 10× the content (each page ten times): first file ${kb(biggerFirst.length)} (${kb(gzipSize(biggerFirst))} gzip); ${bigger.shards.length} shards, ${kb(biggerShards)} gzip in all (${kb(biggerShards / bigger.shards.length)} each on average).`,
	);
}

await main();
