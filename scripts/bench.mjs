#!/usr/bin/env node
// Weight and Lighthouse scores of the built site, per page type. Build first (`npm run build`).
//
//   npm run bench                 bytes, requests and Lighthouse for each page type
//   npm run bench -- --no-lighthouse   bytes and requests only (quick)
//   npm run bench -- --port 4441       serve on another port (or BENCH_PORT=4441)
//
// Bytes are everything a first visit downloads until the page is settled (for search: until the
// results and their snippets show, so the index and snippet files count), gzipped (as any static
// host serves them). `astro preview` is started with --ignore-lock: it never stops a server
// someone else is running. Lighthouse
// runs with its default mobile settings (throttled 4G, a slow phone) in headless Chromium.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchChromium } from './chromium.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = new URL('..', import.meta.url).pathname;
const portArg = process.argv.indexOf('--port');
const PORT = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.BENCH_PORT || 4331);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = benchChromium();
const withLighthouse = !process.argv.includes('--no-lighthouse');

if (!existsSync(join(root, 'dist', 'index.html'))) {
	console.error('Build the site first: npm run build');
	process.exit(1);
}

/** One page of each type, shared with the browser tests. */
const pageTypes = JSON.parse(readFileSync(join(root, 'tests', 'page-types.json'), 'utf8')).pageTypes;

const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
try {
	await waitForServer();
	const weights = await measureWeights();
	const scores = withLighthouse ? await runLighthouse() : {};
	printTable(weights, scores);
} finally {
	server.kill();
}

async function measureWeights() {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-background-networking'] });
	const results = {};
	for (const [type, path] of Object.entries(pageTypes)) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const responses = [];
		page.on('response', (response) => responses.push(response));
		await page.goto(BASE + path, { waitUntil: 'networkidle' });
		// A search page is not done until its first results and their snippets have shown.
		if (path.startsWith('/search/?q=')) {
			await page.locator('[data-search-results] .search-result__snippet:not(:empty)').first().waitFor();
			await page.waitForLoadState('networkidle');
		}
		const totals = { html: 0, css: 0, js: 0, data: 0, other: 0, requests: 0 };
		for (const response of responses) {
			const body = await response.body().catch(() => Buffer.alloc(0));
			const kind = kindOf(response);
			totals[kind] += gzipSync(body).length;
			totals.requests += 1;
		}
		results[type] = totals;
		await context.close();
	}
	await browser.close();
	return results;
}

function kindOf(response) {
	const type = response.headers()['content-type'] ?? '';
	if (type.includes('html')) return 'html';
	if (type.includes('css')) return 'css';
	if (type.includes('javascript')) return 'js';
	if (type.includes('json')) return 'data';
	return 'other';
}

async function runLighthouse() {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const results = {};
	try {
		for (const [type, path] of Object.entries(pageTypes)) {
			// Lighthouse will not score a page answered with 404; score the same page at its own address.
			const address = type === 'not found' ? '/404.html' : path;
			const run = await lighthouse(BASE + address, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const categories = run?.lhr.categories ?? {};
			results[type] = Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
			results[type].failing = Object.values(run?.lhr.audits ?? {})
				.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
				.map((audit) => audit.id);
		}
	} finally {
		chrome.kill();
	}
	return results;
}

function printTable(weights, scores) {
	const kb = (bytes) => (bytes / 1024).toFixed(1);
	console.log('| page type | HTML KB | CSS KB | JS KB | data KB (JSON) | other KB | total KB | requests |' + (withLighthouse ? ' performance | accessibility | best practices | SEO |' : ''));
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|' + (withLighthouse ? '---:|---:|---:|---:|' : ''));
	for (const type of Object.keys(pageTypes)) {
		const w = weights[type];
		const s = scores[type];
		const lh = s ? ` ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |` : '';
		const total = w.html + w.css + w.js + w.data + w.other;
		console.log(`| ${type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.data)} | ${kb(w.other)} | ${kb(total)} | ${w.requests} |${lh}`);
	}
	console.log('\nSizes are gzip, for a first visit with an empty cache: every response the page fetched, the search index and snippet files included.');
	if (withLighthouse) {
		for (const [type, s] of Object.entries(scores)) if (s.failing.length) console.log(`${type}: Lighthouse audits not passed: ${s.failing.join(', ')}`);
	}
}

async function waitForServer() {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(BASE)).ok) return;
		} catch {}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error('astro preview did not start');
}
