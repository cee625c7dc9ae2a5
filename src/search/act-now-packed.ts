import type { ActNowPattern, ActNowPlace, EncodedActNow } from './act-now-match';

/**
 * The act-now concepts as the first file sends them, a fifth smaller once gzipped than the objects
 * the matcher reads: the patterns as text.
 */
export interface PackedActNow {
	/** The file's own `unless` patterns (teaching, policy), which stop every concept (`EncodedActNow.unless`). */
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

/**
 * The act-now concepts for the first file. Throws (and so fails the build) unless `unpackActNow`
 * gives back exactly what it was given.
 */
export function packActNow(actNow: EncodedActNow): PackedActNow {
	const packed: PackedActNow = {
		unless: packPatterns(actNow.unless),
		concepts: actNow.concepts.map((concept) => [concept.id, concept.title, concept.summary, concept.target, packPatterns(concept.patterns), packPatterns(concept.unless), joinWords(concept.slipTargets), joinWords(concept.lookalikes)]),
	};
	if (JSON.stringify(unpackActNow(packed)) !== JSON.stringify(actNow)) throw new Error('Search: the act-now concepts do not read back as they were packed (packActNow in src/search/act-now-packed.ts)');
	return packed;
}

export function unpackActNow(packed: PackedActNow): EncodedActNow {
	return {
		unless: unpackPatterns(packed.unless),
		concepts: packed.concepts.map(([id, title, summary, target, patterns, unless, slipTargets, lookalikes]) => ({
			id,
			title,
			summary,
			target,
			patterns: unpackPatterns(patterns),
			unless: unpackPatterns(unless),
			slipTargets: splitWords(slipTargets),
			lookalikes: splitWords(lookalikes),
		})),
	};
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
