import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What `astro build` does with given content or environment, on throwaway copies of the project
 * built for real. A whole build takes a quarter of a minute, so there are as few builds as the
 * tests need (one whole build, and two that stop before building any page), started together so
 * that they run side by side, and shared by the tests that read them.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git', '.tools', '.astro', 'test-results', 'playwright-report', 'test-reports']);
/** The caches Astro and Vite keep in node_modules, which each copy has to itself. */
const OWN_CACHES = new Set(['.astro', '.vite']);
const copies: string[] = [];

interface Build {
	status: number | null;
	output: string;
	/** The copy's dist/ folder. */
	dist: string;
}

/** A copy of the project with these content files changed, built with these environment variables. */
function buildCopy(changes: Record<string, (text: string) => string>, env: Record<string, string>): Promise<Build> {
	const copy = mkdtempSync(join(tmpdir(), 'astro-build-'));
	copies.push(copy);
	cpSync(root, copy, { recursive: true, filter: (source) => !SKIP.has(source.slice(root.length).split('/')[0]) });
	// The packages are the project's, linked one by one; the caches Astro and Vite keep in
	// node_modules (.astro, .vite) are the copy's own, so builds side by side never read each
	// other's data store, and the project's own next build keeps its cache.
	mkdirSync(join(copy, 'node_modules'));
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (!OWN_CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
	}
	for (const [file, change] of Object.entries(changes)) {
		const path = join(copy, file);
		writeFileSync(path, change(readFileSync(path, 'utf8')));
	}
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output, dist: join(copy, 'dist') }));
	});
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const unknownServiceId = (text: string) => `${text}\n\nCall :phone[childlime].\n`;
const missingPageAndAnchor = (text: string) => `${text}\n\nSee [old advice](/guides/no-such-guide/) and [steps](/guides/impersonation/#no-such-step).\n`;
/** A `sectionAka` key that is a section of no page: valid frontmatter, found wrong only once the page is built. */
const sectionAkaForNoSection = (text: string) => text.replace(/^sectionAka:\n/m, '$&  no-such-section: [words for a section that is not there]\n');
const outcomeSectionAkaForNoSection = (text: string) => text.replace(/^title: .*$/m, '$&\nsectionAka: { no-such-section: [words for a section that is not there] }');
/** A step anchor written after a plain numbered list item's bold words, where no plugin reads it: the reader would see it. */
const anchorInPlainList = (text: string) => `${text}\n\n1. **Write it down.** {#step-shown-as-text} Note the time.\n`;
/** What the problems reported for the deploy's build below name: the files with a planted mistake, or the page made a marker. */
const PLANTED = /content\/guides\/grooming\.md|\/guides\/grooming\/|content\/guides\/cyberbullying\.md|content\/wizard\/outcomes\/ask-the-helpline\.md/;

/** The lines of a failed build's "N problems in the built site:" report, up to Astro's own Location and stack trace. */
function builtSiteProblems(output: string): string[] {
	// Colours, when the logger uses them, are not part of the words.
	const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
	const start = lines.findIndex((line) => /\d+ problems? in the built site:/.test(line));
	if (start === -1) return [];
	const end = lines.findIndex((line, index) => index > start && (/^\s*(Location|Stack trace):/.test(line) || !line.trim()));
	return lines.slice(start + 1, end === -1 ? undefined : end).map((line) => line.trim());
}

let deploy: Promise<Build>;
let badFrontmatter: Promise<Build>;
let hostWithoutSiteUrl: Promise<Build>;

beforeAll(() => {
	/**
	 * A deploy's build (SITE_URL set) with one mistake of each kind found only once the pages are
	 * built: a plugin's marker, a link's target, a `sectionAka` key for a section the page does not
	 * have. These fail the build after it has written every page, the sitemap, robots.txt and the
	 * feed (content-guard checks the built site after the other integrations have written their
	 * files), all reported together: so one whole build proves every message and, from its dist/,
	 * that every address on the site follows SITE_URL.
	 */
	deploy = buildCopy(
		{
			'content/guides/grooming.md': unknownServiceId,
			'content/guides/cyberbullying.md': (text) => sectionAkaForNoSection(missingPageAndAnchor(text)),
			'content/wizard/outcomes/ask-the-helpline.md': (text) => anchorInPlainList(outcomeSectionAkaForNoSection(text)),
		},
		{ SITE_URL: 'https://example.org' },
	);
	// Stopped before any page is built: frontmatter, and (reported with it) a page that calls the
	// safeguarding lead by England's name only.
	badFrontmatter = buildCopy(
		{
			'content/guides/impersonation.md': (text) => text.replace(/^categories: .*$/m, 'categories: [fake-news]'),
			'content/platforms/tiktok.md': (text) => `${text.replaceAll(':nation[lead]', 'DSL')}\nTell the DSL now.\n`,
			// A summary in England's words, on an outcome whose own words give every nation's.
			'content/wizard/outcomes/child-at-risk.md': (text) => text.replace(/^summary: .*$/m, 'summary: Tell your DSL now and follow your school’s child protection procedure.'),
			// A line of an outcome's words in England's title, on an outcome whose safety actions give every nation's.
			'content/wizard/outcomes/extortion-of-the-school.md': (text) => `${text}\nIf pupils are involved, tell your DSL too.\n`,
		},
		{},
	);
	// A static host's build: it sets NETLIFY (or the like), and SITE_URL has been forgotten.
	hostWithoutSiteUrl = buildCopy({}, { SITE_URL: '', NETLIFY: 'true' });
});

