import type { ActNowFile } from '../schemas/act-now';
import type { ActNowPattern, ActNowPlace, EncodedActNow } from './act-now-match';
import { ageToken, ANYWHERE, actNowTerms, asTypedToken, PHRASE_GAP, slipTargetsOf } from './act-now-match';
import { LOOKALIKE_PREFIX } from './act-now-who';
import { type ActNowWords, WORD_LISTS } from './act-now-words';
import type { SearchPage } from './document';
import { termOf } from './text';

/**
 * The act-now concepts as the browser needs them: each term and phrase turned into index terms
 * the way a query is, so "kill themselves" in the file matches "killing themselves" typed.
 * A hyphenated term ("self-harm") must be typed as one run of words; a phrase may have other
 * words between its words. The file's own `unless` phrases (teaching, policy) stay a list of their
 * own, sent once for every concept.
 */
export function encodeActNow(file: ActNowFile, misspellings: Record<string, string>): EncodedActNow {
	/** A word's index terms, or for "=word" the word only as written (`asTypedToken`). */
	const termsOf = (text: string) => (text.startsWith(AS_WRITTEN) ? [asTypedToken(text.slice(AS_WRITTEN.length))] : actNowTerms(text, misspellings));
	// A concept's lookalike ("came", "strange") is read from a query as itself, never by its stem
	// (`correctSlips`): a pattern that lists the word itself is encoded the same way, so it still finds it.
	const lookalikes = new Set(file.concepts.flatMap((concept) => concept.lookalikes));
	const patternTermsOf = (text: string) => (lookalikes.has(text) ? [`${LOOKALIKE_PREFIX}${text}`] : termsOf(text));
	/** "{name}" → any word of the file's list of that name; "a|b" → any one of them; "{name}|a" → either. */
	const listPlace = (token: string): ActNowPlace => {
		const listed = token.split('|').flatMap((part) => {
			if (!part.startsWith('{')) return [part];
			const words = file.words[part.slice(1, -1)];
			if (!words) throw new Error(`content/data/act-now.json: "${part}" is not a list in "words"`);
			return words;
		});
		const list = uniqueWords(listed.flatMap(patternTermsOf));
		return list.length === 1 ? list[0] : list;
	};
	const phrasePattern = (phrase: string): ActNowPattern => {
		const places: ActNowPlace[] = [];
		const joined: number[] = [];
		const wide: number[] = [];
		for (const token of phrase.split(' ')) {
			if (token === WIDE) {
				wide.push(places.length);
				continue;
			}
			if (token.startsWith('{') || token.includes('|') || token.startsWith(AS_WRITTEN)) {
				// Lists joined by "-" come one straight after the other too ("{adult}-deepfake|nudes"):
				// each part is a list or a word.
				token.split('-').forEach((part, n) => {
					if (n > 0) joined.push(places.length);
					places.push(listPlace(part));
				});
				continue;
			}
			// Words joined by "-" come one straight after the other ("for-money").
			patternTermsOf(token).forEach((term, n) => {
				if (n > 0) joined.push(places.length);
				places.push(term);
			});
		}
		if (wide.length > 0) return [places, PHRASE_GAP, joined, wide];
		return joined.length > 0 ? [places, PHRASE_GAP, joined] : [places, PHRASE_GAP];
	};
	const unlessPatterns = (phrases: readonly string[]) => phrases.map(phrasePattern);
	/** A word, or a phrase: `stillWhen` holds both. One token with "|" or "-" is a phrase too ("the-pics|photos"). */
	const wordOrPhrase = (text: string): ActNowPattern => (/[ |-]/.test(text) ? phrasePattern(text) : [patternTermsOf(text), 0]);
	const fileWide = unique(unlessPatterns(file.unless));
	const concepts = file.concepts.map((concept) => {
		const patterns = mergeAlike(unique([
			...concept.terms.map((term): ActNowPattern => [patternTermsOf(term), 0]),
			...concept.asTyped.map((word): ActNowPattern => [[asTypedToken(word)], 0]),
			...concept.phrases.map(phrasePattern),
			...concept.surePhrases.map(phrasePattern),
			...concept.together.map((places): ActNowPattern => [places.flatMap((place): ActNowPlace[] => (typeof place !== 'string' ? [uniqueWords(place.flatMap(patternTermsOf))] : place.startsWith('{') ? [listPlace(place)] : patternTermsOf(place))), ANYWHERE]),
			...concept.ages.flatMap(({ near, from }) =>
				near.flatMap((word): ActNowPattern[] => {
					const [term] = actNowTerms(word, misspellings);
					return [
						[[term, ageToken(from)], PHRASE_GAP],
						[[ageToken(from), term], PHRASE_GAP],
					];
				}),
			),
		]));
		// The concept's own, without any the file-wide list already holds.
		const unless = unique([...fileWide, ...unlessPatterns(concept.unless)]).slice(fileWide.length);
		return {
			id: concept.id,
			target: concept.target,
			patterns,
			unless,
			stillWhen: unique([...concept.stillWhen.map(wordOrPhrase), ...concept.surePhrases.map(phrasePattern)]),
			questions: unique(unlessPatterns(concept.questions)),
			concerns: unique(concept.concerns.map(wordOrPhrase)),
			lookalikes: concept.lookalikes,
			childOnly: concept.childOnly,
			needsChild: concept.needsChild,
			...(concept.adult ? { adult: { id: concept.adult.id, target: concept.adult.target, when: unique(concept.adult.when.map(phrasePattern)), ...(concept.adult.samePage ? { samePage: true } : {}) } } : {}),
			...(concept.related.length > 0 ? { related: concept.related } : {}),
		};
	});
	const words = Object.fromEntries(WORD_LISTS.map((name) => [name, alphabetical(uniqueWords(file.words[name].flatMap(termsOf)))])) as ActNowWords;
	const slipTargets = slipOrder(conceptSlipTargets(file));
	return sortLists({ unless: fileWide, namesAChild: unique(file.namesAChild.map(wordOrPhrase)), childHints: unique(file.childHints.map(phrasePattern)), asOne: unique(file.asOne.map(phrasePattern)), concepts, words, slipTargets });
}

