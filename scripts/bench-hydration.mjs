#!/usr/bin/env node
// How long a wizard question takes to become interactive on a slow phone, for this build and,
// side by side in the same run, another build of the site (e.g. main's). Build first.
//
//   npm run bench:hydration                                   this tree's dist/
//   npm run bench:hydration -- --compare /tmp/main/dist       and another build, runs interleaved
//   npm run bench:hydration -- --runs 9 --port 4441           (the other build uses port + 1)
//
// Each run is a first visit (empty cache) in headless Chromium with Chrome DevTools throttling:
// network 400 kbps down and up with 400 ms round trips ("Slow 4G" on a bad day), CPU 4× slower.
// Files are served gzipped, as a static host would. "Interactive" is the moment the question's
// island has hydrated and can answer a click in the page (on builds that fetch the flow file,
// once it has arrived): until then an answer is a plain link that loads the next page. Checked
// every 10 ms in the page.

import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const PORT = Number(arg('port', process.env.BENCH_PORT || 4441));
const CHROMIUM = benchChromium();
const PAGES = { 'first question': '/report/', 'a later question': '/report/nobody-is-in-danger/none-of-these/posts-or-comments/a-member-of-staff/not-sure/' };
const THROTTLE = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const CPU_SLOWDOWN = 4;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

const sites = [{ name: 'this build', dist: join(root, 'dist') }];
if (arg('compare')) sites.push({ name: arg('compare-name', 'compared build'), dist: resolve(arg('compare')) });
for (const site of sites) {
	if (!existsSync(join(site.dist, 'report', 'index.html'))) {
		console.error(`No built site in ${site.dist}: build it first (npx astro build).`);
		process.exit(1);
	}
}

const servers = await Promise.all(sites.map((site, i) => serve(site.dist, PORT + i)));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-background-networking'] });
const results = sites.map(() => Object.fromEntries(Object.keys(PAGES).map((label) => [label, []])));
try {
	for (let run = 0; run < RUNS; run++) {
		for (const [label, path] of Object.entries(PAGES)) {
			// Interleaved, so the machine's load affects every build alike.
			for (let s = 0; s < sites.length; s++) results[s][label].push(await measure(`http://127.0.0.1:${PORT + s}${path}`));
		}
	}
} finally {
	await browser.close();
	for (const server of servers) server.close();
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`| page | build | HTML KB (raw / gzip) | downloaded by then, KB gzip | first paint | hydrated | interactive (median of ${RUNS}) | interactive, each run |`);
console.log('|---|---|---:|---:|---:|---:|---:|---|');
for (const label of Object.keys(PAGES)) {
	sites.forEach((site, s) => {
		const runs = results[s][label];
		const ms = (key) => `${Math.round(median(runs.map((r) => r[key])))} ms`;
		console.log(
			`| ${label} | ${site.name} | ${kb(runs[0].htmlRaw)} / ${kb(runs[0].htmlGzip)} | ${kb(median(runs.map((r) => r.bytes)))} | ${ms('firstPaint')} | ${ms('hydrated')} | **${ms('interactive')}** | ${runs.map((r) => Math.round(r.interactive)).join(', ')} |`,
		);
	});
}
console.log(`\nThrottled: ${THROTTLE.latency} ms round trip, ${(THROTTLE.downloadThroughput * 8) / 1000} kbps, CPU ${CPU_SLOWDOWN}× slower; first visit, empty cache. Times from the start of navigation.`);

async function measure(url) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', THROTTLE);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	let bytes = 0;
	cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
	await page.addInitScript(() => {
		const marks = {};
		window.__marks = marks;
		// Astro drops the island's ssr attribute as soon as it asks React to hydrate, which React then
		// does in the background: the answer links are live once React has attached its props to the
		// question's element, which handles their clicks (the links themselves may be static HTML).
		const check = () => {
			const question = document.querySelector('astro-island .wizard-question');
			if (!question || !Object.keys(question).some((key) => key.startsWith('__reactProps'))) return;
			marks.hydrated ??= performance.now();
			if (!document.querySelector('[data-wizard-ready="false"]')) {
				marks.interactive ??= performance.now();
				clearInterval(timer);
			}
		};
		const timer = setInterval(check, 10);
	});
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(() => window.__marks?.interactive !== undefined, undefined, { timeout: 120_000, polling: 200 });
	const marks = await page.evaluate(() => ({
		...window.__marks,
		firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
	}));
	const bytesByThen = bytes;
	await context.close();
	const html = readFileSync(fileFor(sites[Number(new URL(url).port) - PORT].dist, new URL(url).pathname));
	return { ...marks, bytes: bytesByThen, htmlRaw: html.length, htmlGzip: gzipSync(html).length };
}

function fileFor(dist, path) {
	let file = normalize(join(dist, decodeURIComponent(path)));
	if (!file.startsWith(normalize(dist))) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) ? file : undefined;
}

/** A static server for one dist/ folder that gzips what it sends, as hosts do. */
function serve(dist, port) {
	const gzipped = new Map();
	const server = createServer((request, response) => {
		const file = fileFor(dist, new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!file) {
			response.writeHead(404).end('Not found');
			return;
		}
		if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
		response.end(gzipped.get(file));
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
