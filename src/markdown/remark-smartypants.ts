import type { Root } from 'mdast';

/**
 * Typographer's quotes and dashes: "it's" → “it’s”, '--' → '—', '...' → '…', ``` `` ``` and `''` →
 * “ and ”. Authors type plain quotes; readers see UK typography.
 *
 * This does what Astro's own step does (remark-smartypants with retext-smartypants, switched off in
 * astro.config.mjs), with the same rules and the same result on our content, at a small part of the
 * cost: that step parsed every page's text into a natural-language tree, twice (once for the whole
 * page, then once per text node), which was about a third of each page's Markdown render. Here each
 * quote is judged from the characters around it, by the same rules (`educateQuote`), in one pass
 * over the page's text. As there, the text of the whole page is read as one string, so a quote
 * before a link or bold text pairs with the one after it, and each paragraph, heading and table cell
 * starts with a space, so a quote at its start opens. Inline code counts as a word and is never
 * changed. It runs before the site's other plugins, as Astro's step did, so snippets and the facts
 * that plugins insert keep their own punctuation.
 */
export default function remarkSmartypants() {
	return (tree: Root) => {
		// The page's literals in document order, and a BLOCK mark where each block starts.
		const parts: (Literal | typeof BLOCK)[] = [];
		collect(tree, parts);
		let text = '';
		for (const part of parts) text += part === BLOCK ? ' ' : part.type === 'text' ? part.value : 'A'.repeat(part.value.length);
		if (!text.includes('"') && !text.includes("'") && !/--|``|\.\s*\./.test(text)) return;
		const educated = text.includes('"') || text.includes("'") ? educateQuotes(text) : text;
		let start = 0;
		for (const part of parts) {
			if (part === BLOCK) {
				start += 1;
				continue;
			}
			const end = start + part.value.length;
			if (part.type === 'text') part.value = educatePunctuation(educated.slice(start, end));
			start = end;
		}
	};
}

interface Literal {
	type: string;
	value: string;
}
type Node = { type: string; value?: unknown; children?: Node[] };

const BLOCK = Symbol('block');

function collect(node: Node, parts: (Literal | typeof BLOCK)[]): void {
	for (const child of node.children ?? []) {
		if ((child.type === 'text' || child.type === 'inlineCode') && typeof child.value === 'string') parts.push(child as Literal);
		else if (BLOCKS.has(child.type)) parts.push(BLOCK);
		if (child.children) collect(child, parts);
	}
}

/** Nodes whose text starts afresh: a quote at their start opens (remark-smartypants' BLOCK_NODES). */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;