/**
 * Every place of the patterns that lists several words, its words in alphabetical order (the lists
 * of `words` are so already). The matcher asks only whether any word of a place is in the query
 * (`containsPattern`, `readAsOne`) and reads `words` as sets, so the order says nothing; in one
 * order, lists that share most of their words ("snap|snapchat|insta|…" in many phrases) share long
 * runs of text, which gzip sends once: the first file is 1 KB lighter (session 35). Done after
 * `unique` and `mergeAlike`, so every concept keeps the same patterns, as many of them as before.
 */
function sortLists(actNow: EncodedActNow): EncodedActNow {
	const sorted = (patterns: ActNowPattern[]) => patterns.map(([places, ...rest]): ActNowPattern => [places.map((place) => (typeof place === 'string' ? place : alphabetical(place))), ...rest]);
	return {
		...actNow,
		unless: sorted(actNow.unless),
		...(actNow.namesAChild ? { namesAChild: sorted(actNow.namesAChild) } : {}),
		...(actNow.childHints ? { childHints: sorted(actNow.childHints) } : {}),
		...(actNow.asOne ? { asOne: sorted(actNow.asOne) } : {}),
		concepts: actNow.concepts.map((concept) => ({
			...concept,
			patterns: sorted(concept.patterns),
			unless: sorted(concept.unless),
			stillWhen: sorted(concept.stillWhen),
			questions: sorted(concept.questions),
			concerns: sorted(concept.concerns),
			...(concept.adult ? { adult: { ...concept.adult, when: sorted(concept.adult.when) } } : {}),
		})),
	};
}

