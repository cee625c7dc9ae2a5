import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileForPath } from '../checks/built-pages';
import { actNow } from '../data/act-now';
import { askedAs } from '../data/asked-as';
import { checkActNowTargets } from './act-now';
import { checkAskedAs } from './asked-as';
import { type BuiltSearchIndex, buildSearchIndex } from './build-index';
import { decodePayload, type SearchPayload, shardFile, textFile } from './payload';
import { collectSearchPages, searchPagesFromDist } from './sources';

const VIRTUAL_ID = 'virtual:search-index';
/**
 * FlexSearch's compact build: Document, import and search, without the workers, persistent
 * storage and resolver we do not use; 11 KB gzip instead of the full bundle's 18 KB, in every
 * search's first download. Same version, same export format.
 */
const FLEXSEARCH_COMPACT = join(dirname(createRequire(import.meta.url).resolve('flexsearch')), 'flexsearch.compact.module.min.js');
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Builds the search index from the built pages, once they are written (so it holds what the site
 * really shows, rendered once, by Astro), and writes its first file, its postings shards
 * (index.<hash>.<n>.json) and each part's text (text.<hash>.<n>.json) to <assets>/search/. The browser learns the
 * first file's address from the module `virtual:search-index`,
 * which it imports only when someone starts to search. That address is fixed before the pages are
 * rendered, so its name is a hash of what the index is made from (content/, src/ and the config):
 * it changes whenever they do, and hosts can cache it for ever. The shards and texts are named
 * by the same hash and their number.
 */
export default function searchIndex(): AstroIntegration {
	let folder = '/_astro/search/';
	let root = '';
	let indexFile = '';
	let devIndex: Promise<BuiltSearchIndex> | undefined;

	return {
		name: 'search-index',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				folder = `${config.base.replace(/\/$/, '')}/${config.build.assets}/search/`;
				indexFile = `index.${inputsHash(root)}.json`;
				updateConfig({
					vite: {
						resolve: { alias: [{ find: /^flexsearch$/, replacement: FLEXSEARCH_COMPACT }] },
						plugins: [
							{
								name: 'search-index',
								resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
								load: (id: string) =>
									id === RESOLVED_ID ? `export const searchFolder = ${JSON.stringify(folder)};\nexport const indexFile = ${JSON.stringify(indexFile)};\n` : undefined,
								configureServer(server) {
									// `astro dev` has no dist/: the index is made from the pages as the dev server renders them.
									server.watcher.on('change', () => (devIndex = undefined));
									server.middlewares.use(async (request, response, next) => {
										if (!request.url?.startsWith(folder)) return next();
										const address = server.httpServer?.address();
										if (!address || typeof address === 'string') return next();
										const origin = `http://localhost:${address.port}`;
										devIndex ??= collectSearchPages(root, async (url) => {
											const page = await fetch(origin + url);
											return page.ok ? page.text() : undefined;
										}).then(buildSearchIndex);
										const { payload, shards, texts } = await devIndex;
										const name = request.url.slice(folder.length);
										const shard = shards.findIndex((_, n) => name === shardFile(indexFile, n));
										const text = texts.findIndex((_, n) => name === textFile(indexFile, n));
										const body = name === indexFile ? payload : shard !== -1 ? shards[shard] : texts[text];
										if (body === undefined) return next();
										response.setHeader('Content-Type', 'application/json');
										response.end(JSON.stringify(body));
									});
								},
							},
						],
					},
				});
			},
			// After the pages are written and before other integrations check them, so the index is in dist/ whatever they find.
			'astro:build:generated': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const pages = await searchPagesFromDist(root, distDir);
				const targets = checkActNowTargets(actNow, pages);
				if (targets.length > 0) throw new Error(`Search: an act-now answer would lead nowhere:\n  ${targets.join('\n  ')}`);
				const asked = checkAskedAs(askedAs, pages);
				if (asked.length > 0) throw new Error(`Search: the questions people asked name a page or section search does not have:\n  ${asked.join('\n  ')}`);
				const { payload, shards, texts } = await buildSearchIndex(pages);
				const outDir = join(distDir, ...folder.split('/').filter(Boolean));
				mkdirSync(outDir, { recursive: true });
				writeFileSync(join(outDir, indexFile), JSON.stringify(payload));
				shards.forEach((shard, n) => writeFileSync(join(outDir, shardFile(indexFile, n)), JSON.stringify(shard)));
				texts.forEach((text, n) => writeFileSync(join(outDir, textFile(indexFile, n)), JSON.stringify(text)));

				const problems = checkResultLinks(distDir, payload);
				if (problems.length > 0) throw new Error(`Search: ${problems.length} result(s) would lead nowhere (extra pages are declared in src/search/extra-documents.ts):\n  ${problems.join('\n  ')}`);
				logger.info(`Search index: ${payload.pages.titles.length} pages, ${decodePayload(payload).docs.length} results, written to ${folder}${indexFile}, ${shards.length} shards and ${texts.length} texts.`);
			},
		},
	};
}

/** A hash of everything the index is made from: content/, src/ and the project's config. */
function inputsHash(root: string): string {
	const hash = createHash('sha256');
	const add = (path: string) => {
		if (!existsSync(path)) return;
		for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const child = join(path, entry.name);
			if (entry.isDirectory()) add(child);
			else hash.update(`${child.slice(root.length)}\n`).update(readFileSync(child));
		}
	};
	add(join(root, 'content'));
	add(join(root, 'src'));
	for (const file of ['astro.config.mjs', 'package-lock.json']) if (existsSync(join(root, file))) hash.update(file).update(readFileSync(join(root, file)));
	return hash.digest('hex').slice(0, 12);
}

/** Every page and section a result links to must be on the built site, or the result would lead nowhere. */
function checkResultLinks(distDir: string, file: SearchPayload): string[] {
	const payload = decodePayload(file);
	const pages = new Map<number, string | undefined>();
	const html = (page: number) => {
		if (!pages.has(page)) {
			const file = fileForPath(distDir, payload.pages[page][0]);
			pages.set(page, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
		}
		return pages.get(page);
	};
	const results = payload.docs.flatMap(([page, anchor, heading]) => {
		const url = payload.pages[page][0];
		const text = html(page);
		if (text === undefined) return anchor ? [] : [`${url}: there is no such page in the built site`];
		if (!anchor || text.includes(`id="${anchor}"`)) return [];
		return [`${url}: the section "${heading}" links to #${anchor}, which is not on the page`];
	});
	const answers = payload.actNow.concepts.flatMap((concept) => (concept.adult ? [concept, concept.adult] : [concept]));
	const actNowTargets = answers.flatMap(({ id, target }) => {
		const [url, anchor] = target.split('#');
		const page = payload.pages.findIndex(([pageUrl]) => pageUrl === url);
		const text = page === -1 ? undefined : html(page);
		if (text === undefined) return [`content/data/act-now.json: "${id}" leads to ${url}, which is not in the built site`];
		if (anchor && !text.includes(`id="${anchor}"`)) return [`content/data/act-now.json: "${id}" leads to ${target}, but #${anchor} is not on the page`];
		return [];
	});
	return [...results, ...actNowTargets];
}
