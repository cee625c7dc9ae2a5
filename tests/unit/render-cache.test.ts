import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { clearIfInputsChanged, RENDER_INPUTS } from '../../src/integrations/render-cache';

const root = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the files a render reads, and a cache folder holding a data store. */
function project() {
	const copy = mkdtempSync(join(tmpdir(), 'render-cache-'));
	made.push(copy);
	for (const folder of RENDER_INPUTS) cpSync(join(root, folder), join(copy, folder), { recursive: true });
	const cache = join(copy, 'cache');
	mkdirSync(cache);
	const store = join(cache, 'data-store.json');
	writeFileSync(store, '{}');
	return { copy, cache, store };
}

describe('render cache (Astro keeps rendered pages between builds)', () => {
	it('keeps the cached pages while nothing a render reads has changed', () => {
		const { copy, cache, store } = project();
		clearIfInputsChanged(copy, cache);
		writeFileSync(store, '{}');
		expect(clearIfInputsChanged(copy, cache)).toBe(false);
		expect(existsSync(store)).toBe(true);
	});

	it.each(['content/data/nations.json', 'content/data/services.json', 'content/snippets/never-capture.md', 'src/markdown/remark-services.ts'])(
		'renders every page again after a change to %s',
		(file) => {
			const { copy, cache, store } = project();
			clearIfInputsChanged(copy, cache);
			writeFileSync(store, '{}');
			const path = join(copy, file);
			writeFileSync(path, `${readFileSync(path, 'utf8')} `);
			expect(clearIfInputsChanged(copy, cache)).toBe(true);
			expect(existsSync(store)).toBe(false);
		},
	);
});
