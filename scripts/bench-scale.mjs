#!/usr/bin/env node
// How the build grows with the content. Copies the project to a temporary folder, multiplies the
// guides and platform pages (1×, 10×, 50×) with unique text, builds each, and reports build time,
// time per page, peak memory, the size of the search index and the build's CPU time (user + sys
// of the build process and everything it starts, not wall time) per content page: at 1× the CPU
// of the whole build over its guides and platform pages, above 1× the CPU the added guides and
// platform pages cost, each (wizard pages and the rest are the same at every factor, so they
// cancel out). The target: at most 20 ms per added content page at 10×. Nothing is written to
// the repo.
//
// Every build starts as a build in a fresh clone does: from a new copy of the project, with Astro's
// and Vite's caches empty (node_modules/.astro and .vite belong to the copy), so no page is skipped
// as already rendered.
//
// The per-added-page figure is the difference of two whole builds, so on a shared machine one
// build's share of other people's load moves it by 15 ms and more. So each factor is built several
// times (--repeat, default 3), in rounds: each round builds every factor once (and, with --against,
// both checkouts in turn), the order turning from round to round, so no factor or checkout always
// meets the same load. Figures are medians over the rounds: CPU per added page is (median CPU at N×
// − median CPU at 1×) / pages added, and its spread is the lowest and highest of each round's own
// figure (that round's N× build against that round's 1× build).
//
// The machine's load average (1 minute) as each build ended is printed with it, and its range with
// the tables: one build's CPU rises with the load beside it (by several seconds on a shared
// two-core machine), so a figure means little without it.
//
// Then, for each factor, the bytes to a first result: every response (gzip, level 6, as a typical
// host serves them) a visitor downloads from opening /search/ to seeing the first results with
// their snippets (HTML, CSS, JavaScript, the index's first file, its shards and the snippet files),
// with an empty cache, in headless Chromium, averaged over typical queries: typed into the box at
// once (as when arriving from another page's search box) and typed letter by letter (a search for
// each letter, as on the search page). Target: at most 100 KB at 10×. Weighed after each factor's
// first build only (the built files are the same every round).
//
//   npm run bench:scale              1×, 10× and 50×, three rounds
//   npm run bench:scale -- 1 10      chosen factors
//   npm run bench:scale -- --repeat 5 1 10
//                                    rounds of builds (medians and spread over them)
//   npm run bench:scale -- --against /path/to/other/checkout 1 10
//                                    also builds another checkout of the project (e.g. main) at each
//                                    factor, in turn with this one, and prints both builds' CPU and
//                                    bytes to a first result side by side (compare figures only
//                                    within one run: the machine's load varies)

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchChromium } from './chromium.mjs';
// Node runs this TypeScript module as it is (it uses only Node's own modules).
import { builtPageFiles } from '../src/checks/built-pages.ts';
import { serveStatic } from './bench-search-server.ts';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const against = againstAt === -1 ? undefined : resolve(args.splice(againstAt, 2)[1] ?? '');
if (against !== undefined && !existsSync(join(against, 'package.json'))) throw new Error(`--against: ${against} is not a checkout of the project`);
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt === -1 ? 3 : Number(args.splice(repeatAt, 2)[1]);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat: give a whole number of rounds, 1 or more (e.g. --repeat 3)');
const factors = args.map(Number).filter((n) => n >= 1);
/** Typical queries whose first results are weighed (the same as `npm run bench:search`'s). */
const BYTES_QUERIES = ['fake insta account with our logo', 'nudes year 8', 'tik tok'];
/** The port the built copies are served on to weigh the first results (BENCH_PORT). */
const PORT = Number(process.env.BENCH_PORT || 4392);
const kb1 = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const SKIP = new Set(['node_modules', 'dist', '.git', '.tools', '.astro', 'test-results', 'playwright-report']);
const chosen = factors.length ? factors : [1, 10, 50];
const projects = against === undefined ? [root] : [root, against];
/** Every build's measures, by checkout and factor, one a round. */
const builds = new Map(projects.map((project) => [project, new Map(chosen.map((factor) => [factor, []]))]));

