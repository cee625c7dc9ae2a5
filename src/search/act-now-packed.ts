import type { ActNowPattern, ActNowPlace, EncodedActNow } from './act-now-match';
import { type ActNowWords, WORD_LISTS } from './act-now-words';

/**
 * The act-now concepts as the first file sends them, a fifth smaller once gzipped than the objects
 * the matcher reads: the patterns as text.
 */
export interface PackedActNow {
	/** The file's own `unless` patterns (teaching, policy), which stop every concept (`EncodedActNow.unless`). */
	unless: PackedPatterns;
	/** Words or phrases that mean a child is in the case ("indecent images"; `EncodedActNow.namesAChild`), when there are any. */
	namesAChild?: PackedPatterns;
	/** Phrases that make a child the likely one in the case, for `needsChild` (`EncodedActNow.childHints`), when there are any. */
	childHints?: PackedPatterns;
	/** Phrases read as their last word (`EncodedActNow.asOne`), when there are any. */
	asOne?: PackedPatterns;
	/** [id, target, patterns, the concept's own `unless`, its `stillWhen`, `questions` and `concerns`, lookalikes joined by spaces, who it needs (1 if `childOnly`, 2 if `needsChild`, added), and its adult's answer if it has one]. */
	concepts: [string, string, PackedPatterns, PackedPatterns, PackedPatterns, PackedPatterns, PackedPatterns, string, who: number, adult?: PackedAdultAnswer][];
	/**
	 * The slip targets of all the concepts (`EncodedActNow.slipTargets`), when there are any: sent
	 * once, not with each concept (1 KB less once gzipped), front-coded (`frontCode`: they come almost
	 * in alphabetical order, `slipOrder`).
	 */
	slip?: string;
	/** Each concept's `related` pages, by its id, joined by spaces, for the concepts that name any. */
	related?: Record<string, string>;
	/**
	 * The lists of words read on their own (`EncodedActNow.words`), in the order of `WORD_LISTS`, each
	 * joined by spaces, or "@3" when it is the fourth of `lists` (the `{staff}` list is sent once).
	 */
	words: string[];
	/**
	 * Long lists of words that several patterns share (a `{staff}` list, written out in each pattern
	 * that names it), each joined by "|": a pattern's place "@3" is the fourth. Sent once, the first
	 * file is 0.5 KB less once gzipped (gzip finds a repeat only within the last 32 KB it read);
	 * sharing short lists too costs more than it saves (measured: 60 characters or more is best).
	 */
	lists?: string[];
}

/** The flags of a packed concept's `who`. */
const CHILD_ONLY = 1;
const NEEDS_CHILD = 2;

/** [id, target, `when` patterns, and 1 if its answer is on the concept's page (`samePage`)]. */
type PackedAdultAnswer = [string, string, PackedPatterns, samePage?: 1];

/**
 * Patterns in their order, in runs of one gap: [gap, the run's patterns joined by commas], each
 * pattern its places joined by spaces ("+" before a place that must come straight after the one
 * before: `joined`; "*" before one that may come further after it: `wide`), and a place that is a
 * list its words joined by "|" ("|" after a list of one word).
 */
export type PackedPatterns = [gap: number, patterns: string][];

/**
 * The act-now concepts for the first file. Throws (and so fails the build) unless `unpackActNow`
 * gives back exactly what it was given.
 */
