import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module through which Astro's build hands its content layer's data store to the pages. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Where Astro keeps the data store in a build (its cache folder), and the code it makes of it. */
const DATA_STORE_FILE = 'data-store.json';
const ASTRO_CODE = 'export default JSON.parse(';

/**
 * In a static build, the pages read Astro's data store (every entry's rendered HTML: 10 MB at ten
 * times today's content) from the file Astro itself wrote to its cache, not from a copy compiled
 * into the build's code. Astro turns the whole store into one JavaScript string literal,
 * `export default JSON.parse("…")`, which the bundler then carries and Node compiles before the
 * first page renders: at 10× the content, compiling that one line alone cost about 2 s of CPU,
 * about 6 ms per content page, more than the page's Markdown render. Reading and parsing the same
 * file costs a tenth of that. What the pages receive is the same value.
 *
 * Only in a static build (`astro build`, output 'static'), and only in the build that renders the
 * pages (Vite's prerender environment), whose code runs on this machine once and is deleted: a
 * server build would be deployed without the cache folder, so it keeps Astro's module. If Astro
 * changes what the module looks like, it is left alone.
 */
export default function dataStoreFile(): AstroIntegration {
	return {
		name: 'data-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build' || config.output !== 'static') return;
				const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'data-store-file',
								transform: {
									filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
									handler(code: string) {
										if (this.environment?.name !== 'prerender' || !code.startsWith(ASTRO_CODE) || !existsSync(file)) return undefined;
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
