#!/usr/bin/env node
// What Astro's data store holds and what it costs (docs/architecture.md, "Build CPU, twelfth pass").
//
//   node scripts/data-store-cost.mjs [project dir]
//       After a build: the store's bytes by kind (rendered HTML, Markdown bodies, data, metadata),
//       the guides' and platform pages' HTML files beside it, and the main thread's CPU, warm, to
//       serialise the store as Astro does (devalue) and to read and parse it back as the pages do
//       (median of 7 rounds, in this process).
//
//   node --import ./scripts/data-store-cost.mjs node_modules/astro/bin/astro.mjs build
//       In a build: the main thread's CPU (process.threadCpuUsage) of each time Astro serialises the
//       store, printed to stderr as it happens. Patches Astro's writer as it loads (nothing on disk);
//       fails if Astro's code no longer has the lines it wraps.
//
// CPU, not wall time: the machine's load inflates a wall-clock profile's figures several times.

import { registerHooks } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const cpuMs = () => {
	const { user, system } = process.threadCpuUsage();
	return (user + system) / 1000;
};

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) await report(resolve(process.argv[2] ?? '.'));
else patchAstro();

/** In a build: wraps Astro's serialiser of the data store with a CPU timer. */
function patchAstro() {
	registerHooks({
		load(url, context, nextLoad) {
			const result = nextLoad(url, context);
			if (!url.endsWith('/astro/dist/content/data-store-writer.js')) return result;
			const source = String(result.source);
			const wrapped = source.replace(
				'function serializeDataStore(collections) {\n  return devalue.stringify(sortCollections(collections));\n}',
				`function serializeDataStore(collections) {
  const before = process.threadCpuUsage();
  const text = devalue.stringify(sortCollections(collections));
  const { user, system } = process.threadCpuUsage(before);
  process.stderr.write('[data-store-cost] serialised the data store (' + text.length + ' characters): ' + ((user + system) / 1000).toFixed(1) + ' ms of main-thread CPU\\n');
  return text;
}`,
			);
			if (wrapped === source) throw new Error("data-store-cost: Astro's serializeDataStore is not as this script knows it; update the pattern");
			return { ...result, source: wrapped };
		},
	});
}

/** After a build: the store's make-up and its warm CPU. */
async function report(project) {
	const file = join(project, 'node_modules/.astro/data-store.json');
	if (!existsSync(file)) throw new Error(`${file}: no data store; build the project first`);
	const devalue = await import(pathToFileURL(join(project, 'node_modules/devalue/index.js')).href);
	const text = readFileSync(file, 'utf8');
	const store = devalue.parse(text);
	const size = (value) => (value === undefined ? 0 : Buffer.byteLength(devalue.stringify(value)));
	const kinds = new Map();
	const add = (kind, bytes) => kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
	for (const [collection, entries] of store) {
		for (const entry of entries.values()) {
			if (collection.startsWith('meta:')) {
				add('meta', size(entry));
				continue;
			}
			const { rendered, body, data, ...rest } = entry;
			add('rendered HTML', Buffer.byteLength(rendered?.html ?? ''));
			if (rendered?.metadata) for (const [key, value] of Object.entries(rendered.metadata)) add(`metadata: ${key}`, size(value));
			add(`Markdown body: ${collection}`, Buffer.byteLength(body ?? ''));
			add('data', size(data));
			add('id, file path, digest', size(rest));
		}
	}
	console.log(`${file}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${[...store.values()].reduce((n, c) => n + c.size, 0)} entries`);
	console.log("By kind (each serialised alone; devalue writes a string used twice once, so these add up to more than the file):");
	for (const [kind, bytes] of [...kinds].sort((a, b) => b[1] - a[1])) if (bytes > 0) console.log(`  ${kind.padEnd(40)} ${(bytes / 1024).toFixed(0).padStart(7)} KB`);
	const apart = join(project, 'node_modules/.astro/rendered-html/build');
	if (existsSync(apart)) {
		const files = readdirSync(apart, { recursive: true, encoding: 'utf8' }).map((name) => join(apart, name)).filter((path) => statSync(path).isFile());
		console.log(`Pages' HTML beside it (src/lib/rendered-html.ts): ${files.length} files, ${(files.reduce((n, path) => n + statSync(path).size, 0) / 1024).toFixed(0)} KB`);
	}
	const rounds = 7;
	const timed = (work) => {
		const times = [];
		for (let round = 0; round < rounds; round++) {
			const start = cpuMs();
			work();
			times.push(cpuMs() - start);
		}
		return times.sort((a, b) => a - b)[rounds >> 1].toFixed(0);
	};
	console.log(`Main-thread CPU, warm, median of ${rounds}: serialising it (devalue.stringify) ${timed(() => devalue.stringify(store))} ms; reading and parsing it back as the pages do (readFileSync, JSON.parse, devalue.unflatten) ${timed(() => devalue.unflatten(JSON.parse(readFileSync(file, 'utf8'))))} ms`);
}
