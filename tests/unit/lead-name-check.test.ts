import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkActNowLeadName, checkLeadName, checkOutcomeBodyLeadName, checkTitleAndSummaryLeadName, namesEnglandsLeadOnly, titledPages } from '../../src/checks/check-lead-name';
import { actNow } from '../../src/data/act-now';
import { type ContentFile, readContent } from '../../src/checks/read-content';
import { readFlow } from '../../src/wizard/read-flow';

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

describe('checkActNowLeadName', () => {
	/** The act-now file with one answer's summary (a child's, or the first adult's) changed. */
	const withSummary = (summary: string, adult = false) => {
		const index = actNow.concepts.findIndex((concept) => concept.adult);
		const concepts = actNow.concepts.map((concept, i) => (i !== index ? concept : adult ? { ...concept, adult: { ...concept.adult!, summary } } : { ...concept, summary }));
		return { file: { ...actNow, concepts }, field: adult ? `concepts[${index}].adult.summary` : `concepts[${index}].summary` };
	};

	it('passes every act-now answer on the site', () => {
		expect(checkActNowLeadName(actNow)).toEqual([]);
	});

	it('names the file and field of a child\'s or an adult\'s answer that calls the lead by England\'s title only, and says what to write', () => {
		for (const adult of [false, true]) {
			const { file, field } = withSummary('Tell your DSL now and report it.', adult);
			const escaped = field.replace(/[.[\]]/g, '\\$&');
			expect(checkActNowLeadName(file)).toEqual([expect.stringMatching(new RegExp(`^content/data/act-now\\.json: field "${escaped}" \\("[a-z-]+"\\): names the safeguarding lead as "DSL" \\(England\\).*"your :nation\\[lead\\]"`))]);
		}
	});

	it('finds any one nation\'s title, in full, shortened or with other hyphens, not the words true everywhere', () => {
		for (const summary of ['Tell your designated safeguarding lead now.', 'Tell your designated safeguarding person now.', 'Tell the DSP now.', 'Tell your child protection co-ordinator now.', 'Tell the designated teacher now.']) {
			expect(checkActNowLeadName(withSummary(summary).file), summary).toHaveLength(1);
		}
		expect(checkActNowLeadName(withSummary('Tell your safeguarding lead now.').file)).toEqual([]);
		expect(checkActNowLeadName(withSummary('Tell your :nation[lead] now.').file)).toEqual([]);
	});

	it('refuses a nation fact with no short form for a reader who has chosen no nation', () => {
		expect(checkActNowLeadName(withSummary('Report it to :nation[police].').file)).toEqual([expect.stringMatching(/:nation\[police\] has no short form.*add "neutral"/)]);
	});
});

describe('checkTitleAndSummaryLeadName', () => {
	const pages = titledPages(readContent(root), readFlow(root));
	const outcome = pages.find((page) => page.file === 'content/wizard/outcomes/child-at-risk.md')!;
	const withOutcome = (changes: Partial<typeof outcome>) => pages.map((page) => (page === outcome ? { ...page, ...changes } : page));

	it('reads every guide, platform page and wizard outcome, and passes them all', () => {
		expect(pages.some((page) => page.file.startsWith('content/guides/'))).toBe(true);
		expect(pages.some((page) => page.file.startsWith('content/platforms/'))).toBe(true);
		expect(outcome).toBeDefined();
		expect(checkTitleAndSummaryLeadName(pages)).toEqual([]);
	});

	it('names the file and field of a summary that calls the lead by one nation\'s title, even when the page\'s words give every nation\'s, and says what to write', () => {
		expect(checkTitleAndSummaryLeadName(withOutcome({ summary: 'Tell your DSL now and follow your procedure.' }))).toEqual([
			expect.stringMatching(/^content\/wizard\/outcomes\/child-at-risk\.md: field "summary": names the safeguarding lead as "DSL" \(England\).*"your :nation\[lead\]"/),
		]);
		for (const summary of ['Tell your designated safeguarding person now.', 'Tell the designated teacher now.', 'Tell your child protection co-ordinator now.']) {
			expect(checkTitleAndSummaryLeadName(withOutcome({ summary })), summary).toHaveLength(1);
		}
	});

	it('refuses one nation\'s title, or a nation fact, in a title', () => {
		expect(checkTitleAndSummaryLeadName(withOutcome({ title: 'Tell the DSL' }))).toEqual([expect.stringMatching(/child-at-risk\.md: field "title": names the safeguarding lead as "DSL"/)]);
		expect(checkTitleAndSummaryLeadName(withOutcome({ title: 'Tell your :nation[lead]' }))).toEqual([expect.stringMatching(/child-at-risk\.md: field "title": .*cannot hold :nation\[lead\]/)]);
	});

	it('refuses a nation fact in a summary that has no short form', () => {
		expect(checkTitleAndSummaryLeadName(withOutcome({ summary: 'Report it to :nation[police] now.' }))).toEqual([expect.stringMatching(/field "summary": :nation\[police\] has no short form/)]);
	});
});

describe('checkOutcomeBodyLeadName', () => {
	const wizard = readFlow(root);
	const outcomes = (wizard.flow?.outcomes ?? []).map((outcome) => ({ file: outcome.file, body: wizard.outcomeBodies.get(outcome.id) ?? '' }));
	const one = (body: string) => [{ file: 'content/wizard/outcomes/x.md', body }];

	it('reads every wizard outcome, and passes them all', () => {
		expect(outcomes.length).toBeGreaterThan(20);
		expect(checkOutcomeBodyLeadName(outcomes)).toEqual([]);
	});

	it('names the file, line and field of a line that calls the lead by one nation\'s title, and says what to write', () => {
		expect(checkOutcomeBodyLeadName(one('\n\nReport it.\nTell your DSL too if pupils are involved.\n'))).toEqual([
			expect.stringMatching(/^content\/wizard\/outcomes\/x\.md:4: field "body": names the safeguarding lead as "DSL" \(England\).*"your :nation\[lead\]".*"your safeguarding lead"/),
		]);
		for (const line of ['1. **Tell your designated safeguarding lead (DSL) now.**', 'Tell your designated safeguarding person now.', 'Tell the designated teacher now.', 'Tell your child protection co-ordinator now.']) {
			expect(checkOutcomeBodyLeadName(one(line)), line).toHaveLength(1);
		}
	});

	it('passes the lead as a nation fact or in neutral words, a line explaining every nation\'s title, and a nation\'s own title in its block', () => {
		expect(checkOutcomeBodyLeadName(one('Tell your :nation[lead] now.\nTell your safeguarding lead now.\nSee [the step](/guides/grooming/#step-tell-your-dsl-now).'))).toEqual([]);
		expect(checkOutcomeBodyLeadName(one('Tell your DSL now. Where this page says DSL, it means your :nation[lead].'))).toEqual([]);
		expect(checkOutcomeBodyLeadName(one('The lead is the DSL in England, the designated safeguarding person in Wales, the child protection coordinator in Scotland and the designated teacher in Northern Ireland.'))).toEqual([]);
		expect(checkOutcomeBodyLeadName(one('Report it. In Northern Ireland, the designated teacher decides whether to refer it.'))).toEqual([]);
		expect(checkOutcomeBodyLeadName(one('In Scotland, ask social work. The designated teacher decides.'))).toHaveLength(1);
		expect(checkOutcomeBodyLeadName(one('::::nations{#uk-nations}\n:::england\nTell your DSL.\n:::\n:::wales\nTell your DSL.\n:::\n::::'))).toEqual([expect.stringMatching(/x\.md:6: /)]);
	});
});