for (let round = 0; round < repeat; round++) {
	// Each round turns the order of the factors and of the checkouts, so neither always meets the same load.
	const order = round % 2 === 0 ? chosen : [...chosen].reverse();
	for (const [turn, factor] of order.entries()) {
		const inTurn = (round + turn) % 2 === 0 ? projects : [...projects].reverse();
		for (const project of inTurn) builds.get(project).get(factor).push(await measure(project, factor, round === 0, `round ${round + 1} of ${repeat}`));
	}
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** One checkout's row for one factor: medians over the rounds, and the first build's weights. */
const summary = (project, factor) => {
	const runs = builds.get(project).get(factor);
	const first = runs[0];
	return { ...first, seconds: median(runs.map((run) => run.seconds)), cpuSeconds: median(runs.map((run) => run.cpuSeconds)), peakMb: median(runs.map((run) => run.peakMb)), cpuRuns: runs.map((run) => run.cpuSeconds), loads: runs.map((run) => run.load) };
};
const rows = chosen.map((factor) => summary(root, factor));
const otherRows = against === undefined ? [] : chosen.map((factor) => summary(against, factor));

/**
 * CPU per content page for a row: at 1× (or with no 1× built) the whole build's over its content
 * pages; above, per added page, from the medians; with each round's own figure's range as its spread.
 */
function cpuPerPage(list, row) {
	const base = list.find((r) => r.factor === 1);
	if (!base || row === base) {
		const each = row.cpuRuns.map((cpu) => cpu / row.contentPages);
		return { ms: (row.cpuSeconds / row.contentPages) * 1000, low: Math.min(...each) * 1000, high: Math.max(...each) * 1000, what: 'whole build' };
	}
	const added = row.contentPages - base.contentPages;
	const each = row.cpuRuns.map((cpu, round) => (cpu - base.cpuRuns[round]) / added);
	return { ms: ((row.cpuSeconds - base.cpuSeconds) / added) * 1000, low: Math.min(...each) * 1000, high: Math.max(...each) * 1000, what: 'per added page' };
}
const perPageText = ({ ms, low, high, what }) => `${ms.toFixed(1)} ms ${what}${repeat > 1 ? ` (rounds: ${low.toFixed(1)} to ${high.toFixed(1)})` : ''}`;

/** Copies a checkout of the project, multiplies its content by `factor`, builds it and measures the build. */
async function measure(project, factor, weigh, label) {
	const from = project.endsWith('/') ? project : `${project}/`;
	const copy = mkdtempSync(join(tmpdir(), `bench-scale-${factor}x-`));
	try {
		cpSync(from, copy, { recursive: true, filter: (source) => !SKIP.has(source.slice(from.length).split('/')[0]) });
		linkModules(join(existsSync(join(from, 'node_modules')) ? from : root, 'node_modules'), join(copy, 'node_modules'));
		multiplyContent(copy, factor);
		const run = await build(copy);
		if (run.status !== 0) throw new Error(`build of ${project} at ${factor}× failed:\n${run.output.slice(-2000)}`);
		const pages = countPages(join(copy, 'dist'));
		const index = weigh ? searchIndexBytes(join(copy, 'dist')) : undefined;
		const firstResult = weigh ? await firstResultBytes(join(copy, 'dist')) : undefined;
		const row = { project, factor, pages, contentPages: countContentPages(copy), seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, load: run.load, index, firstResult };
		// As each build ends, so a long run shows its progress (the tables come at the end).
		console.error(`${label}: ${project} at ${factor}×: ${row.contentPages} content pages, ${row.cpuSeconds.toFixed(1)} s CPU, ${row.seconds.toFixed(0)} s wall, load average ${row.load.toFixed(1)}`);
		return row;
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

console.log(`Builds: ${repeat} round${repeat > 1 ? 's' : ''} of each factor${against === undefined ? '' : ', both checkouts in turn'}, each from a fresh copy with Astro's and Vite's caches empty; times, CPU and memory are medians over the rounds.\n`);
console.log('| content | pages built | content pages | build time (wall) | per page (wall) | build CPU (user + sys) | CPU per content page | peak memory | search index file (raw / gzip) | snippet files (count, gzip in all) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
for (const row of rows) {
	const { index, fragments } = row.index;
	console.log(
		`| ${row.factor}× | ${row.pages} | ${row.contentPages} | ${row.seconds.toFixed(1)} s | ${((row.seconds / row.pages) * 1000).toFixed(0)} ms | ${row.cpuSeconds.toFixed(1)} s | ${perPageText(cpuPerPage(rows, row))} | ${row.peakMb.toFixed(0)} MB | ${kb(index.raw)} / ${kb(index.gzip)} | ${fragments.count}, ${kb(fragments.gzip)} |`,
	);
}
console.log('\nContent pages are guides and platform pages. CPU is user + sys time of the build and all it starts; per added page is (median CPU at N× − median CPU at 1×) / pages added (target: ≤ 20 ms at 10×).');
const loadRange = (list) => {
	const loads = list.flatMap((row) => row.loads);
	return `${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`;
};
console.log(`Load average (1 minute) as the builds ended: ${loadRange(rows)}.`);
console.log("The index's first file loads when a search starts; a search then fetches only the shards of the terms it looks up and the snippet files (one for each part: a page's own text or a section's) of the results it shows.");

console.log(`\nBytes to a first result (KB gzip, every response from opening /search/ to the first results with snippets, empty cache; average of ${BYTES_QUERIES.map((q) => `"${q}"`).join(', ')}):\n`);
const checkout = (row) => (against === undefined ? '' : row.project === against ? ' | other' : ' | this');
console.log(`| content${against === undefined ? '' : ' | checkout'} | typed at once: total | page (HTML, CSS, JS) | index (first file + shards) | snippet files | requests | typed letter by letter: total | index | requests | index first file | shards (count, gzip each on average) |`);
console.log(`|---${against === undefined ? '' : '|---'}|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
// With --against, each factor's two rows side by side: the other checkout's, then this one's.
for (const row of rows.flatMap((row, i) => (otherRows[i] ? [otherRows[i], row] : [row]))) {
	const { once, letters } = row.firstResult;
	const { first, shards } = row.index;
	console.log(
		`| ${row.factor}×${checkout(row)} | **${kb1(once.total)}** | ${kb1(once.page)} | ${kb1(once.index)} | ${kb1(once.snippets)} | ${once.requests.toFixed(0)} | **${kb1(letters.total)}** | ${kb1(letters.index)} | ${letters.requests.toFixed(0)} | ${kb1(first.gzip)} | ${shards.count}, ${kb1(shards.gzip / Math.max(1, shards.count))} |`,
	);
}
if (against !== undefined) {
	console.log(`\nBuild CPU side by side, this checkout against ${against} (built in turn, ${repeat} round${repeat > 1 ? 's' : ''}; medians, and each round's figure's range):\n`);
	console.log('| content | content pages | build CPU (other) | build CPU (this) | CPU per content page (other) | CPU per content page (this) | this / other |');
	console.log('|---|---:|---:|---:|---:|---:|---:|');
	const runs = (row) => row.cpuRuns.map((cpu) => cpu.toFixed(1)).join(', ');
	for (const [index, row] of rows.entries()) {
		const other = otherRows[index];
		const [mine, theirs] = [cpuPerPage(rows, row), cpuPerPage(otherRows, other)];
		console.log(`| ${row.factor}× | ${row.contentPages} | ${other.cpuSeconds.toFixed(1)} s (${runs(other)}) | ${row.cpuSeconds.toFixed(1)} s (${runs(row)}) | ${perPageText(theirs)} | ${perPageText(mine)} | ${(mine.ms / theirs.ms).toFixed(2)} |`);
	}
	console.log(`\nLoad average (1 minute) as the builds ended: other ${loadRange(otherRows)}, this ${loadRange(rows)}.`);
}

/**
 * The copy's node_modules: a folder of links to each installed package, not one link to the whole
 * folder, so that Astro's cache (node_modules/.astro, where it keeps rendered content between builds
 * and skips pages it has rendered before) and Vite's belong to the copy. With one shared folder, a
 * build after another of the same pages rendered only the new ones, and its CPU looked smaller.
 */
function linkModules(from, to) {
	mkdirSync(to);
	for (const name of readdirSync(from)) if (name !== '.astro' && name !== '.vite') symlinkSync(join(from, name), join(to, name));
}

/** Adds factor−1 copies of every guide and platform page, each with its own slug and wording. */
function multiplyContent(dir, factor) {
	let counter = 0;
	for (const kind of ['guides', 'platforms']) {
		const folder = join(dir, 'content', kind);
		const originals = readdirSync(folder).filter((name) => name.endsWith('.md'));
		for (const name of originals) {
			const source = readFileSync(join(folder, name), 'utf8');
			for (let copyIndex = 1; copyIndex < factor; copyIndex++) {
				const slug = `${name.replace(/\.md$/, '')}-copy-${copyIndex}`;
				const text = source
					.replace(/^formerUrls:.*$/m, 'formerUrls: []')
					.replace(/^(title: )(.*)$/m, (_, key, title) => `${key}${JSON.stringify(`${title.replace(/^["']|["']$/g, '').slice(0, 55)} ${copyIndex}`)}`)
					// Unique words in every paragraph, so the search index grows as real new text would.
					.replace(/^([A-Z][^\n]{40,})$/gm, (line) => `${line} ${uniqueWords(3, () => counter++)}`);
				writeFileSync(join(folder, `${slug}.md`), text);
			}
		}
	}
}

function uniqueWords(count, next) {
	return Array.from({ length: count }, () => `q${next().toString(36)}z`).join(' ');
}

function countContentPages(dir) {
	return ['guides', 'platforms'].reduce((sum, kind) => sum + readdirSync(join(dir, 'content', kind)).filter((name) => name.endsWith('.md')).length, 0);
}

/**
 * Runs `astro build` under bash, whose `times` then gives the CPU (user + sys) of everything the
 * build ran; samples the build's resident memory to find its peak.
 */
function build(dir) {
	return new Promise((resolve) => {
		const started = performance.now();
		const script = `"$0" node_modules/astro/bin/astro.mjs build & echo $! > .build-pid; wait $!; status=$?; times > .build-times; exit $status`;
		const child = spawn('bash', ['-c', script, process.execPath], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
		let output = '';
		let peakKb = 0;
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const sampler = setInterval(() => {
			try {
				const pid = readFileSync(join(dir, '.build-pid'), 'utf8').trim();
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
				peakKb = Math.max(peakKb, hwm);
			} catch {}
		}, 100);
		child.on('close', (status) => {
			clearInterval(sampler);
			resolve({ status, output, seconds: (performance.now() - started) / 1000, cpuSeconds: childrenCpu(join(dir, '.build-times')), peakMb: peakKb / 1024, load: loadavg()[0] });
		});
	});
}

/** The second line of bash's `times`: user and sys time of the shell's children, e.g. "0m12.345s 0m1.234s". */
function childrenCpu(file) {
	const line = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n')[1] ?? '' : '';
	const seconds = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, s]) => Number(m) * 60 + Number(s));
	if (seconds.length !== 2) throw new Error(`could not read the build's CPU time from bash's times: "${line}"`);
	return seconds[0] + seconds[1];
}

function countPages(dist) {
	return builtPageFiles(dist).length;
}

/**
 * Bytes of the search's files (the JSON under a search folder of dist/): the index's first file
 * (index.<hash>.json), which loads when a search starts; its postings shards (index.<hash>.<n>.json),
 * fetched as searches need them; and the per-page snippet files, fetched only for pages shown.
 */
function searchIndexBytes(dist) {
	const files = walk(dist).filter((file) => /\/search\/[^/]+\.json$/.test(file.slice(dist.length)));
	const size = (list) => list.reduce((sum, file) => {
		const data = readFileSync(file);
		return { raw: sum.raw + data.length, gzip: sum.gzip + gzipSync(data).length, count: sum.count + 1 };
	}, { raw: 0, gzip: 0, count: 0 });
	const isFirst = (file) => /\/index\.[0-9a-f]+\.json$/.test(file);
	const isShard = (file) => /\/index\.[0-9a-f]+\.\d+\.json$/.test(file);
	const first = size(files.filter(isFirst));
	return { index: first, first, shards: size(files.filter(isShard)), fragments: size(files.filter((file) => !isFirst(file) && !isShard(file))) };
}

/**
 * Bytes (gzip) a visitor downloads to see the first results of each of BYTES_QUERIES on the built
 * site's search page, from an empty cache: typed at once, and typed letter by letter (slower than
 * the page's pause before searching, so each letter searches). Averages over the queries.
 */
async function firstResultBytes(dist) {
	const server = await serveStatic({ '/': dist }, PORT);
	const browser = await chromium.launch({ executablePath: benchChromium() });
	try {
		const measure = async (query, letterByLetter) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const sizes = [];
			page.on('response', (response) => sizes.push(response.body().then((body) => [new URL(response.url()).pathname, gzipSync(body).length], () => ['', 0])));
			await page.goto(`http://127.0.0.1:${PORT}/search/`);
			const box = page.locator('#search-page');
			if (letterByLetter) await box.pressSequentially(query, { delay: 200 });
			else await box.fill(query);
			await page.locator('.search-result__snippet mark').first().waitFor();
			await page.waitForLoadState('networkidle');
			const responses = await Promise.all(sizes);
			await context.close();
			const sum = (test) => responses.filter(([path]) => test(path)).reduce((total, [, size]) => total + size, 0);
			const isIndex = (path) => /\/search\/index\.[^/]+\.json$/.test(path);
			const isSnippets = (path) => /\/search\/[^/]+\.json$/.test(path) && !isIndex(path);
			return { total: sum(() => true), index: sum(isIndex), snippets: sum(isSnippets), page: sum((path) => !isIndex(path) && !isSnippets(path)), requests: responses.length };
		};
		const average = (runs) => Object.fromEntries(Object.keys(runs[0]).map((key) => [key, runs.reduce((total, run) => total + run[key], 0) / runs.length]));
		const once = [];
		const letters = [];
		for (const query of BYTES_QUERIES) {
			once.push(await measure(query, false));
			letters.push(await measure(query, true));
		}
		return { once: average(once), letters: average(letters) };
	} finally {
		await browser.close();
		server.close();
	}
}

function walk(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
