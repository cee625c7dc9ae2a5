import { simplify, termOf } from './text';

/** A piece of a snippet; `mark` pieces are words that matched the search. */
export interface SnippetPart {
	text: string;
	mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * A short extract of `text` around the words that matched, split into plain and matched parts.
 * It returns text, never HTML: the page puts each part in the document as text, so nothing in the
 * content or the query can become markup.
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>, maxLength = 180): SnippetPart[] {
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	if (lines.length === 0) return [];
	const matchesIn = (line: string) => new Set([...line.matchAll(WORD)].map((m) => termOf(simplify(m[0]))).filter((t) => terms.has(t))).size;
	let best = lines[0];
	let bestCount = matchesIn(best);
	for (const line of lines.slice(1)) {
		const count = matchesIn(line);
		if (count > bestCount) {
			best = line;
			bestCount = count;
		}
	}
	return highlight(window(best, terms, maxLength), terms);
}

/**
 * The first word of `text` that search reads as `term`, in lower case: "challenge" for the index
 * term "chaleng". Index terms are stemmed and squashed, not fit to show; the page's own words are.
 */
export function wordFor(text: string, term: string): string | undefined {
	return [...text.matchAll(WORD)].find((m) => termOf(simplify(m[0])) === term)?.[0].toLowerCase();
}

/** Cuts a long line to about maxLength characters, starting a little before the first match. */
function window(line: string, terms: ReadonlySet<string>, maxLength: number): string {
	if (line.length <= maxLength) return line;
	const first = [...line.matchAll(WORD)].find((m) => terms.has(termOf(simplify(m[0]))));
	let start = first?.index !== undefined ? Math.max(0, first.index - 40) : 0;
	if (start > 0) start = line.indexOf(' ', start) + 1 || start;
	let end = Math.min(line.length, start + maxLength);
	if (end < line.length) end = line.lastIndexOf(' ', end) > start ? line.lastIndexOf(' ', end) : end;
	return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
}

function highlight(text: string, terms: ReadonlySet<string>): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let last = 0;
	for (const match of text.matchAll(WORD)) {
		if (!terms.has(termOf(simplify(match[0])))) continue;
		const index = match.index ?? 0;
		if (index > last) parts.push({ text: text.slice(last, index), mark: false });
		parts.push({ text: match[0], mark: true });
		last = index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), mark: false });
	return parts;
}
