import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { actNow } from '../data/act-now';
import { checkActNowTargets } from './act-now';
import { type BuiltSearchIndex, buildSearchIndex } from './build-index';
import type { SearchPayload } from './payload';
import { collectSearchPages } from './sources';

const VIRTUAL_ID = 'virtual:search-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Builds the search index once per build, from content/ and the extra documents, and writes it
 * with each page's fragment to <assets>/search/ under names that change when the content does
 * (so they can be cached for ever). The browser learns the index's address from the module
 * `virtual:search-index`, which it imports only when someone starts to search.
 */
export default function searchIndex(): AstroIntegration {
	let built: Promise<BuiltSearchIndex & { indexFile: string }> | undefined;
	let folder = '/_astro/search/';
	let root = '';

	const build = () => {
		built ??= collectSearchPages(root)
			.then((pages) => {
				const problems = checkActNowTargets(actNow, pages);
				if (problems.length > 0) throw new Error(`Search: an act-now answer would lead nowhere:\n  ${problems.join('\n  ')}`);
				return buildSearchIndex(pages);
			})
			.then((result) => {
				const hash = createHash('sha256').update(JSON.stringify(result.payload)).digest('hex').slice(0, 12);
				return { ...result, indexFile: `index.${hash}.json` };
			});
		return built;
	};

	return {
		name: 'search-index',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				folder = `${config.base.replace(/\/$/, '')}/${config.build.assets}/search/`;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'search-index',
								resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
								load: async (id: string) => {
									if (id !== RESOLVED_ID) return undefined;
									const { indexFile } = await build();
									return `export const searchFolder = ${JSON.stringify(folder)};\nexport const indexFile = ${JSON.stringify(indexFile)};\n`;
								},
								configureServer(server) {
									// `astro dev` has no dist/: answer the same addresses from memory.
									server.middlewares.use(async (request, response, next) => {
										if (!request.url?.startsWith(folder)) return next();
										const { payload, fragments, indexFile } = await build();
										const name = request.url.slice(folder.length);
										const body = name === indexFile ? payload : fragments.get(name);
										if (!body) return next();
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
				const { payload, fragments, indexFile } = await build();
				const outDir = join(distDir, ...folder.split('/').filter(Boolean));
				mkdirSync(outDir, { recursive: true });
				writeFileSync(join(outDir, indexFile), JSON.stringify(payload));
				for (const [name, fragment] of fragments) writeFileSync(join(outDir, name), JSON.stringify(fragment));

				const problems = checkResultLinks(distDir, payload);
				if (problems.length > 0) throw new Error(`Search: ${problems.length} result(s) would lead nowhere (extra pages are declared in src/search/extra-documents.ts):\n  ${problems.join('\n  ')}`);
				logger.info(`Search index: ${payload.pages.length} pages, ${payload.docs.length} results, written to ${folder}${indexFile}.`);
			},
		},
	};
}

/** Every page and section a result links to must be on the built site, or the result would lead nowhere. */
function checkResultLinks(distDir: string, payload: SearchPayload): string[] {
	const pages = new Map<number, string | undefined>();
	const html = (page: number) => {
		if (!pages.has(page)) {
			const file = join(distDir, ...payload.pages[page][0].split('/').filter(Boolean), 'index.html');
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
	const actNowTargets = payload.actNow.flatMap(({ id, target }) => {
		const [url, anchor] = target.split('#');
		const page = payload.pages.findIndex(([pageUrl]) => pageUrl === url);
		const text = page === -1 ? undefined : html(page);
		if (text === undefined) return [`content/data/act-now.json: "${id}" leads to ${url}, which is not in the built site`];
		if (anchor && !text.includes(`id="${anchor}"`)) return [`content/data/act-now.json: "${id}" leads to ${target}, but #${anchor} is not on the page`];
		return [];
	});
	return [...results, ...actNowTargets];
}