function alphabetical(words: readonly string[]): string[] {
	return [...words].sort();
}

/**
 * The words a slip in a query may be read as, in the concepts' order: a long word of a phrase can be
 * mistyped as easily as a term ("dangrous challange"). Not a word of a shared list ("{adult}"):
 * those say who, not what. One list for all the concepts.
 */
export function conceptSlipTargets(file: ActNowFile): string[] {
	return uniqueWords(file.concepts.flatMap((concept) => slipTargetsOf(uniqueWords([...concept.terms, ...[...concept.phrases, ...concept.surePhrases].flatMap((phrase) => phrase.split(/[ |]/)), ...concept.together.flat(2)].filter((word) => !word.startsWith('{') && !word.startsWith(AS_WRITTEN) && word !== WIDE)))));
}

/**
 * The slip targets in alphabetical order as far as it reads the same as the concepts' order: a
 * slip is read as the first target within one edit of it (`correctSlips`), so only two targets one
 * word can be a slip of, and that are read as different terms, must keep their order ("stabbing"
 * before "stalking": "stabking" is a slip of both); every other pair may swap. Alphabetical, the
 * first file sends the list front-coded (`packActNow`): 0.3 KB gzip less (session 35).
 */
export function slipOrder(targets: readonly string[]): string[] {
	// Two words one edit from one word (a deletion, an insertion, a substitution or two letters
	// swapped) are the same once each has lost at most two letters: "stabbing" and "stalking" are
	// both "staing". So the targets that share such a form, in the concepts' order (a few more pairs
	// than need it, which costs only a little of the order; the tests try every word one edit away).
	const sharing = new Map<string, number[]>();
	targets.forEach((target, index) => {
		for (const form of withTwoLettersFewer(target)) {
			const list = sharing.get(form);
			if (list === undefined) sharing.set(form, [index]);
			else if (list.at(-1) !== index) list.push(index);
		}
	});
	/** For each target, the targets that must come after it. */
	const after = targets.map(() => new Set<number>());
	const waiting = targets.map(() => 0);
	const terms = targets.map(termOf);
	for (const list of sharing.values()) {
		for (let a = 0; a < list.length; a += 1) {
			for (let b = a + 1; b < list.length; b += 1) {
				if (terms[list[a]] === terms[list[b]] || after[list[a]].has(list[b])) continue;
				after[list[a]].add(list[b]);
				waiting[list[b]] += 1;
			}
		}
	}
	// The alphabetically first target with none left to wait for, each time.
	const alphabetical = targets.map((_, index) => index).sort((a, b) => (targets[a] < targets[b] ? -1 : 1));
	const ordered: string[] = [];
	const placed = new Set<number>();
	while (ordered.length < targets.length) {
		const next = alphabetical.find((index) => !placed.has(index) && waiting[index] === 0);
		if (next === undefined) throw new Error('Search: the act-now slip targets cannot be ordered (slipOrder in src/search/act-now.ts)');
		placed.add(next);
		ordered.push(targets[next]);
		for (const later of after[next]) waiting[later] -= 1;
	}
	return ordered;
}

/** A word with none, one or two of its letters left out, each form once. */
function withTwoLettersFewer(word: string): Set<string> {
	const forms = new Set([word]);
	for (let i = 0; i < word.length; i += 1) {
		const one = word.slice(0, i) + word.slice(i + 1);
		forms.add(one);
		for (let j = i; j < one.length; j += 1) forms.add(one.slice(0, j) + one.slice(j + 1));
	}
	return forms;
}

/**
 * Each concept's target must be a page search covers and, for a section (of a guide or an outcome), a section of it:
 * otherwise the act-now answer would lead nowhere. Returns one line per problem.
 */
