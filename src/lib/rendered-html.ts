import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The folder, in Astro's cache folder, that holds each page's rendered HTML. */
export const RENDERED_HTML_DIR = 'rendered-html/';

/** The field of an entry's `rendered.metadata` naming its HTML's file, relative to Astro's cache folder. */
export const HTML_FILE_FIELD = 'htmlFile';

/** The folder, relative to Astro's cache folder, of a collection's HTML files. The dev server keeps its own data store (in .astro/), so it keeps its own files too, apart from the builds'. */
export function renderedHtmlFolder(collection: string, dev = false): string {
	return `${RENDERED_HTML_DIR}${dev ? 'dev' : 'build'}/${collection}/`;
}

/**
 * The file that holds one render of a Markdown entry, relative to Astro's cache folder: the digest of
 * the file it was rendered from is in the name, so a name always means one render.
 */
export function renderedHtmlPath(collection: string, id: string, digest: string | number, dev = false): string {
	return `${renderedHtmlFolder(collection, dev)}${fileNameOf(id)}.${digest}.html`;
}

/** An entry id as a plain file name (an id may hold `/`, from a page in a subfolder): letters, digits and `-` as they are, anything else as `_<hex>_`. */
function fileNameOf(id: string): string {
	return id.replace(/[^A-Za-z0-9-]/gu, (char) => `_${char.codePointAt(0)!.toString(16)}_`);
}

/**
 * Wraps a loader (Astro's glob) so that each entry's rendered HTML is written to a file of its own
 * in Astro's cache folder, and the data store keeps the file's name in its place
 * (`rendered.metadata.htmlFile`, with `rendered.html` empty). Everything else in the entry (data,
 * headings, the plugins' frontmatter) stays in the store as Astro keeps it.
 *
 * Why: Astro writes its whole data store as one file with devalue, which walks every string a
 * character at a time, and the pages read that file back and parse it whole; at 10× the content the
 * pages' HTML is two thirds of the store's 9.5 MB. A file of its own for each page's HTML costs a
 * small write and a small read, and no walk (docs/architecture.md, "Build CPU, twelfth pass").
 *
 * A page reads the HTML with `renderedHtml()` (src/lib/content.ts). Astro's `render(entry)` still
 * gives the headings and the plugins' frontmatter, but its `<Content />` is empty: a page that shows
 * it fails the build's check for empty content bodies.
 */
export function htmlApart(loader: Loader): Loader {
	return {
		...loader,
		load: async (context) => {
			const { store, collection, config } = context;
			// Astro gives a loader a watcher in the dev server only.
			const dev = context.watcher !== undefined;
			const folder = fileURLToPath(new URL(renderedHtmlFolder(collection, dev), config.cacheDir));
			const pathOf = (name: string) => fileURLToPath(new URL(name, config.cacheDir));
			/** The HTML files in the folder, by entry (the id as a file name; each entry's files: normally one). */
			const files = new Map<string, string[]>();
			mkdirSync(folder, { recursive: true });
			for (const name of readdirSync(folder)) {
				const match = /^([A-Za-z0-9_-]+)\.[0-9a-z]+\.html$/.exec(name);
				if (match) files.set(match[1], [...(files.get(match[1]) ?? []), name]);
			}
			/** Deletes the files of every render of an entry, but `keep`. */
			const removeFiles = (key: string, keep?: string) => {
				for (const name of files.get(key) ?? []) if (name !== keep) rmSync(`${folder}${name}`, { force: true });
				files.delete(key);
			};
			const apart: LoaderContext['store'] = {
				...store,
				// An entry whose HTML file has gone (its folder deleted by hand) is rendered again.
				get: <TData extends Record<string, unknown>>(key: string) => {
					const entry = store.get<TData>(key);
					const name = entry?.rendered?.metadata?.[HTML_FILE_FIELD];
					return typeof name !== 'string' || existsSync(pathOf(name)) ? entry : undefined;
				},
				set: (entry) => {
					const { rendered, digest } = entry;
					if (rendered === undefined || typeof rendered.html !== 'string' || digest === undefined) return store.set(entry);
					const name = renderedHtmlPath(collection, entry.id, digest, dev);
					const file = pathOf(name);
					// Written whole, then renamed into place: the dev server may be reading the file.
					writeFileSync(`${file}.tmp`, rendered.html);
					renameSync(`${file}.tmp`, file);
					// Then the entry's other renders go.
					const own = name.slice(name.lastIndexOf('/') + 1);
					removeFiles(fileNameOf(entry.id), own);
					files.set(fileNameOf(entry.id), [own]);
					return store.set({ ...entry, rendered: { ...rendered, html: '', metadata: { ...rendered.metadata, [HTML_FILE_FIELD]: name } } });
				},
				delete: (key) => {
					removeFiles(fileNameOf(key));
					store.delete(key);
				},
				clear: () => {
					for (const key of [...files.keys()]) removeFiles(key);
					store.clear();
				},
			};
			await loader.load({ ...context, store: apart });
		},
	};
}
