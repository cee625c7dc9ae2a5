import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git', '.tools', '.astro', 'test-results', 'playwright-report']);
let copies: string[] = [];

/** A throwaway copy of the project, with one content file changed, built for real. */
function buildWithChange(file: string, change: (text: string) => string): { status: number | null; output: string } {
	const copy = mkdtempSync(join(tmpdir(), 'build-fails-'));
	copies.push(copy);
	cpSync(root, copy, { recursive: true, filter: (source) => !SKIP.has(source.slice(root.length).split('/')[0]) });
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	const path = join(copy, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
	copies.forEach((copy) => rmSync(copy, { recursive: true, force: true }));
	copies = [];
});

describe('astro build', () => {
	it('fails on bad frontmatter, naming the file, the field and what is allowed', () => {
		const { status, output } = buildWithChange('content/guides/impersonation.md', (text) => text.replace(/^categories: .*$/m, 'categories: [fake-news]'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/impersonation\.md: field "categories\[0\]": "fake-news" is not one of the helpline's categories\. Allowed: social-networks/);
	}, 60_000);

	it('fails on an unknown service id, naming the file and line', () => {
		const change = (text: string) => `${text}\n\nCall :phone[childlime].\n`;
		const line = change(readFileSync(join(root, 'content/guides/grooming.md'), 'utf8')).split('\n').findIndex((l) => l.includes('childlime')) + 1;
		const { status, output } = buildWithChange('content/guides/grooming.md', change);
		expect(status).not.toBe(0);
		expect(output).toContain(`content/guides/grooming.md:${line}:6: Unknown service id "childlime"`);
	}, 120_000);

	it('fails on a link to a missing page or anchor, naming the source file and line and the link', () => {
		const { status, output } = buildWithChange('content/guides/cyberbullying.md', (text) => `${text}\n\nSee [old advice](/guides/no-such-guide/) and [steps](/guides/impersonation/#no-such-step).\n`);
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md:\d+: link "\/guides\/no-such-guide\/" points to a page that does not exist/);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md:\d+: link "\/guides\/impersonation\/#no-such-step" points to #no-such-step, which is not on \/guides\/impersonation\//);
	}, 120_000);
});