export function packActNow(actNow: EncodedActNow): PackedActNow {
	const lists = sharedLists(actNow);
	const packPatterns = (patterns: readonly ActNowPattern[]) => packRuns(patterns, lists);
	const packed: PackedActNow = {
		unless: packPatterns(actNow.unless),
		...(actNow.namesAChild ? { namesAChild: packPatterns(actNow.namesAChild) } : {}),
		...(actNow.childHints ? { childHints: packPatterns(actNow.childHints) } : {}),
		...(actNow.asOne ? { asOne: packPatterns(actNow.asOne) } : {}),
		concepts: actNow.concepts.map((concept): PackedActNow['concepts'][number] => {
			const packedConcept: PackedActNow['concepts'][number] = [
				concept.id,
				concept.target,
				packPatterns(concept.patterns),
				packPatterns(concept.unless),
				packPatterns(concept.stillWhen),
				packPatterns(concept.questions),
				packPatterns(concept.concerns),
				joinWords(concept.lookalikes),
				(concept.childOnly ? CHILD_ONLY : 0) + (concept.needsChild ? NEEDS_CHILD : 0),
			];
			const { adult } = concept;
			if (adult) {
				const packedAdult: PackedAdultAnswer = [adult.id, adult.target, packPatterns(adult.when)];
				if (adult.samePage) packedAdult.push(1);
				packedConcept.push(packedAdult);
			}
			return packedConcept;
		}),
		words: WORD_LISTS.map((name) => {
			const shared = lists.get(actNow.words[name].map(word).join('|'));
			return shared === undefined ? joinWords(actNow.words[name]) : `@${shared}`;
		}),
	};
	if (lists.size > 0) packed.lists = [...lists.keys()];
	if (actNow.slipTargets) packed.slip = frontCode(actNow.slipTargets);
	const related = actNow.concepts.filter((concept) => concept.related !== undefined);
	if (related.length > 0) packed.related = Object.fromEntries(related.map((concept) => [concept.id, joinWords(concept.related ?? [])]));
	if (JSON.stringify(unpackActNow(packed)) !== JSON.stringify(actNow)) throw new Error('Search: the act-now concepts do not read back as they were packed (packActNow in src/search/act-now-packed.ts)');
	return packed;
}

export function unpackActNow(packed: PackedActNow): EncodedActNow {
	const lists = (packed.lists ?? []).map((list) => list.split('|'));
	const unpackPatterns = (runs: PackedPatterns) => unpackRuns(runs, lists);
	/** A list of words, or "@n": the nth of `lists`. */
	const wordList = (text: string): string[] => {
		if (!text.startsWith('@')) return splitWords(text);
		const list = lists[Number(text.slice(1))];
		if (list === undefined) throw new Error(`Search: the act-now list ${text} is not in the file's lists`);
		return [...list];
	};
	return {
		unless: unpackPatterns(packed.unless),
		...(packed.namesAChild ? { namesAChild: unpackPatterns(packed.namesAChild) } : {}),
		...(packed.childHints ? { childHints: unpackPatterns(packed.childHints) } : {}),
		...(packed.asOne ? { asOne: unpackPatterns(packed.asOne) } : {}),
		concepts: packed.concepts.map(([id, target, patterns, unless, stillWhen, questions, concerns, lookalikes, who, adult]) => ({
			id,
			target,
			patterns: unpackPatterns(patterns),
			unless: unpackPatterns(unless),
			stillWhen: unpackPatterns(stillWhen),
			questions: unpackPatterns(questions),
			concerns: unpackPatterns(concerns),
			lookalikes: splitWords(lookalikes),
			childOnly: (who & CHILD_ONLY) !== 0,
			needsChild: (who & NEEDS_CHILD) !== 0,
			...(adult ? { adult: { id: adult[0], target: adult[1], when: unpackPatterns(adult[2]), ...(adult[3] === 1 ? { samePage: true } : {}) } } : {}),
			...(packed.related?.[id] !== undefined ? { related: splitWords(packed.related[id]) } : {}),
		})),
		words: Object.fromEntries(WORD_LISTS.map((name, index) => [name, wordList(packed.words[index] ?? '')])) as ActNowWords,
		...(packed.slip !== undefined ? { slipTargets: frontDecode(packed.slip) } : {}),
	};
}

/** A list must be this long, written out, to be sent once in `lists` rather than where it is used (see `lists`). */
const SHARED_LIST_LENGTH = 60;

/**
 * The lists of words that more than one place of the file's patterns holds, long enough to be worth
 * sending once, each joined by "|", with its number in `lists`.
 */
