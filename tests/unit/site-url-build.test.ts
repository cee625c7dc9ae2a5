import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git', '.tools', '.astro', 'test-results', 'playwright-report', 'test-reports']);
const copy = mkdtempSync(join(tmpdir(), 'site-url-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Builds a throwaway copy of the project with these environment variables. */
function build(env: Record<string, string | undefined>) {
	cpSync(root, copy, { recursive: true, filter: (source) => !SKIP.has(source.slice(root.length).split('/')[0]) });
	try {
		symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	} catch {
		// Already linked by an earlier build in this file.
	}
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

describe('the site address', () => {
	it('comes from SITE_URL: every canonical link, og:url, the sitemap, robots.txt and the feed use it', () => {
		const { status, output } = build({ SITE_URL: 'https://example.org' });
		expect(status, output).toBe(0);
		const dist = join(copy, 'dist');
		const pages = htmlFiles(dist).map((file) => readFileSync(file, 'utf8')).filter((html) => html.includes('rel="canonical"'));
		expect(pages.length).toBeGreaterThan(100);
		for (const html of pages) {
			expect(html).toMatch(/<link rel="canonical" href="https:\/\/example\.org\//);
			expect(html).toMatch(/<meta property="og:url" content="https:\/\/example\.org\//);
			expect(html).not.toContain('localhost:4321');
		}
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/sitemap.xml');
		const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs.length).toBeGreaterThan(50);
		expect(locs.every((loc) => loc.startsWith('https://example.org/'))).toBe(true);
		expect(readFileSync(join(dist, 'changes', 'feed.xml'), 'utf8')).toContain('<id>https://example.org/changes/feed.xml</id>');
	}, 180_000);

	it('must be set on a static host: the build stops and says what to set', () => {
		const { status, output } = build({ SITE_URL: '', NETLIFY: 'true' });
		expect(status).not.toBe(0);
		expect(output).toMatch(/SITE_URL is not set/);
	}, 120_000);
});
