import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkWizard } from '../../src/checks/check-wizard';
import { readContent } from '../../src/checks/read-content';

/** Each test copies the real content, breaks one thing, and expects a message naming the file. */
let root: string;
function brokenCopy(file: string, edit: (text: string) => string): string[] {
	root = mkdtempSync(join(tmpdir(), 'wizard-check-'));
	cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
	const path = join(root, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return checkWizard(root, readContent(root));
}
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

const Q = 'content/wizard/questions';

describe('checkWizard', () => {
	it('passes the real flow', () => {
		expect(checkWizard(process.cwd(), readContent(process.cwd()))).toEqual([]);
	});

	it('names the file when an answer leads to a node that does not exist', () => {
		const problems = brokenCopy(`${Q}/what-is-happening.md`, (t) => t.replace('next: scam-or-fraud', 'next: scams'));
		expect(problems.join('\n')).toMatch(/what-is-happening\.md: field "answers\[8\]\.next": "scams" is not a question or outcome/);
	});

	it('names an outcome nothing leads to', () => {
		const problems = brokenCopy(`${Q}/what-is-happening.md`, (t) => t.replace('next: scam-or-fraud', 'next: ask-the-helpline'));
		expect(problems).toContainEqual(expect.stringMatching(/^content\/wizard\/outcomes\/scam-or-fraud\.md: nothing leads here/));
	});

	it('rejects rules whose last one has a condition (a dead end)', () => {
		const problems = brokenCopy(`${Q}/where-is-it-happening.md`, (t) => t.replace('  - then: ask-the-helpline\n', ''));
		expect(problems.join('\n')).toMatch(/where-is-it-happening\.md: field "next\[9\]\.if": the last rule must have no "if"/);
	});

	it('names a platform with no page', () => {
		const problems = brokenCopy(`${Q}/where-is-it-happening.md`, (t) => t.replace('platform: roblox', 'platform: minecraft'));
		expect(problems.join('\n')).toMatch(/where-is-it-happening\.md: field "answers\[7\]\.platform": "minecraft" has no page/);
	});

	it('names a link to a guide that does not exist', () => {
		const problems = brokenCopy('content/wizard/outcomes/hacked-account.md', (t) => t.replace('related: [/guides/hacked-accounts/', 'related: [/guides/hacking/'));
		expect(problems.join('\n')).toMatch(/hacked-account\.md: field "related\[0\]": \/guides\/hacking\/ is not a page/);
	});

	it('refuses a safeguarding answer that leads to self-report', () => {
		const problems = brokenCopy(`${Q}/does-it-involve-any-of-these.md`, (t) => t.replace('next: adult-contacting-a-child', 'next: report-abusive-messages'));
		expect(problems.join('\n')).toMatch(/report-abusive-messages\.md: reached at .*\(after answer "adult-contacting-a-child" in content\/wizard\/questions\/does-it-involve-any-of-these\.md, marked "concern: grooming"\): after an adult contacting a child sexually \(grooming\), its kind must be safeguarding or emergency, not self-report/);
	});

	it('names the missing safety action when an outcome reached after a concern lacks it', () => {
		const problems = brokenCopy('content/wizard/outcomes/blackmail-of-an-adult.md', (t) => t.replace('stopncii, ', ''));
		expect(problems.join('\n')).toMatch(/blackmail-of-an-adult\.md: reached at \/report\/.*: after an adult being blackmailed \(sextortion \+ adult-victim\), "safety" must include stopncii/);
	});

	it('refuses "wait 48 hours" on an outcome a child-protection concern reaches', () => {
		const problems = brokenCopy('content/wizard/outcomes/tracking-of-a-child.md', (t) => t.replace('safety: [999, ', 'safety: [wait-48-hours, 999, '));
		expect(problems.join('\n')).toMatch(/tracking-of-a-child\.md: .*"safety" must not include wait-48-hours/);
	});

	it('requires never-capture wherever evidence advice is given', () => {
		const problems = brokenCopy('content/wizard/outcomes/scam-or-fraud.md', (t) => t.replace(', never-capture]', ']'));
		expect(problems.join('\n')).toMatch(/scam-or-fraud\.md: field "safety": gives evidence, so "safety" must include never-capture/);
	});

	it('requires "report, wait 48 hours, then escalate" on every self-report outcome', () => {
		const problems = brokenCopy('content/wizard/outcomes/report-abusive-posts.md', (t) => t.replace(', wait-48-hours]', ']'));
		expect(problems.join('\n')).toMatch(/report-abusive-posts\.md: field "safety": as a self-report outcome.*must include wait-48-hours/);
	});

	it('requires an outcome that says to wait 48 hours to link to the act-now outcomes for the cases that must not wait', () => {
		const problems = brokenCopy('content/wizard/outcomes/wait-for-the-platform.md', (t) => t.replace('::snippet[do-not-wait]\n', ''));
		expect(problems.join('\n')).toMatch(/wait-for-the-platform\.md: it says to wait 48 hours, so its words must also link to \/report\/outcome\/sexual-images-of-under-18s\//);
		expect(problems.join('\n')).toMatch(/wait-for-the-platform\.md: .*\/report\/outcome\/threat-of-violence\//);
	});

	it('names an unknown safety action and lists the allowed ones', () => {
		const problems = brokenCopy('content/wizard/outcomes/scam-or-fraud.md', (t) => t.replace('safety: [do-not-pay,', 'safety: [dont-pay,'));
		expect(problems.join('\n')).toMatch(/scam-or-fraud\.md: field "safety\[0\]": must be one of: 999, dsl-now/);
	});

	it('requires a file for every safety action, and no others', () => {
		const missing = brokenCopy('content/wizard/safety-actions/no-secrets.md', (t) => t);
		expect(missing).toEqual([]);
		rmSync(join(root, 'content/wizard/safety-actions/no-secrets.md'));
		writeFileSync(join(root, 'content/wizard/safety-actions/hug.md'), '---\nname: A hug\n---\n\nHug.\n');
		const problems = checkWizard(root, readContent(root)).join('\n');
		expect(problems).toMatch(/content\/wizard\/safety-actions\/no-secrets\.md is missing/);
		expect(problems).toMatch(/content\/wizard\/safety-actions\/hug\.md: "hug" is not a safety action/);
	});

	it('refuses advice to screenshot on an outcome about sexual images of under-18s', () => {
		const problems = brokenCopy('content/wizard/outcomes/sexual-images-of-under-18s.md', (t) => t.replace('## Support for the young person', 'Take a screenshot of the post.\n\n## Support for the young person'));
		expect(problems.join('\n')).toMatch(/sexual-images-of-under-18s\.md: about sexual images of under-18s, but this sentence/);
	});

	it('requires every nation’s name for the safeguarding lead on an outcome that says "DSL"', () => {
		const problems = brokenCopy('content/wizard/outcomes/intimate-image-of-an-adult.md', (t) => t.replaceAll(':nation[lead]', 'DSL'));
		expect(problems.join('\n')).toMatch(/intimate-image-of-an-adult\.md: its title, summary or words, or a safety action it shows, call the safeguarding lead "DSL"/);
	});

	it('reads the safety actions an outcome shows when looking for the nation’s name for the safeguarding lead', () => {
		const problems = brokenCopy('content/wizard/safety-actions/wait-48-hours.md', (t) => t.replace(':nation[lead]', 'DSL'));
		// Any outcome that shows the action and gives no nation's name elsewhere (which ones is the content's business).
		expect(problems.join('\n')).toMatch(/outcomes\/[\w-]+\.md: its title, summary or words, or a safety action it shows, call the safeguarding lead "DSL"/);
		expect(problems.join('\n')).not.toMatch(/sexual-images-of-under-18s\.md: its title, summary or words/);
	});

	it('requires an “I’m not sure” answer', () => {
		const problems = brokenCopy(`${Q}/who-is-it-about.md`, (t) => t.replace('  - id: not-sure\n    label: I’m not sure\n', ''));
		expect(problems.join('\n')).toMatch(/who-is-it-about\.md: field "answers": needs an answer with the id not-sure/);
	});
});
