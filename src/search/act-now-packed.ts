import type { ActNowPattern, ActNowPlace, EncodedActNowConcept } from './act-now-match';

/**
 * The act-now concepts as the first file sends them, a fifth smaller once gzipped than the objects
 * the matcher reads: the patterns as text, and the `unless` patterns every concept ends with (the
 * file's own: teaching, policy) once for all.
 */
export interface PackedActNow {
	/** The patterns at the end of every concept's `unless`. */
	unless: PackedPatterns;
	/** [id, title, summary, target, patterns, the concept's own `unless`, slip targets and lookalikes joined by spaces]. */
	concepts: [string, string, string, string, PackedPatterns, PackedPatterns, string, string][];
}

/**
 * Patterns in their order, in runs of one gap: [gap, the run's patterns joined by commas], each
 * pattern its places joined by spaces, and a place that is a list its words joined by "|" ("|" after
 * a list of one word).
 */
export type PackedPatterns = [gap: number, patterns: string][];

/** The act-now concepts for the first file; `unpackActNow` gives back exactly what it was given. */
export function packActNow(concepts: readonly EncodedActNowConcept[]): PackedActNow {
	const key = ([terms, gap]: ActNowPattern) => JSON.stringify([gap, terms]);
	// The longest run of patterns that every concept's `unless` ends with.
	let shared = 0;
	const [first, ...others] = concepts.map((concept) => concept.unless.map(key));
	while (first && shared < Math.min(first.length, ...others.map((unless) => unless.length)) && others.every((unless) => unless.at(-1 - shared) === first.at(-1 - shared))) shared += 1;
	const own = (concept: EncodedActNowConcept) => concept.unless.slice(0, concept.unless.length - shared);
	const packed: PackedActNow = {
		unless: packPatterns(concepts[0]?.unless.slice(concepts[0].unless.length - shared) ?? []),
		concepts: concepts.map((concept) => [concept.id, concept.title, concept.summary, concept.target, packPatterns(concept.patterns), packPatterns(own(concept)), joinWords(concept.slipTargets), joinWords(concept.lookalikes)]),
	};
	if (JSON.stringify(unpackActNow(packed)) !== JSON.stringify(concepts)) throw new Error('Search: the act-now concepts do not read back as they were packed (packActNow in src/search/act-now-packed.ts)');
	return packed;
}

export function unpackActNow(packed: PackedActNow): EncodedActNowConcept[] {
	const shared = unpackPatterns(packed.unless);
	return packed.concepts.map(([id, title, summary, target, patterns, unless, slipTargets, lookalikes]) => ({
		id,
		title,
		summary,
		target,
		patterns: unpackPatterns(patterns),
		unless: [...unpackPatterns(unless), ...shared],
		slipTargets: splitWords(slipTargets),
		lookalikes: splitWords(lookalikes),
	}));
}

function packPatterns(patterns: readonly ActNowPattern[]): PackedPatterns {
	const runs: PackedPatterns = [];
	for (const [places, gap] of patterns) {
		if (places.length === 0) throw new Error('Search: an act-now pattern has no words');
		const text = places.map((place) => (typeof place === 'string' ? word(place) : place.length === 1 ? `${word(place[0])}|` : place.map(word).join('|'))).join(' ');
		const last = runs.at(-1);
		if (last && last[0] === gap) last[1] += `,${text}`;
		else runs.push([gap, text]);
	}
	return runs;
}

function unpackPatterns(runs: PackedPatterns): ActNowPattern[] {
	return runs.flatMap(([gap, text]) =>
		text.split(',').map((pattern): ActNowPattern => [pattern.split(' ').map((place): ActNowPlace => (place.includes('|') ? place.split('|').filter(Boolean) : place)), gap]),
	);
}

/** A word of a pattern, checked to hold none of the characters that separate them. */
function word(term: string): string {
	if (term === '' || /[ ,|]/.test(term)) throw new Error(`Search: the act-now word "${term}" cannot be sent: it is empty or holds a space, a comma or "|"`);
	return term;
}

function joinWords(list: readonly string[]): string {
	return list.map(word).join(' ');
}

function splitWords(text: string): string[] {
	return text === '' ? [] : text.split(' ');
}
