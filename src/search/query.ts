import { isMeaningful, prefixOf, termOf, words } from './text';

/** How an alternative was found: as typed, two words joined, a synonym, a completion of the last word, or a typo's correction. How much each counts is `Ranking.alternatives` (ranking.ts). */
export type AlternativeKind = 'exact' | 'joined' | 'synonym' | 'prefix' | 'typo';

/** One way a concept can appear in a page: all of `terms` must be there. */
export interface Alternative {
	terms: string[];
	kind: AlternativeKind;
}

/** One thing the searcher asked about: a word, or a phrase such as "fake account". */
export interface Concept {
	/** The words as typed (simplified). */
	typed: string;
	alternatives: Alternative[];
	/** True for the last word, which may be half-typed. */
	last: boolean;
}

/**
 * At most this many characters of a query (a pasted message, a long link) are read; the rest is
 * ignored. The search box takes as many (src/components/SearchForm.astro; 200 until session 38,
 * which cut a pasted message, and the act-now answer its end called for).
 */
export const MAX_READ_LENGTH = 2000;
/**
 * At most this many concepts are searched for, so a pasted paragraph stays fast. 12 until
 * 2 December 2026: a whole question typed by a DSL often says what it is about near its end
 * ("… do we treat this as an allegation, and who do I tell here in Scotland?"). 16 until session
 * 38, when the box took whole case notes: 32 found 15 more answers in the tuning sets (20, 24 and
 * 48, or keeping a message's last words, much the same), for no time a query of 40 words or more
 * could measure (docs/search.md, "Session 38").
 */
const MAX_CONCEPTS = 32;
const MAX_PHRASE = 4;
/**
 * Words that stand for anything ("posting stuff", "a safeguarding thing"): they are not searched for
 * unless the query has nothing else. Kept out of the index's stopwords, so the guides' text is
 * indexed as written. ("One", "just", "really" and "actually" were tried too, and lost queries.)
 */
const FILLER = new Set(['stuff', 'thing', 'things']);

export interface QueryContext {
	/** Synonym alternative ("term term") → the groups it belongs to. */
	synonymGroups: Map<string, number[]>;
	groups: string[][];
	misspellings: Record<string, string>;
	/** Question phrases, word by word, and the words they ask about ("how old" → "age rules"). */
	questions: [string[], string[]][];
	/** Every term in the index. */
	vocabulary: Set<string>;
}

/** Words that say what follows is not the matter: "Instagram not TikTok", "we're in Wales, not England". */
const NEGATING = new Set(['not', 'isnt', 'arent', 'wasnt', 'never']);
/** What may come between: "not the comments", "not in England". */
const NEGATED_THROUGH = new Set(['a', 'an', 'the', 'in', 'on']);
/**
 * A place or a platform said not to be the matter: the nations and the apps a query names as the
 * wrong one ("it's Instagram not TikTok", "we're in Wales, not England", "the video, not the
 * comments"). Only these: "not threatening", "not sure" and "not working" are what a query means.
 */
const NEGATABLE = new Set(['england', 'english', 'wales', 'welsh', 'scotland', 'scottish', 'northern', 'ireland', 'tiktok', 'instagram', 'insta', 'facebook', 'fb', 'snapchat', 'whatsapp', 'youtube', 'twitter', 'discord', 'roblox', 'comments', 'comment']);

/** The words typed, without a place or a platform said not to be the matter (see NEGATABLE); all of them if that would leave nothing else. */
function withoutNegated(typed: string[]): string[] {
	const negated = (index: number): boolean => {
		if (typed[index] === 'ireland' && typed[index - 1] === 'northern') return negated(index - 1);
		const before = NEGATED_THROUGH.has(typed[index - 1] ?? '') ? index - 2 : index - 1;
		return NEGATING.has(typed[before] ?? '');
	};
	const kept = typed.filter((word, index) => !NEGATABLE.has(word) || !negated(index));
	return kept.some((word) => !NEGATING.has(word) && !NEGATED_THROUGH.has(word)) ? kept : typed;
}

/**
 * Turns what was typed into concepts, each with the alternatives that count as a match: the word
 * itself, its synonyms, two words typed apart that the index has as one ("tik tok"), and, for the
 * last word, longer words it may be the start of. Typo correction happens later, in the engine,
 * only for concepts that match nothing.
 */
