import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git', '.tools', '.astro', 'test-results', 'playwright-report', 'test-reports']);
const copies: string[] = [];

/** A throwaway copy of the project, with these content files changed, built for real. */
function buildWithChanges(changes: Record<string, (text: string) => string>): { status: number | null; output: string } {
	const copy = mkdtempSync(join(tmpdir(), 'build-fails-'));
	copies.push(copy);
	cpSync(root, copy, { recursive: true, filter: (source) => !SKIP.has(source.slice(root.length).split('/')[0]) });
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	for (const [file, change] of Object.entries(changes)) {
		const path = join(copy, file);
		writeFileSync(path, change(readFileSync(path, 'utf8')));
	}
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Built once, when first asked for, and shared: a whole build takes a quarter of a minute. */
function once<T>(make: () => T): () => T {
	let made: { value: T } | undefined;
	return () => (made ??= { value: make() }).value;
}

afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

const unknownServiceId = (text: string) => `${text}\n\nCall :phone[childlime].\n`;
const missingPageAndAnchor = (text: string) => `${text}\n\nSee [old advice](/guides/no-such-guide/) and [steps](/guides/impersonation/#no-such-step).\n`;
/** A `sectionAka` key that is a section of no page: valid frontmatter, found wrong only once the page is built. */
const sectionAkaForNoSection = (text: string) => text.replace(/^sectionAka:\n/m, '$&  no-such-section: [words for a section that is not there]\n');
const outcomeSectionAkaForNoSection = (text: string) => text.replace(/^title: .*$/m, '$&\nsectionAka: { no-such-section: [words for a section that is not there] }');

/**
 * Mistakes found only once the pages are built (a plugin's marker, a link's target, a `sectionAka`
 * key for a section the page does not have) fail the build after it has built every page, all
 * reported together: one build with one mistake of each kind proves every message.
 */
const builtWithMistakesInPages = once(() =>
	buildWithChanges({
		'content/guides/grooming.md': unknownServiceId,
		'content/guides/cyberbullying.md': (text) => sectionAkaForNoSection(missingPageAndAnchor(text)),
		'content/wizard/outcomes/ask-the-helpline.md': outcomeSectionAkaForNoSection,
	}),
);

describe('astro build', () => {
	it('fails on bad frontmatter, naming the file, the field and what is allowed', () => {
		const { status, output } = buildWithChanges({ 'content/guides/impersonation.md': (text) => text.replace(/^categories: .*$/m, 'categories: [fake-news]') });
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/impersonation\.md: field "categories\[0\]": "fake-news" is not one of the helpline's categories\. Allowed: social-networks/);
	}, 60_000);

	it('fails on an unknown service id, naming the file and line', () => {
		const line = unknownServiceId(readFileSync(join(root, 'content/guides/grooming.md'), 'utf8')).split('\n').findIndex((l) => l.includes('childlime')) + 1;
		const { status, output } = builtWithMistakesInPages();
		expect(status).not.toBe(0);
		expect(output).toContain(`content/guides/grooming.md:${line}:6: Unknown service id "childlime"`);
	}, 120_000);

	it('fails on a link to a missing page or anchor, naming the source file and line and the link', () => {
		const { status, output } = builtWithMistakesInPages();
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md:\d+: link "\/guides\/no-such-guide\/" points to a page that does not exist/);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md:\d+: link "\/guides\/impersonation\/#no-such-step" points to #no-such-step, which is not on \/guides\/impersonation\//);
	}, 120_000);

	it('fails on a sectionAka key that is not a section of its page, in a guide or a wizard outcome, naming the file, the field and the anchors the page has', () => {
		const { status, output } = builtWithMistakesInPages();
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md: field "sectionAka": "no-such-section" is not a section of this page\. Use the anchor of one of its h2 or h3 headings: [a-z0-9-]+, [a-z0-9-]+/);
		expect(output).toMatch(/content\/wizard\/outcomes\/ask-the-helpline\.md: field "sectionAka": "no-such-section" is not a section of this page\. Use the anchor of one of its h2 or h3 headings: [a-z0-9-]+/);
	}, 120_000);
});
