import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPageFiles } from '../../src/checks/built-pages';

/**
 * Wizard pages carry only what they need: each question page holds its own question, and the flow
 * comes in one cached file (/_astro/wizard-flow.<hash>.json) that the island fetches when it
 * starts. Reads dist/ (build first); no browser needed.
 */
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const MAX_QUESTION_PAGE_BYTES = 20 * 1024;

const decode = (html: string) => html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const pages = builtPageFiles(DIST).map((page) => ({ ...page, size: statSync(page.file).size, text: decode(readFileSync(page.file, 'utf8')) }));
const ownQuestion = (text: string) => /\sdata-question="([^"]+)"/.exec(text)?.[1];
const questionPages = pages.filter((page) => page.path.startsWith('/report/') && ownQuestion(page.text));

const flowFiles = readdirSync(join(DIST, '_astro')).filter((name) => /^wizard-flow\.[0-9a-f]{12}\.json$/.test(name));
const flow = flowFiles.length === 1 ? (JSON.parse(readFileSync(join(DIST, '_astro', flowFiles[0]), 'utf8')) as { questions: { id: string; title: string; answers: { label: string; hint?: string }[] }[]; outcomes: { id: string; aka: string[]; sectionAka: Record<string, string[]> }[] }) : undefined;

test('the flow is one hashed file, and every question in it has its page', () => {
	expect(flowFiles).toHaveLength(1);
	const shown = new Set(questionPages.map((page) => ownQuestion(page.text)));
	expect([...shown].sort()).toEqual(flow!.questions.map((q) => q.id).sort());
});

test(`every wizard question page is at most ${MAX_QUESTION_PAGE_BYTES / 1024} KB of HTML`, () => {
	const tooBig = questionPages.filter((page) => page.size > MAX_QUESTION_PAGE_BYTES).map((page) => `${page.path}: ${(page.size / 1024).toFixed(1)} KB`);
	expect(tooBig).toEqual([]);
});

test('no question page and not the 404 page carries other questions: they stay in the flow file', () => {
	for (const page of [...questionPages, ...pages.filter((p) => p.path === '/404/')]) {
		const own = ownQuestion(page.text);
		const others = flow!.questions.filter((q) => q.id !== own && page.text.includes(q.title)).map((q) => q.id);
		expect(others, `${page.path} carries other questions`).toEqual([]);
	}
});

test("a question page carries its own question's words once: the island does not take them as props as well", () => {
	for (const page of questionPages) {
		const question = flow!.questions.find((q) => q.id === ownQuestion(page.text))!;
		const twice = question.answers.flatMap((answer) => (answer.hint ? [answer.hint] : [])).filter((hint) => page.text.split(hint).length - 1 !== 1);
		expect(twice, `${page.path}: answer hints not shown exactly once`).toEqual([]);
	}
});

test("the flow file leaves out the outcomes' search words, which only search reads", () => {
	const carried = flow!.outcomes.filter((outcome) => outcome.aka.length > 0 || Object.keys(outcome.sectionAka).length > 0).map((outcome) => outcome.id);
	expect(carried).toEqual([]);
});
