import { editDistance, MAX_READ_LENGTH } from './query';
import { termOf, words } from './text';

/**
 * Words to look for in a query, as index terms (stopwords kept: "kill myself" needs "myself"), and
 * how many other words may come between two of them; ANYWHERE for words wanted in any order.
 */
export type ActNowPattern = [terms: string[], gap: number];

/** The gap of a "together" pattern: its words may be anywhere in the query, in any order. */
export const ANYWHERE = -1;

/** An act-now concept as the browser receives it (made by act-now.ts from content/data/act-now.json). */
export interface EncodedActNowConcept {
	id: string;
	title: string;
	summary: string;
	/** A wizard outcome (/report/outcome/<id>/) or a guide section (/guides/<slug>/#<anchor>). */
	target: string;
	/** Any one of these in the query fires the concept. */
	patterns: ActNowPattern[];
	/** Any one of these in the query stops it: the query is about someone else (an adult, say). */
	unless: ActNowPattern[];
}

export interface ActNowMatch {
	concept: EncodedActNowConcept;
	/** How much of the query matched: the number of words in the patterns found. */
	score: number;
	/** The patterns found, as their terms joined by spaces (for tests and for editors). */
	matched: string[];
}

/** Words between two words of a phrase: "end his own life" matches "end life". */
export const PHRASE_GAP = 2;
/** Index terms at least this long also match with one wrong letter ("blackmale", "sucidal"). */
const TYPO_MIN_LENGTH = 8;

/** The terms of a query as the matcher compares them: every word, stopwords included, misspellings fixed. */
export function actNowTerms(text: string, misspellings: Record<string, string> = {}): string[] {
	return words(text).map((word) => termOf(misspellings[word] ?? word));
}

/**
 * The act-now concepts a query is about, most urgent first: every concept with at least one of its
 * patterns in the query and none of its `unless` patterns, in the file's order (most urgent
 * first). The whole query is read, not only the part the ranking reads, so a long message still fires.
 */
export function matchActNow(query: string, concepts: readonly EncodedActNowConcept[], misspellings: Record<string, string> = {}): ActNowMatch[] {
	const terms = actNowTerms(query.slice(0, MAX_READ_LENGTH), misspellings);
	if (terms.length === 0) return [];
	const matches: (ActNowMatch & { order: number })[] = [];
	concepts.forEach((concept, order) => {
		const matched = concept.patterns.filter(([pattern, gap]) => containsPattern(terms, pattern, gap));
		if (matched.length === 0) return;
		if (concept.unless.some(([pattern, gap]) => containsPattern(terms, pattern, gap))) return;
		const score = matched.reduce((sum, [pattern]) => sum + pattern.length, 0);
		matches.push({ concept, score, matched: matched.map(([pattern]) => pattern.join(' ')), order });
	});
	return matches.sort((a, b) => a.order - b.order).map(({ order: _, ...match }) => match);
}

/** True when the words of `pattern` are in `terms` in order, with at most `gap` other words between each two (or anywhere, for ANYWHERE). */
export function containsPattern(terms: readonly string[], pattern: readonly string[], gap: number): boolean {
	if (gap === ANYWHERE) return pattern.every((word) => terms.some((term) => sameTerm(term, word)));
	for (let start = 0; start < terms.length; start += 1) {
		if (!sameTerm(terms[start], pattern[0])) continue;
		let position = start;
		let found = true;
		for (const word of pattern.slice(1)) {
			const limit = Math.min(terms.length - 1, position + 1 + gap);
			let next = -1;
			for (let j = position + 1; j <= limit; j += 1) {
				if (sameTerm(terms[j], word)) {
					next = j;
					break;
				}
			}
			if (next === -1) {
				found = false;
				break;
			}
			position = next;
		}
		if (found) return true;
	}
	return false;
}

function sameTerm(typed: string, wanted: string): boolean {
	if (typed === wanted) return true;
	return wanted.length >= TYPO_MIN_LENGTH && Math.abs(typed.length - wanted.length) <= 1 && editDistance(typed, wanted, 1) <= 1;
}