export function parseQuery(query: string, context: QueryContext): Concept[] {
	const meaningful = readQuestions(withoutNegated(words(query.slice(0, MAX_READ_LENGTH))).map((word) => context.misspellings[word] ?? word), context).filter(isMeaningful);
	const withoutFiller = meaningful.filter((word) => !FILLER.has(word));
	const typedWords = withoutFiller.length > 0 ? withoutFiller : meaningful;
	const terms = typedWords.map(termOf);
	const concepts: Concept[] = [];

	gatherSplitPhrases(terms, typedWords, context);

	let i = 0;
	while (i < terms.length && concepts.length < MAX_CONCEPTS) {
		const phrase = longestSynonymPhrase(terms, i, context);
		const joined = i + 1 < terms.length ? joinedTerm(typedWords[i], typedWords[i + 1], context) : undefined;
		const length = phrase ? phrase.length : joined ? 2 : 1;
		const ownTerms = terms.slice(i, i + length);
		const alternatives: Alternative[] = [{ terms: ownTerms, kind: 'exact' }];
		if (joined && !phrase) alternatives.push({ terms: [joined], kind: 'joined' });
		const key = phrase ? phrase.key : joined && context.synonymGroups.has(joined) ? joined : ownTerms.join(' ');
		for (const group of context.synonymGroups.get(key) ?? []) {
			for (const alternative of context.groups[group]) {
				alternatives.push({ terms: alternative.split(' '), kind: 'synonym' });
			}
		}
		const last = i + length === terms.length;
		const typed = typedWords.slice(i, i + length).join(' ');
		// A word said twice is one concept: a repeated phrase must not use up the limit.
		if (!concepts.some((concept) => concept.typed === typed)) concepts.push({ typed, alternatives: dedupe(alternatives), last });
		i += length;
	}

	const final = concepts.at(-1);
	if (final?.last && final.alternatives[0].terms.length === 1) {
		final.alternatives.push(...prefixAlternatives(typedWords.at(-1) ?? '', context));
	}
	return concepts;
}

/**
 * A two-word synonym phrase typed with one word inside it ("fake insta account", "group whatsapp
 * chat") is read as the phrase followed by that word ("fake account", "insta"), so the phrase's
 * synonyms count. Moves the words in place, in both lists; a phrase typed whole is left alone.
 */
function gatherSplitPhrases(terms: string[], typedWords: string[], context: QueryContext): void {
	for (let i = 0; i + 2 < terms.length; i += 1) {
		if (longestSynonymPhrase(terms, i, context) || longestSynonymPhrase(terms, i + 1, context)) continue;
		if (!context.synonymGroups.has(`${terms[i]} ${terms[i + 2]}`)) continue;
		for (const list of [terms, typedWords]) list.splice(i, 3, list[i], list[i + 2], list[i + 1]);
		i += 2;
	}
}

/**
 * Replaces each question phrase (synonyms.json `questions`) with the words it asks about, before
 * common words are dropped: "how old do you have to be" asks for "age rules", and without "how"
 * its "old" would be read as "old".
 */
function readQuestions(typed: string[], context: QueryContext): string[] {
	if (context.questions.length === 0) return typed;
	const read: string[] = [];
	let i = 0;
	while (i < typed.length) {
		const found = context.questions.find(([phrase]) => phrase.every((word, k) => typed[i + k] === word));
		if (found) {
			read.push(...found[1]);
			i += found[0].length;
		} else {
			read.push(typed[i]);
			i += 1;
		}
	}
	return read;
}

function longestSynonymPhrase(terms: string[], start: number, context: QueryContext): { key: string; length: number } | undefined {
	for (let length = Math.min(MAX_PHRASE, terms.length - start); length >= 2; length -= 1) {
		const key = terms.slice(start, start + length).join(' ');
		if (context.synonymGroups.has(key)) return { key, length };
	}
	return undefined;
}

/** "tik" + "tok" → "tiktok", when the index knows the joined word. */
function joinedTerm(first: string, second: string, context: QueryContext): string | undefined {
	const joined = termOf(first + second);
	return context.vocabulary.has(joined) ? joined : undefined;
}

const MAX_PREFIX_EXPANSIONS = 12;

/** Longer index terms the last word may be the start of: "harass" → "harasment", "insta" → "instagram". */
function prefixAlternatives(word: string, context: QueryContext): Alternative[] {
	if (word.length < 3) return [];
	const start = prefixOf(word);
	const found: string[] = [];
	for (const term of context.vocabulary) {
		if (term.startsWith(start)) found.push(term);
	}
	// The shortest completions are the likeliest words.
	return found
		.sort((a, b) => a.length - b.length || a.localeCompare(b))
		.slice(0, MAX_PREFIX_EXPANSIONS)
		.map((term) => ({ terms: [term], kind: 'prefix' }));
}

function dedupe(alternatives: Alternative[]): Alternative[] {
	const seen = new Set<string>();
	return alternatives.filter(({ terms }) => {
		const key = terms.join(' ');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Index terms within a typing slip of `term`: one letter for words of 5 to 7 letters, two for longer. */
export function typoCandidates(term: string, vocabulary: Iterable<string>): string[] {
	if (term.length < 5) return [];
	const allowed = term.length >= 8 ? 2 : 1;
	const found: { term: string; distance: number }[] = [];
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - term.length) > allowed) continue;
		const distance = editDistance(term, candidate, allowed);
		if (distance <= allowed) found.push({ term: candidate, distance });
	}
	return found.sort((a, b) => a.distance - b.distance).slice(0, 3).map(({ term: t }) => t);
}

/** Damerau–Levenshtein distance (adjacent swaps count as one), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i += 1) {
		rows.push([i]);
		let best = i;
		for (let j = 1; j <= b.length; j += 1) {
			if (i === 0) {
				rows[0][j] = j;
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
			rows[i][j] = value;
			best = Math.min(best, value);
		}
		if (i > 0 && best > limit) return limit + 1;
	}
	return rows[a.length][b.length];
}
