import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLeadName, namesEnglandsLeadOnly } from '../../src/checks/check-lead-name';
import { type ContentFile, readContent } from '../../src/checks/read-content';

const root = process.cwd();

function page(body: string, overrides: Partial<ContentFile> = {}): ContentFile {
	return { kind: 'guides', slug: 'x', file: 'content/guides/x.md', frontmatter: { title: 'X', summary: 'Y.' }, body, ...overrides };
}

describe('namesEnglandsLeadOnly', () => {
	it('is true when a page says DSL and never gives each nation’s name', () => {
		expect(namesEnglandsLeadOnly('Tell your DSL now.')).toBe(true);
		expect(namesEnglandsLeadOnly('Tell your designated safeguarding lead now.')).toBe(true);
	});

	it('is false when the page also gives :nation[lead], or only links to an anchor', () => {
		expect(namesEnglandsLeadOnly('Tell your :nation[lead] now. Where this page says DSL, it means them.')).toBe(false);
		expect(namesEnglandsLeadOnly('See [the step](/guides/x/#step-tell-the-dsl-now).')).toBe(false);
		expect(namesEnglandsLeadOnly('Tell your safeguarding lead now.')).toBe(false);
	});
});

describe('checkLeadName', () => {
	it('passes every guide and platform page on the site', () => {
		expect(checkLeadName(root, readContent(root))).toEqual([]);
	});

	it('names a guide that says DSL with no nation’s name, at the line of its first mention, and says what to write', () => {
		const body = '\n\n\nIntro.\n\n:::safeguarding[Act now]\n- Tell your DSL now.\n- Tell the DSL again.\n:::\n';
		const problems = checkLeadName(root, [page(body)]);
		expect(problems).toEqual([expect.stringMatching(/^content\/guides\/x\.md:7: .*"DSL".*write "your :nation\[lead\]"/)]);
	});

	it('names a platform page the same way', () => {
		const problems = checkLeadName(root, [page('## In short\n\nTell your DSL now.\n', { kind: 'platforms', slug: 'tiktok', file: 'content/platforms/tiktok.md' })]);
		expect(problems).toEqual([expect.stringMatching(/^content\/platforms\/tiktok\.md:3: /)]);
	});

	it('reads England’s name in full, the title and summary, and the snippets a page includes', () => {
		expect(checkLeadName(root, [page('Tell your designated safeguarding lead now.\n')])).toEqual([expect.stringMatching(/^content\/guides\/x\.md:1: /)]);
		expect(checkLeadName(root, [page('Report it.\n', { frontmatter: { title: 'X', summary: 'What the DSL does.' } })])).toEqual([expect.stringMatching(/^content\/guides\/x\.md: field "summary": /)]);
		const withSnippet = mkdtempSync(join(tmpdir(), 'lead-name-'));
		try {
			mkdirSync(join(withSnippet, 'content', 'snippets'), { recursive: true });
			writeFileSync(join(withSnippet, 'content', 'snippets', 'tell-someone.md'), 'Tell the DSL now.\n');
			expect(checkLeadName(withSnippet, [page('::snippet[tell-someone]\n')])).toEqual([expect.stringMatching(/^content\/guides\/x\.md \(in a ::snippet it includes\): /)]);
		} finally {
			rmSync(withSnippet, { recursive: true, force: true });
		}
	});

	it('passes a page that gives each nation’s name once, and one that never names the role', () => {
		expect(checkLeadName(root, [page('Tell your DSL now. Where this page says DSL, it means your :nation[lead].\n')])).toEqual([]);
		expect(checkLeadName(root, [page('Report it. See [who to tell](/guides/grooming/#step-tell-the-dsl-now).\n')])).toEqual([]);
	});
});
