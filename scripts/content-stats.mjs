#!/usr/bin/env node
// Pages, words and readability of the guidance, as a markdown table.
// Readability: Flesch reading ease (higher is easier; 60–70 is plain English, GOV.UK aims for
// about a reading age of 9, roughly 70+) and Flesch–Kincaid grade (US school grade; add 5 for a
// reading age). Counted on the body text only: frontmatter, link targets, directives and markup out.
//
//   node scripts/content-stats.mjs

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const rows = ['guides', 'platforms'].flatMap((kind) =>
	readdirSync(join(root, 'content', kind))
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => ({ kind, slug: name.replace(/\.md$/, ''), ...measure(plainText(readFileSync(join(root, 'content', kind, name), 'utf8'))) })),
);

console.log('| page | words | sentences | words a sentence | reading ease | grade |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
	console.log(`| /${row.kind}/${row.slug}/ | ${row.words} | ${row.sentences} | ${row.wordsPerSentence.toFixed(1)} | ${row.ease.toFixed(0)} | ${row.grade.toFixed(1)} |`);
}
const total = measureAll(rows);
console.log(`\n${rows.length} pages (${rows.filter((r) => r.kind === 'guides').length} guides, ${rows.filter((r) => r.kind === 'platforms').length} platform pages), ${total.words} words.`);
console.log(`Median reading ease ${median(rows.map((r) => r.ease)).toFixed(0)}, median grade ${median(rows.map((r) => r.grade)).toFixed(1)}, median ${median(rows.map((r) => r.wordsPerSentence)).toFixed(1)} words a sentence.`);

function plainText(markdown) {
	return markdown
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/\{#[a-z0-9-]+\}/g, '')
		.replace(/^:::.*$/gm, '')
		.replace(/:(service|phone|email|helpline)\[([^\]]*)\]/g, (_, kind, id) => (kind === 'service' ? id.replace(/-/g, ' ') : 'the number'))
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*\|?\s*-{3,}.*$/gm, '')
		.replace(/^#{1,6}\s+(.*)$/gm, '$1.')
		.replace(/^\s*([-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_`>|]/g, ' ');
}

function measure(text) {
	const sentences = text.split(/[.!?]+(?:\s|$)|\n{2,}/).filter((s) => /[a-z]/i.test(s));
	const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
	const syllables = words.reduce((sum, word) => sum + syllableCount(word), 0);
	const wordsPerSentence = words.length / Math.max(sentences.length, 1);
	const syllablesPerWord = syllables / Math.max(words.length, 1);
	return {
		words: words.length,
		sentences: sentences.length,
		syllables,
		wordsPerSentence,
		ease: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
		grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
	};
}

function measureAll(rows) {
	return { words: rows.reduce((sum, row) => sum + row.words, 0) };
}

/** A standard English syllable estimate: vowel groups, less a silent final e, at least one. */
function syllableCount(word) {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length <= 3) return 1;
	const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
	return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
