#!/usr/bin/env node
// `npm run bench:search`: bundles scripts/bench-search.ts (it imports the site's TypeScript and
// JSON, which Node cannot load by itself) and runs it. Needs a built site: `astro build` first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Two folders below the project, as src/markdown/ is: modules that find content/ from their own
// address (new URL('../../content/…', import.meta.url)) then find it from the bundle too.
const outDir = join(process.cwd(), 'node_modules', '.bench-search');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'bench.mjs');
await build({
	entryPoints: ['scripts/bench-search.ts'],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	packages: 'external',
	logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
