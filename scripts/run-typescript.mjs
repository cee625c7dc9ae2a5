// Runs one of the scripts/ TypeScript programs that import the site's TypeScript and JSON, which
// Node cannot load by itself: bundles it with esbuild (the packages stay external) and imports the
// bundle. Used by bench-search.mjs and fit-ranking.mjs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles `entry` into `outDir` and runs it. `outDir` must be two folders below the project, as
 * src/markdown/ is: modules that find content/ from their own address
 * (new URL('../../content/…', import.meta.url)) then find it from the bundle too.
 */
export async function runTypeScript(entry, outDir) {
	mkdirSync(outDir, { recursive: true });
	const outfile = join(outDir, 'main.mjs');
	await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
	await import(pathToFileURL(outfile).href);
}
