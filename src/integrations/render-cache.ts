import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folders whose files a page's render reads, besides the page's own Markdown. */
export const RENDER_INPUTS = ['content/data', 'content/snippets', 'src/markdown', 'src/data', 'src/schemas'];

/** Where Astro keeps each page's rendered HTML between builds, in its cache folder. */
const DATA_STORE = 'data-store.json';
/** Where this integration keeps the digest of RENDER_INPUTS that the cached pages were rendered with. */
const DIGEST_FILE = 'render-inputs.sha256';

/**
 * Astro keeps each Markdown page's rendered HTML between builds (its content layer's data store)
 * until the page's own file, the content config or Astro's config changes. A page's render also reads
 * the data files, the snippets and the plugins: after a change to nations.json or services.json,
 * every page whose own file was unchanged kept the old wording or phone number. CI builds from a
 * fresh clone, so only a working copy was hit, but that is where an editor checks a change. So when
 * any file in RENDER_INPUTS has changed since the last build, the data store is deleted before Astro
 * reads it, and every page is rendered again.
 */
export default function renderCache(): AstroIntegration {
	return {
		name: 'render-cache',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				// A preview serves what is built and renders nothing.
				if (command === 'preview') return;
				const cacheDir = fileURLToPath(config.cacheDir);
				if (clearIfInputsChanged(fileURLToPath(config.root), cacheDir)) logger.info('Data, snippets or Markdown plugins changed since the last build: rendering every page again.');
			},
		},
	};
}

/** Deletes the data store when the render inputs differ from those it was made with; true if it did. */
export function clearIfInputsChanged(root: string, cacheDir: string): boolean {
	const digest = renderInputsDigest(root);
	const digestFile = join(cacheDir, DIGEST_FILE);
	const previous = existsSync(digestFile) ? readFileSync(digestFile, 'utf8') : undefined;
	const store = join(cacheDir, DATA_STORE);
	const cleared = previous !== digest && existsSync(store);
	if (cleared) rmSync(store, { force: true });
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(digestFile, digest);
	return cleared;
}

/** A hash of every file in RENDER_INPUTS, by path and content. */
export function renderInputsDigest(root: string): string {
	const hash = createHash('sha256');
	for (const folder of RENDER_INPUTS) {
		const dir = join(root, folder);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
			const path = join(dir, name);
			if (!statSync(path).isFile()) continue;
			hash.update(`${folder}/${name}\0`).update(readFileSync(path)).update('\0');
		}
	}
	return hash.digest('hex');
}
