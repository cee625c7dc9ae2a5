import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module through which Astro's build hands its content layer's data store to the pages. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Where Astro keeps the data store in a build: this file in its cache folder. */
const DATA_STORE_FILE = 'data-store.json';

/**
 * In a static build, the pages read Astro's data store (every entry's data and metadata, and the
 * wizard's rendered HTML: 1.6 MB at ten times today's content; it was 10 MB before guides' and
 * platform pages' HTML moved to files of their own, src/lib/rendered-html.ts) from the file Astro
 * itself wrote to its cache, not from a copy compiled into the build's code. Astro reads the file, parses it to check it, and writes it out again as
 * one JavaScript string literal, `export default JSON.parse("…")`, which the bundler then carries
 * and Node compiles before the first page renders: at 10× the content, compiling that one line
 * alone cost about 2 s of CPU, some 6 ms per content page, more than the page's Markdown render.
 * This module reads and parses the same file instead: the pages receive the same value.
 *
 * Only where that is sure to be the same: a static build (`astro build`, output 'static'), in the
 * build that renders the pages (Vite's prerender environment), whose code runs on this machine
 * once and is then deleted (a server build is deployed without the cache folder), with the store
 * kept as one file (not Astro's experimental chunked storage) and no experimental incremental
 * build (which tells the store's module apart by its code). Otherwise, Astro's own module.
 */
export default function dataStoreFile(): AstroIntegration {
	return {
		name: 'data-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const { collectionStorage, incrementalBuild } = config.experimental as { collectionStorage?: unknown; incrementalBuild?: boolean };
				if (command !== 'build' || config.output !== 'static' || incrementalBuild || (collectionStorage !== undefined && collectionStorage !== 'single-file')) return;
				const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'data-store-file',
								load: {
									// Before Astro's own load of the module, which would read, parse and quote the whole store.
									order: 'pre',
									filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
									handler() {
										if (this.environment?.name !== 'prerender' || !existsSync(file)) return undefined;
										return {
											code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
											map: { mappings: '' },
										};
									},
								},
							},
						],
					},
				});
			},
		},
	};
}
