#!/usr/bin/env node
// `node scripts/fit-ranking.mjs <mode>`: bundles scripts/fit-ranking.ts (it imports the site's
// TypeScript and JSON, which Node cannot load by itself) and runs it. Needs a built site
// (`npm run build` first). See scripts/fit-ranking.ts for the modes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Two folders below the project, as src/markdown/ is: modules that find content/ from their own
// address (new URL('../../content/…', import.meta.url)) then find it from the bundle too. In
// test-results/, which git ignores, not in node_modules/.
const outDir = join(process.cwd(), 'test-results', 'fit-ranking');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'fit.mjs');
await build({
	entryPoints: ['scripts/fit-ranking.ts'],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	packages: 'external',
	logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