// The character classes of retext's tokenizer (parse-latin): white space, words (letters, digits
// and combining marks) and the rest (punctuation and symbols, which the quote rules treat alike).
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Single marks that join two words into one (parse-latin's wordSymbolInner): "it's", "e-safety". */
const INNER_WORD_SYMBOL = /[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027_]/;

type Kind = 'space' | 'word' | 'mark';
interface Token {
	kind: Kind;
	value: string;
	end: number;
}

function kindOf(char: string | undefined): Kind | undefined {
	if (char === undefined || char === '') return undefined;
	return WHITE_SPACE.test(char) ? 'space' : WORD.test(char) ? 'word' : 'mark';
}

/**
 * The token starting at `from`: a run of white space, a word (with the single marks inside it that
 * lead to more word, "pupil's", "year-7", and an "&" before it), or a run of one mark.
 */
function tokenAt(text: string, from: number, plainWord = false): Token | undefined {
	let kind = kindOf(text[from]);
	if (!kind) return undefined;
	let end = from + 1;
	if (kind === 'mark' && text[from] === '&' && kindOf(text[from + 1]) === 'word' && kindOf(text[from - 1]) !== 'word') kind = 'word';
	if (kind === 'mark') {
		while (end < text.length && text[end] === text[from]) end++;
	} else {
		while (end < text.length && kindOf(text[end]) === kind) end++;
		while (kind === 'word' && !plainWord) {
			let after = end;
			while (isInnerMark(text, after)) after++;
			if (after === end || kindOf(text[after]) !== 'word') break;
			end = after;
			while (end < text.length && kindOf(text[end]) === 'word') end++;
		}
		// A hyphen ending a word belongs to it: "pre-".
		if (kind === 'word' && !plainWord && text[end] === '-' && text[end + 1] !== '-' && kindOf(text[end + 1]) !== 'word') end++;
	}
	return { kind, value: text.slice(from, end), end };
}

/** A mark on its own (not one of a run) of the kind that joins two words into one. */
function isInnerMark(text: string, at: number): boolean {
	const char = text[at];
	if (char === undefined || !INNER_WORD_SYMBOL.test(char)) return false;
	return char === '_' || (text[at - 1] !== char && text[at + 1] !== char);
}

/** Whether the quote at `at` joins two words, with any other joining marks: "pupil's", "rock'n'roll". */
function insideWord(text: string, at: number): boolean {
	let before = at - 1;
	while (before >= 0 && isInnerMark(text, before)) before--;
	let after = at + 1;
	while (after < text.length && isInnerMark(text, after)) after++;
	return kindOf(text[before]) === 'word' && kindOf(text[after]) === 'word';
}

/** The kind of what stands before a quote: a word (a hyphen ending a word counts as part of it), space or a mark. */
function kindBefore(text: string, at: number): Kind | undefined {
	const kind = kindOf(text[at - 1]);
	if (kind === 'mark' && text[at - 1] === '-' && text[at - 2] !== '-' && kindOf(text[at - 2]) === 'word') return 'word';
	return kind;
}

/**
 * Every single straight quote, made curly: retext-smartypants' rules, in its order, with what it
 * learns from its tokenizer (words, white space, marks, sentences) read from the characters around
 * the quote. Checked against it on every page of content/ and on thousands of generated strings.
 */
function educateQuotes(text: string): string {
	// Only the quotes change: each found by a pattern, its curly form kept by its place, and the text
	// put together once at the end (copying the page's text a character at a time cost more than the rules).
	const curlies = new Map<number, string>();
	const quotes = /["']/g;
	for (let found = quotes.exec(text); found; found = quotes.exec(text)) {
		const at = found.index;
		const quote = found[0] as '"' | "'";
		if (curlies.has(at)) continue;
		// Two or more of the same quote are one mark, left as they are ('' becomes ” later).
		if (text[at - 1] === quote || text[at + 1] === quote) continue;
		if (quote === "'" && insideWord(text, at)) {
			curlies.set(at, apostropheInsideWord(text, at));
			continue;
		}
		const previous = kindBefore(text, at);
		const next = tokenAt(text, at + 1);
		const nextNext = next && tokenAt(text, next.end);
		const nextValue = next?.value ?? '';
		let curly: string;
		if (next?.kind === 'mark' && nextNext?.kind !== 'word') {
			curly = CLOSE[quote];
		} else if (next?.kind === 'mark' && (nextValue === '"' || nextValue === "'") && nextNext?.kind === 'word') {
			// A quote inside a quote: "'Quoted' words".
			curly = OPEN[quote];
			curlies.set(at + 1, OPEN[nextValue]);
		} else if (next && /^\d\ds$/.test(nextValue)) {
			curly = CLOSE[quote]; // the '80s
		} else if ((previous === 'space' || previous === 'mark') && next?.kind === 'word') {
			curly = OPEN[quote];
		} else if (previous === 'word') {
			curly = CLOSE[quote];
		} else if (!next || next.kind === 'space' || (quote === "'" && nextValue === 's')) {
			curly = CLOSE[quote];
		} else {
			curly = OPEN[quote];
		}
		curlies.set(at, curly);
	}
	let educated = '';
	let from = 0;
	for (const at of [...curlies.keys()].sort((a, b) => a - b)) {
		educated += text.slice(from, at) + curlies.get(at);
		from = at + 1;
	}
	return educated + text.slice(from);
}

/** An apostrophe between two parts of one word: it closes, unless a mark stands before it and a word other than "s" or a decade follows. */
function apostropheInsideWord(text: string, at: number): string {
	if (kindOf(text[at + 1]) !== 'word' || kindOf(text[at - 1]) === 'word') return CLOSE["'"];
	const next = tokenAt(text, at + 1, true)!.value;
	return next === 's' || /^\d\ds$/.test(next) ? CLOSE["'"] : OPEN["'"];
}

/** Dashes, ellipses and doubled backticks or quotes in one text node (retext-smartypants' other rules). */
function educatePunctuation(text: string): string {
	if (!/--|``|''|\.\s*\./.test(text)) return text;
	const tokens: Token[] = [];
	for (let at = 0; at < text.length; ) {
		const token = tokenAt(text, at, true)!;
		tokens.push(token);
		at = token.end;
	}
	for (let index = 0; index < tokens.length; index++) {
		const { value } = tokens[index];
		if (/^\.+$/.test(value)) {
			// ". . ." (dots with space between) or "...": one ellipsis.
			let first = index;
			let count = 1;
			while (first - 2 >= 0 && first - 1 > 0 && tokens[first - 1].kind === 'space' && /^\.+$/.test(tokens[first - 2].value)) {
				first -= 2;
				count++;
			}
			if (count >= 3) {
				tokens.splice(first, index - first, { ...tokens[index], value: '…' });
				index = first;
				tokens[index] = { ...tokens[index], value: '…' };
			} else if (value.length >= 3) {
				tokens[index] = { ...tokens[index], value: '…' };
			}
		} else if (value === '``') tokens[index] = { ...tokens[index], value: '“' };
		else if (value === "''") tokens[index] = { ...tokens[index], value: '”' };
		else if (value === '--') tokens[index] = { ...tokens[index], value: '—' };
	}
	return tokens.map((token) => token.value).join('');
}