export function checkActNowTargets(file: ActNowFile, pages: readonly SearchPage[]): string[] {
	const answers = file.concepts.flatMap((concept, index) => [
		{ answer: concept, field: `concepts[${index}].target` },
		...(concept.adult ? [{ answer: concept.adult, field: `concepts[${index}].adult.target` }] : []),
	]);
	const related = file.concepts.flatMap((concept, index) => concept.related.map((target, n) => ({ answer: { id: concept.id, target }, field: `concepts[${index}].related[${n}]` })));
	return [...answers, ...related].flatMap(({ answer, field }) => {
		const [url, anchor] = answer.target.split('#');
		const where = `content/data/act-now.json: field "${field}" ("${answer.id}") leads to ${answer.target}`;
		const page = pages.find((p) => p.url === url);
		if (!page) return [`${where}, but there is no page ${url}; use a wizard outcome (/report/outcome/<id>/), a section of one (/report/outcome/<id>/#<anchor>) or a guide section (/guides/<slug>/#<anchor>) that exists`];
		if (anchor !== undefined && !page.sections.some((section) => section.anchor === anchor)) {
			return [`${where}, but ${url} has no section #${anchor}; its sections are ${page.sections.map((s) => `#${s.anchor}`).join(', ') || 'none'}`];
		}
		return [];
	});
}

/** How the file marks a word of a phrase or a "together" entry that counts only as written ("=meeting"). */
const AS_WRITTEN = '=';
/** How the file marks a wider gap between two words of a phrase ("{staff} in ... group": `WIDE_GAP`). */
const WIDE = '...';

/** Each word once: a list in a "together" entry may hold two forms of one term ("cut", "cuts"). */
function uniqueWords(words: string[]): string[] {
	return [...new Set(words)];
}

/**
 * Phrases that differ in one place only become one phrase with either word there: "threatened to
 * kill" and "threatening to kill" are sent as "threatened|threatening to kill". A query matches the
 * one exactly when it matched either (`containsPattern` tries every word that may hold a place),
 * and the first file, of which the concepts are most, is lighter: 1.2 KB gzip of 30.8 in session
 * 31. Editors keep writing each phrase as people type it. Terms, `together` lists and the `unless`
 * lists are left as they are.
 */
function mergeAlike(patterns: ActNowPattern[]): ActNowPattern[] {
	const merged = [...patterns];
	for (let a = 0; a < merged.length; a += 1) {
		for (let b = a + 1; b < merged.length; b += 1) {
			const place = differingPlace(merged[a], merged[b]);
			if (place === undefined) continue;
			const [terms, ...rest] = merged[a];
			const words = uniqueWords([terms[place], merged[b][0][place]].flat());
			merged[a] = [terms.map((at, n) => (n === place ? words : at)), ...rest] as ActNowPattern;
			merged.splice(b, 1);
			// The merged phrase may now match another in one place: look again from the start.
			a = -1;
			break;
		}
	}
	return merged;
}

/** The one place where two phrases of the same shape differ, or undefined if they differ in none or more than one. */
function differingPlace([terms, gap, joined = [], wide = []]: ActNowPattern, [otherTerms, otherGap, otherJoined = [], otherWide = []]: ActNowPattern): number | undefined {
	if (gap !== PHRASE_GAP || otherGap !== PHRASE_GAP || terms.length !== otherTerms.length) return undefined;
	if (joined.join(',') !== otherJoined.join(',') || wide.join(',') !== otherWide.join(',')) return undefined;
	const same = (place: ActNowPlace, other: ActNowPlace) => [place].flat().join('|') === [other].flat().join('|');
	const differing = terms.flatMap((place, n) => (same(place, otherTerms[n]) ? [] : [n]));
	return differing.length === 1 ? differing[0] : undefined;
}

/** Different spellings in the file can become the same terms ("self harm", "self harming"): keep one. */
function unique(patterns: ActNowPattern[]): ActNowPattern[] {
	const seen = new Set<string>();
	return patterns.filter(([terms, gap, joined = [], wide = []]) => {
		const key = `${gap} ${joined.join(',')} ${wide.join(',')} ${terms.join(' ')}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
