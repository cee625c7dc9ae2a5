import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { HTML_FILE_FIELD, htmlApart, renderedHtmlPath } from '../../src/lib/rendered-html';

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A data store as Astro's scoped store behaves: `set` keeps nothing new for an unchanged digest. */
function memoryStore(): Store & { entries: () => [string, Entry][] } {
	const entries = new Map<string, Entry>();
	return {
		get: (key) => entries.get(key) as never,
		entries: () => [...entries],
		values: () => [...entries.values()],
		keys: () => [...entries.keys()],
		set: (entry) => {
			if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
			entries.set(entry.id, entry);
			return true;
		},
		delete: (key) => void entries.delete(key),
		clear: () => entries.clear(),
		has: (key) => entries.has(key),
		addModuleImport: () => {},
	};
}

/** Runs the wrapped loader once over `pages` (id → [digest, html]), as glob does: an unchanged page whose entry is found is skipped. */
async function load(cacheDir: string, store: Store, pages: Record<string, [string, string]>, rendered: string[] = []) {
	const loader = htmlApart({
		name: 'test-loader',
		load: async ({ store: apart }) => {
			for (const [id, [digest, html]] of Object.entries(pages)) {
				if (apart.get(id)?.digest === digest) continue;
				rendered.push(id);
				apart.set({ id, data: { title: id }, digest, rendered: { html, metadata: { headings: [], frontmatter: { title: id } } } });
			}
			for (const id of apart.keys()) if (!(id in pages)) apart.delete(id);
		},
	});
	await loader.load({ collection: 'guides', store, config: { cacheDir: pathToFileURL(`${cacheDir}/`) } } as unknown as LoaderContext);
	return rendered;
}

function cache() {
	const dir = mkdtempSync(join(tmpdir(), 'rendered-html-'));
	made.push(dir);
	return dir;
}

describe('htmlApart (each page’s rendered HTML in a file of its own, beside the data store)', () => {
	it('writes the HTML to a file named with the digest, and keeps the rest of the entry in the store', async () => {
		const dir = cache();
		const store = memoryStore();
		await load(dir, store, { a: ['d1', '<p>A “quoted” page</p>\n'] });
		const entry = store.get('a')!;
		expect(entry.rendered?.html).toBe('');
		expect(entry.rendered?.metadata?.[HTML_FILE_FIELD]).toBe(renderedHtmlPath('guides', 'a', 'd1'));
		expect(entry.rendered?.metadata?.frontmatter).toEqual({ title: 'a' });
		expect(entry.data).toEqual({ title: 'a' });
		expect(readFileSync(join(dir, renderedHtmlPath('guides', 'a', 'd1')), 'utf8')).toBe('<p>A “quoted” page</p>\n');
	});

	it('renders a page again when its file has gone, and not while it is there', async () => {
		const dir = cache();
		const store = memoryStore();
		await load(dir, store, { a: ['d1', '<p>A</p>'], b: ['d1', '<p>B</p>'] });
		expect(await load(dir, store, { a: ['d1', '<p>A</p>'], b: ['d1', '<p>B</p>'] })).toEqual([]);
		rmSync(join(dir, renderedHtmlPath('guides', 'a', 'd1')));
		expect(await load(dir, store, { a: ['d1', '<p>A</p>'], b: ['d1', '<p>B</p>'] })).toEqual(['a']);
		expect(readFileSync(join(dir, renderedHtmlPath('guides', 'a', 'd1')), 'utf8')).toBe('<p>A</p>');
	});

	it('keeps one file for each page: a new render replaces the old, a removed page loses its file', async () => {
		const dir = cache();
		const store = memoryStore();
		await load(dir, store, { a: ['d1', '<p>A</p>'], b: ['d1', '<p>B</p>'] });
		await load(dir, store, { a: ['d2', '<p>A, edited</p>'] });
		expect(readdirSync(join(dir, 'rendered-html', 'build', 'guides'))).toEqual([`a.d2.html`]);
		expect(store.keys()).toEqual(['a']);
		expect(readFileSync(join(dir, renderedHtmlPath('guides', 'a', 'd2')), 'utf8')).toBe('<p>A, edited</p>');
	});

	it('gives an id that is not a plain file name a file of its own', async () => {
		const dir = cache();
		const store = memoryStore();
		await load(dir, store, { 'x/../y': ['d1', '<p>X</p>'] });
		const name = store.get('x/../y')!.rendered!.metadata![HTML_FILE_FIELD] as string;
		expect(readdirSync(join(dir, 'rendered-html', 'build', 'guides'))).toEqual([name.split('/').pop()]);
		expect(existsSync(join(dir, 'y.d1.html'))).toBe(false);
	});

	it('keeps the dev server’s files apart from the builds’', async () => {
		const dir = cache();
		const store = memoryStore();
		const loader = htmlApart({ name: 'test-loader', load: async ({ store: apart }) => void apart.set({ id: 'a', data: {}, digest: 'd1', rendered: { html: '<p>A</p>' } }) });
		await loader.load({ collection: 'guides', store, watcher: {}, config: { cacheDir: pathToFileURL(`${dir}/`) } } as unknown as LoaderContext);
		expect(store.get('a')!.rendered!.metadata![HTML_FILE_FIELD]).toBe(renderedHtmlPath('guides', 'a', 'd1', true));
		expect(readdirSync(join(dir, 'rendered-html'))).toEqual(['dev']);
	});

	it('passes an entry without rendered HTML to the store as it is', async () => {
		const dir = cache();
		const store = memoryStore();
		const loader = htmlApart({ name: 'test-loader', load: async ({ store: apart }) => void apart.set({ id: 'data-only', data: { n: 1 }, digest: 'd1' }) });
		await loader.load({ collection: 'guides', store, config: { cacheDir: pathToFileURL(`${dir}/`) } } as unknown as LoaderContext);
		expect(store.get('data-only')).toEqual({ id: 'data-only', data: { n: 1 }, digest: 'd1' });
	});
});
