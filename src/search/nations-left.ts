import type { SearchPayload } from './payload';
import { isMeaningful, termOf, words } from './text';

/**
 * Words before a nation's name or place that say the writer has left it: "trained in England",
 * "came over from a trust in England", "moved from Cardiff", "I was a DSL in England". Within
 * `BEFORE_REACH` words of it.
 */
const LEFT_BEFORE = new Set(['from', 'trained', 'previously', 'formerly', 'worked', 'taught', 'used', 'was', 'came']);
/** Words before "from" that make it a comparison, not where the writer came from: "different from England". */
const COMPARING = new Set(['different', 'differently', 'differ', 'differs', 'apart', 'separate', 'distinct']);
/** Words just after one that say the same: "in England I'd ring the MASH", "in Scotland we would", "in Wales before". */
const LEFT_AFTER = ['id', 'wed', 'i would', 'we would', 'i used', 'we used', 'before', 'previously'];
const BEFORE_REACH = 4;
const ENGLAND = 'england';

interface Naming {
	id: string;
	/** The index terms of a name, place or own term. */
	parts: string[];
	/** A name or a place, not a term of the nation's own. */
	byName: boolean;
}

/** What names each nation, split once for each payload: England by its names only. */
const NAMINGS = new WeakMap<SearchPayload['nations'], Naming[]>();
function namingOf(nations: SearchPayload['nations']): Naming[] {
	let naming = NAMINGS.get(nations);
	if (naming === undefined) {
		naming = nations.flatMap(([id, phrases, places, , names]) =>
			(id === ENGLAND ? names : [...phrases, ...places]).map((phrase) => ({ id, parts: phrase.split(' '), byName: names.includes(phrase) || places.includes(phrase) })),
		);
		NAMINGS.set(nations, naming);
	}
	return naming;
}

/**
 * The query without the words that name a nation the writer has left, when it names another where
 * they are now (session 69): "I trained in Northern Ireland and I'm now in a Glasgow primary" is
 * read as a query from Scotland, and "in England I'd ring the MASH, who do I refer to in Wales" as
 * one from Wales. A nation counts where it is named by its name, a place or a term of its own; not
 * England by its own terms, which staff across the UK use ("DSL"). A query that names no nation as
 * where the writer is, or names only one nation, is returned as typed; one with words taken out is
 * returned as its simplified words.
 */
export function withoutNationsLeft(query: string, nations: SearchPayload['nations']): string {
	const typed = words(query);
	// The positions of the meaningful words, and their index terms.
	const at = typed.flatMap((word, n) => (isMeaningful(word) ? [n] : []));
	const terms = at.map((n) => termOf(typed[n]));
	const present = new Set(terms);
	// Each nation named, where, whether as left, and whether by its name or a place (not a term of its own).
	const mentions: { nation: string; from: number; to: number; left: boolean; byName: boolean }[] = [];
	for (const { id, parts, byName } of namingOf(nations)) {
		if (!parts.every((part) => present.has(part))) continue;
		for (let k = 0; k + parts.length <= terms.length; k += 1) {
			if (!parts.every((part, j) => terms[k + j] === part)) continue;
			const from = at[k];
			const to = at[k + parts.length - 1];
			const start = Math.max(0, from - BEFORE_REACH);
			const leftBefore = typed.slice(start, from).some((word, n) => LEFT_BEFORE.has(word) && !(word === 'from' && COMPARING.has(typed[start + n - 1])));
			const after = typed.slice(to + 1).join(' ');
			mentions.push({ nation: id, from, to, byName, left: leftBefore || LEFT_AFTER.some((words) => `${after} `.startsWith(`${words} `)) });
		}
	}
	// A nation named by its name or a place only as left is left, and its own terms elsewhere are the
	// words the writer brought from it ("who is the designated teacher here", asked in Glasgow).
	const namedHere = new Set(mentions.filter((mention) => mention.byName && !mention.left).map((mention) => mention.nation));
	const left = new Set(mentions.filter((mention) => mention.byName && mention.left && !namedHere.has(mention.nation)).map((mention) => mention.nation));
	const here = new Set(mentions.filter((mention) => !mention.left && !left.has(mention.nation)).map((mention) => mention.nation));
	if (here.size === 0 || left.size === 0) return query;
	const dropped = new Set(mentions.filter((mention) => left.has(mention.nation)).flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, n) => from + n)));
	return typed.filter((_, n) => !dropped.has(n)).join(' ');
}