afterAll(async () => {
	await Promise.allSettled([deploy, badFrontmatter, hostWithoutSiteUrl]);
	for (const copy of copies) rmSync(copy, { recursive: true, force: true });
	// Waiting for a build a failed test left running, and removing three copies of the project, can
	// take longer than vitest's 10 s for a hook on a loaded machine.
}, 180_000);

describe('astro build', () => {
	it('fails on bad frontmatter, naming the file, the field and what is allowed', async () => {
		const { status, output } = await badFrontmatter;
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/impersonation\.md: field "categories\[0\]": "fake-news" is not one of the helpline's categories\. Allowed: social-networks/);
	}, 60_000);

	it('fails on a page that says "DSL" and never gives each nation’s name for the role, naming the file and line and what to write', async () => {
		const { status, output } = await badFrontmatter;
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/platforms\/tiktok\.md:\d+: the page calls the safeguarding lead "DSL".*write "your :nation\[lead\]"/);
	}, 60_000);

	it('fails on a summary that names the safeguarding lead by one nation’s title, naming the file and field and what to write', async () => {
		const { status, output } = await badFrontmatter;
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/wizard\/outcomes\/child-at-risk\.md: field "summary": names the safeguarding lead as "DSL" \(England\).*Write "your :nation\[lead\]" instead/);
	}, 60_000);

	it('fails on a line of an outcome\'s words that names the safeguarding lead by one nation\'s title, naming the file, line and field and what to write', async () => {
		const { status, output } = await badFrontmatter;
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/wizard\/outcomes\/extortion-of-the-school\.md:\d+: field "body": names the safeguarding lead as "DSL" \(England\).*"your :nation\[lead\]"/);
	}, 60_000);

	it('fails on an unknown service id, naming the file and line', async () => {
		const line = unknownServiceId(readFileSync(join(root, 'content/guides/grooming.md'), 'utf8')).split('\n').findIndex((l) => l.includes('childlime')) + 1;
		const { status, output } = await deploy;
		expect(status).not.toBe(0);
		expect(output).toContain(`content/guides/grooming.md:${line}:6: Unknown service id "childlime"`);
	}, 180_000);

	it('fails on a link to a missing page or anchor, naming the source file and line and the link', async () => {
		const { status, output } = await deploy;
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md:\d+: link "\/guides\/no-such-guide\/" points to a page that does not exist/);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md:\d+: link "\/guides\/impersonation\/#no-such-step" points to #no-such-step, which is not on \/guides\/impersonation\//);
	}, 180_000);

	it('fails on an {#id} that the page shows as words, naming the file and the anchor, once', async () => {
		const { status, output } = await deploy;
		expect(status).not.toBe(0);
		const shown = builtSiteProblems(output).filter((problem) => problem.includes('{#step-shown-as-text}'));
		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatch(/^content\/wizard\/outcomes\/ask-the-helpline\.md: "\{#step-shown-as-text\}" shows as text/);
	}, 180_000);

	it('fails on a sectionAka key that is not a section of its page, in a guide or a wizard outcome, naming the file, the field and the anchors the page has', async () => {
		const { status, output } = await deploy;
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/cyberbullying\.md: field "sectionAka": "no-such-section" is not a section of this page\. Use the anchor of one of its h2 or h3 headings: [a-z0-9-]+, [a-z0-9-]+/);
		expect(output).toMatch(/content\/wizard\/outcomes\/ask-the-helpline\.md: field "sectionAka": "no-such-section" is not a section of this page\. Use the anchor of one of its h2 or h3 headings: [a-z0-9-]+/);
	}, 180_000);
});

describe('the site address', () => {
	it('comes from SITE_URL: every canonical link, og:url, the sitemap, robots.txt and the feed use it', async () => {
		const { output, dist } = await deploy;
		// The deploy's build failed only on the planted mistakes, once it had built the site: nothing
		// about the address stopped it or broke a page. (The page with the unknown service id is shipped
		// as a marker, so the anchors published on it and the links to them are reported too.)
		const problems = builtSiteProblems(output);
		expect(problems.length, output).toBeGreaterThanOrEqual(5);
		expect(problems.filter((problem) => !PLANTED.test(problem))).toEqual([]);
		expect(output).not.toMatch(/content problems?:/);
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

	it('must be set on a static host: the build stops and says what to set', async () => {
		const { status, output } = await hostWithoutSiteUrl;
		expect(status).not.toBe(0);
		expect(output).toMatch(/SITE_URL is not set/);
	}, 120_000);
});