function sharedLists(actNow: EncodedActNow): Map<string, number> {
	const uses = new Map<string, number>();
	const count = (patterns: readonly ActNowPattern[] | undefined) => {
		for (const [places] of patterns ?? []) {
			for (const place of places) {
				if (typeof place === 'string' || place.length < 2) continue;
				const text = place.map(word).join('|');
				if (text.length >= SHARED_LIST_LENGTH) uses.set(text, (uses.get(text) ?? 0) + 1);
			}
		}
	};
	count(actNow.unless);
	count(actNow.namesAChild);
	count(actNow.childHints);
	count(actNow.asOne);
	for (const concept of actNow.concepts) {
		for (const patterns of [concept.patterns, concept.unless, concept.stillWhen, concept.questions, concept.concerns, concept.adult?.when]) count(patterns);
	}
	const shared = [...uses].filter(([, n]) => n > 1).map(([text]) => text);
	return new Map(shared.map((text, index) => [text, index]));
}

function packRuns(patterns: readonly ActNowPattern[], lists: ReadonlyMap<string, number>): PackedPatterns {
	const runs: PackedPatterns = [];
	const placeText = (place: ActNowPlace) => {
		if (typeof place === 'string') return word(place);
		if (place.length === 1) return `${word(place[0])}|`;
		const text = place.map(word).join('|');
		const shared = lists.get(text);
		return shared === undefined ? text : `@${shared}`;
	};
	for (const [places, gap, joined = [], wide = []] of patterns) {
		if (places.length === 0) throw new Error('Search: an act-now pattern has no words');
		const text = places.map((place, n) => `${n === 0 ? '' : joined.includes(n) ? '+' : wide.includes(n) ? '*' : ' '}${placeText(place)}`).join('');
		const last = runs.at(-1);
		if (last && last[0] === gap) last[1] += `,${text}`;
		else runs.push([gap, text]);
	}
	return runs;
}

function unpackRuns(runs: PackedPatterns, lists: readonly string[][]): ActNowPattern[] {
	const readPlace = (place: string): ActNowPlace => {
		if (place.startsWith('@')) {
			const list = lists[Number(place.slice(1))];
			if (list === undefined) throw new Error(`Search: the act-now list ${place} is not in the file's lists`);
			return [...list];
		}
		return place.includes('|') ? place.split('|').filter(Boolean) : place;
	};
	return runs.flatMap(([gap, text]) =>
		text.split(',').map((pattern): ActNowPattern => {
			const places = pattern.split(/[ +*]/).map(readPlace);
			const joined = placesAfter(pattern, '+');
			const wide = placesAfter(pattern, '*');
			if (wide.length > 0) return [places, gap, joined, wide];
			return joined.length > 0 ? [places, gap, joined] : [places, gap];
		}),
	);
}

/** The places of a packed pattern written after `mark`: "+" (`joined`) or "*" (`wide`). */
function placesAfter(pattern: string, mark: '+' | '*'): number[] {
	const marked: number[] = [];
	let place = 0;
	for (const char of pattern) {
		if (char === ' ' || char === '+' || char === '*') place += 1;
		if (char === mark) marked.push(place);
	}
	return marked;
}

/** A word of a pattern, checked to hold none of the characters that separate them. */
function word(term: string): string {
	if (term === '' || /[ ,|+*]/.test(term) || term.startsWith('@')) throw new Error(`Search: the act-now word "${term}" cannot be sent: it is empty, holds a space, a comma, "|", "+" or "*", or starts with "@"`);
	return term;
}

function joinWords(list: readonly string[]): string {
	return list.map(word).join(' ');
}

function splitWords(text: string): string[] {
	return text === '' ? [] : text.split(' ');
}

/**
 * Words in their order, each as one base-36 digit, how many letters it shares with the word before
 * (up to 35), then the rest of it; joined by spaces ("stab", "stabbing", "stalking": "0stab 4bing 3lking").
 */
function frontCode(list: readonly string[]): string {
	let previous = '';
	return list
		.map((term) => {
			word(term);
			let shared = 0;
			while (shared < 35 && shared < previous.length && previous[shared] === term[shared]) shared += 1;
			previous = term;
			return shared.toString(36) + term.slice(shared);
		})
		.join(' ');
}

function frontDecode(text: string): string[] {
	let previous = '';
	return splitWords(text).map((entry) => {
		previous = previous.slice(0, Number.parseInt(entry[0], 36)) + entry.slice(1);
		return previous;
	});
}
