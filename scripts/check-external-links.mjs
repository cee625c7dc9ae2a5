#!/usr/bin/env node
// Checks every external link the site carries (platform reporting pages, services, sources and
// links in the text) and prints each one's HTTP status as a markdown table. Needs internet access,
// so it is not part of `npm test`; run it before updating a "lastChecked" date.
//
//   node scripts/check-external-links.mjs            all links
//   node scripts/check-external-links.mjs --failing  only the ones that did not answer 2xx/3xx

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const onlyFailing = process.argv.includes('--failing');
const TIMEOUT_MS = 15_000;
const CONCURRENCY = 6;

const links = new Map(); // url → set of files that use it
for (const file of files(join(root, 'content'))) {
	const text = readFileSync(file, 'utf8');
	for (const match of text.matchAll(/https:\/\/[^\s"'<>)\]]+/g)) {
		const url = match[0].replace(/[.,;:]+$/, '');
		if (!links.has(url)) links.set(url, new Set());
		links.get(url).add(relative(root, file));
	}
}

const results = [];
const queue = [...links.keys()].sort();
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
results.sort((a, b) => a.url.localeCompare(b.url));

console.log('| status | link | used in |');
console.log('|---|---|---|');
for (const result of results) {
	if (onlyFailing && result.ok) continue;
	console.log(`| ${result.status} | ${result.url} | ${[...links.get(result.url)].join(', ')} |`);
}
const failing = results.filter((r) => !r.ok).length;
console.log(`\n${results.length} links checked, ${failing} did not answer with a page.`);
process.exit(failing > 0 ? 1 : 0);

async function worker() {
	for (let url = queue.shift(); url; url = queue.shift()) results.push({ url, ...(await check(url)) });
}

async function check(url) {
	for (const method of ['HEAD', 'GET']) {
		try {
			const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { 'user-agent': 'Mozilla/5.0 (link check)' } });
			if (response.ok || method === 'GET') return { status: String(response.status), ok: response.ok };
		} catch (error) {
			if (method === 'GET') return { status: `error: ${error.cause?.code ?? error.name}`, ok: false };
		}
	}
	return { status: 'unknown', ok: false };
}

function files(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return /\.(md|json)$/.test(entry.name) ? [path] : [];
	});
}
