import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bankHolidaysWarning } from '../../src/checks/check-bank-holidays';
import { checkBuiltSite } from '../../src/checks/check-built-site';
import { checkUrlManifest, publicUrls } from '../../src/checks/check-url-manifest';
import { checkCrossReferences, redirectsFrom } from '../../src/checks/check-cross-references';
import { checkFrontmatter } from '../../src/checks/check-frontmatter';
import { checkImageSafety, findCaptureAdviceWithoutBlock, findUnqualifiedCaptureAdvice, findUnsafeCaptureAdvice } from '../../src/checks/check-image-safety';
import { checkMarkdown } from '../../src/checks/check-markdown';
import { type ContentFile, readContent } from '../../src/checks/read-content';

const frontmatter = {
	title: 'Fake accounts',
	summary: 'What to do when someone pretends to be you online.',
	categories: ['online-reputation'],
	audience: ['all-staff'],
	lastReviewed: '2026-11-20',
};

function guide(slug: string, overrides: Partial<ContentFile> = {}): ContentFile {
	return { kind: 'guides', slug, file: `content/guides/${slug}.md`, frontmatter, body: '## In short\n\nReport it.', ...overrides };
}

describe('checkFrontmatter', () => {
	it('passes a valid guide', () => {
		expect(checkFrontmatter([guide('fake-accounts')])).toEqual([]);
	});

	it('names the file and field of a bad value', () => {
		const bad = guide('fake-accounts', { frontmatter: { ...frontmatter, audience: ['parents'] } });
		expect(checkFrontmatter([bad])).toEqual([expect.stringMatching(/^content\/guides\/fake-accounts\.md: field "audience\[0\]": "parents" is not a known audience\. Allowed: all-staff/)]);
	});

	it('refuses a file name that would make a bad URL', () => {
		expect(checkFrontmatter([guide('Fake_Accounts')])[0]).toMatch(/content\/guides\/Fake_Accounts\.md: the file name becomes the URL/);
	});
});

describe('checkCrossReferences', () => {
	it('names a related page that does not exist', () => {
		const entry = guide('a', { frontmatter: { ...frontmatter, related: ['/guides/missing/'] } });
		expect(checkCrossReferences([entry])).toEqual([expect.stringMatching(/content\/guides\/a\.md: field "related": \/guides\/missing\/ is not a page/)]);
	});

	it('names a platform with no page', () => {
		const entry = guide('a', { frontmatter: { ...frontmatter, platforms: ['myspace'] } });
		expect(checkCrossReferences([entry])[0]).toMatch(/field "platforms": "myspace" has no page/);
	});

	it('refuses a former URL that is still a live page, or claimed twice', () => {
		const a = guide('a', { frontmatter: { ...frontmatter, formerUrls: ['/guides/b/', '/guides/old/'] } });
		const b = guide('b', { frontmatter: { ...frontmatter, formerUrls: ['/guides/old/'] } });
		const problems = checkCrossReferences([a, b]);
		expect(problems).toContainEqual(expect.stringMatching(/a\.md: field "formerUrls": \/guides\/b\/ is a live page/));
		expect(problems).toContainEqual(expect.stringMatching(/b\.md: field "formerUrls": \/guides\/old\/ already redirects to \/guides\/a\//));
	});

	it('turns former URLs into redirects to the page', () => {
		const entry = guide('impersonation', { frontmatter: { ...frontmatter, formerUrls: ['/guides/fake-accounts/'] } });
		expect(redirectsFrom([entry])).toEqual({ '/guides/fake-accounts/': '/guides/impersonation/' });
	});
});

describe('checkMarkdown', () => {
	it('names the file and line of an unknown service id', async () => {
		const entry = guide('a', { body: '\n\nCall :phone[childlime] now.' });
		expect(await checkMarkdown([entry])).toEqual([expect.stringMatching(/^content\/guides\/a\.md:3:\d+: Unknown service id "childlime"/)]);
	});

	it('names a platform page that lacks the standard sections', async () => {
		const entry: ContentFile = { kind: 'platforms', slug: 'p', file: 'content/platforms/p.md', frontmatter: {}, body: '## In short {#in-short}\n\nText.' };
		expect((await checkMarkdown([entry]))[0]).toMatch(/content\/platforms\/p\.md: missing the standard sections \{#report-a-post\}/);
	});

	it('refuses a page with no body', async () => {
		expect(await checkMarkdown([guide('a', { body: '\n\n' })])).toEqual(['content/guides/a.md: the page has no text below its frontmatter']);
	});
});

describe('checkBuiltSite', () => {
	const dist = mkdtempSync(join(tmpdir(), 'built-site-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const write = (path: string, html: string) => {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), html);
	};
	write('', '<a href="/guides/a/#steps">ok</a><a href="/guides/gone/">gone</a><a href="/guides/a/#nowhere">bad anchor</a><a href="#top">top</a><h1 id="top">Home</h1>');
	write('guides/a', '<h2 id="steps">Steps</h2><div class="prose" data-content-body><p>Text</p></div>');
	write('guides/empty', '<div class="prose" data-content-body></div>');

	it('reports each broken link and anchor with the page it is on, and empty pages', () => {
		expect(checkBuiltSite(dist).sort()).toEqual(
			[
				'/: link "/guides/gone/" points to a page that does not exist',
				'/: link "/guides/a/#nowhere" points to #nowhere, which is not on /guides/a/',
				"/guides/empty/: the page's content rendered empty; look for an [ERROR] from a Markdown plugin above",
			].sort(),
		);
	});
});

describe('findUnsafeCaptureAdvice', () => {
	const page = (body: string) => `A nude image of a pupil was shared.\n\n${body}`;

	it('flags advice to screenshot on a page about sexual images of children', () => {
		expect(findUnsafeCaptureAdvice(page('Take a screenshot of the\nimage for the police.'))).toEqual([
			{ line: 3, sentence: 'Take a screenshot of the image for the police.' },
		]);
	});

	it('flags keeping a sexual image anywhere', () => {
		expect(findUnsafeCaptureAdvice('Save the nude in a secure folder.')).toHaveLength(1);
	});

	it('accepts prohibitions, and advice plainly about non-sexual content', () => {
		expect(findUnsafeCaptureAdvice(page('Never screenshot, download or forward the image.'))).toEqual([]);
		expect(findUnsafeCaptureAdvice(page('Take a screenshot of non-sexual comments.'))).toEqual([]);
		expect(findUnsafeCaptureAdvice(page('Do not forward it; write down the username instead.'))).toEqual([]);
	});

	it('flags capturing or exporting, not only screenshots', () => {
		expect(findUnsafeCaptureAdvice('Export the chat with the nude images to your laptop.')).toHaveLength(1);
		expect(findUnsafeCaptureAdvice(page('Capture every item and keep a full log.'))).toHaveLength(1);
		expect(findUnsafeCaptureAdvice(page('Never capture or export a sexual image.'))).toEqual([]);
	});
});

describe('findCaptureAdviceWithoutBlock', () => {
	it('names the first screenshot advice on a page without the shared never-capture block', () => {
		const markdown = 'Record the link.\n\n- Take a screenshot of non-sexual posts.';
		expect(findCaptureAdviceWithoutBlock(markdown)).toEqual({ line: 3, sentence: '- Take a screenshot of non-sexual posts.' });
	});

	it('accepts the page once it includes the block, and a page that gives no such advice', () => {
		expect(findCaptureAdviceWithoutBlock('::snippet[never-capture]\n\nTake a screenshot of non-sexual posts.')).toBeUndefined();
		expect(findCaptureAdviceWithoutBlock('Write down the username and the link.')).toBeUndefined();
	});
});

describe('findUnqualifiedCaptureAdvice', () => {
	it('flags screenshot advice that does not say it is only for non-sexual content', () => {
		expect(findUnqualifiedCaptureAdvice('Take a screenshot of the chat first.')).toHaveLength(1);
		expect(findUnqualifiedCaptureAdvice('Take a screenshot of the chat first, but never of a sexual image.')).toEqual([]);
		expect(findUnqualifiedCaptureAdvice('For a non-sexual comment, take a screenshot first.')).toEqual([]);
	});
});

describe('checkImageSafety on wizard outcomes', () => {
	const root = mkdtempSync(join(tmpdir(), 'image-safety-'));
	for (const folder of ['guides', 'platforms', 'wizard/outcomes']) mkdirSync(join(root, 'content', folder), { recursive: true });
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const outcome = (safety: string) => `---\ntitle: Report the posts\nsafety: [${safety}]\n---\n\nTake a screenshot of non-sexual posts before you report them.\n`;

	it('names an outcome that advises a screenshot without the never-capture action', () => {
		writeFileSync(join(root, 'content/wizard/outcomes/report-posts.md'), outcome('dsl-now'));
		expect(checkImageSafety(root)).toEqual([expect.stringMatching(/^content\/wizard\/outcomes\/report-posts\.md: .*never-capture/)]);
	});

	it('accepts it once never-capture is in its safety list', () => {
		writeFileSync(join(root, 'content/wizard/outcomes/report-posts.md'), outcome('evidence, never-capture'));
		expect(checkImageSafety(root)).toEqual([]);
	});
});

describe('bankHolidaysWarning', () => {
	const data = { source: 'https://www.gov.uk/bank-holidays', covers: { from: 2026, to: 2028 }, dates: ['2026-01-01'] };

	it('is silent while the list covers the next six months', () => {
		expect(bankHolidaysWarning(data, new Date('2028-06-30T00:00:00Z'))).toBeUndefined();
	});

	it('warns when the list runs out within six months', () => {
		expect(bankHolidaysWarning(data, new Date('2028-07-02T00:00:00Z'))).toMatch(/covers bank holidays only until the end of 2028/);
	});
});

describe('readContent', () => {
	it('names the file and line when the frontmatter is not valid YAML', () => {
		const root = mkdtempSync(join(tmpdir(), 'read-content-'));
		mkdirSync(join(root, 'content', 'guides'), { recursive: true });
		mkdirSync(join(root, 'content', 'platforms'), { recursive: true });
		writeFileSync(join(root, 'content', 'guides', 'google.md'), '---\ntitle: Google: removing results\n---\nText.\n');
		try {
			expect(() => readContent(root)).toThrow(/^content\/guides\/google\.md:2: the frontmatter is not valid YAML .*needs quotes/);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('the URL manifest', () => {
	const root = mkdtempSync(join(tmpdir(), 'url-manifest-'));
	const dist = join(root, 'dist');
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const page = (path: string, html: string) => {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), html);
	};
	page('', '<h2 id="start">Start</h2>');
	page('guides/a', '<h2 id="what-to-do">What to do</h2><ol><li id="step-report-it" class="step">x</li><li id="note">y</li></ol>');
	mkdirSync(join(root, 'tests'), { recursive: true });

	it('lists pages, and the section and step anchors of guides, but no other ids', () => {
		expect(publicUrls(dist)).toEqual(['/', '/guides/a/', '/guides/a/#step-report-it', '/guides/a/#what-to-do']);
	});

	it('names a published URL that has disappeared, and counts new ones', () => {
		writeFileSync(join(root, 'tests', 'public-urls.txt'), '# comment\n/\n/guides/a/#what-to-do\n/guides/old/\n');
		const { problems, added } = checkUrlManifest(root, dist);
		expect(problems).toEqual([expect.stringMatching(/^\/guides\/old\/ was published .* no longer exists/)]);
		expect(added).toBe(2);
	});
});
