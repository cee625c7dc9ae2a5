import type { StateBlock, StateInline } from 'markdown-it';

/**
 * remark-directive's syntax for markdown-it, read as micromark-extension-directive reads it:
 * containers (`:::name[label]{attributes}` … `:::`, more colons on the outer one to nest), leaves
 * (`::name[label]{attributes}` alone on a line) and text directives (`:name[label]{attributes}`,
 * where a bare `:name` is one too: remark-reject-unknown-directives puts a bare word back).
 * ./markdown-it-parse.ts turns the tokens into mdast.
 */

const COLON = 0x3a;
// micromark's name: no punctuation or symbol but - and _, not ending in either.
const NAME = /[^\s\p{P}\p{S}](?:[^\s\p{P}\p{S}]|[-_])*/uy;

export type Directive = { name: string; attributes: Record<string, string>; label?: { start: number; end: number }; end: number; problem?: string };

function readName(src: string, pos: number): { name: string; end: number } | undefined {
	NAME.lastIndex = pos;
	const match = NAME.exec(src);
	if (!match) return undefined;
	const name = match[0];
	if (name.endsWith('-') || name.endsWith('_')) return undefined;
	return { name, end: pos + name.length };
}

/** `[label]`, balanced, with `\[`, `\]` and `\\` escaped, as micromark's factoryLabel reads it: the end after `]`. */
function readLabel(src: string, pos: number, max: number, allowEol: boolean): { start: number; end: number } | undefined {
	let balance = 0;
	for (let index = pos + 1; index < max; index++) {
		const code = src[index];
		if (code === '\\' && (src[index + 1] === '[' || src[index + 1] === ']' || src[index + 1] === '\\')) {
			index++;
		} else if (code === '[') {
			if (++balance > 32) return undefined;
		} else if (code === ']') {
			if (!balance--) return { start: pos + 1, end: index };
		} else if ((code === '\n' || code === '\r') && !allowEol) {
			return undefined;
		}
	}
	return undefined;
}

const WHITESPACE = /[ \t\n\r]/;
const SHORTCUT_STOP = /["'<=>`]/;
const ATTRIBUTE_NAME_START = /[^\s\p{P}\p{S}]|[-_]/u;
const ATTRIBUTE_NAME = /[^\s\p{P}\p{S}]|[-.:_]/u;

/**
 * `{#id .class name=value name="value"}`, as micromark-extension-directive reads it, into the
 * attributes mdast-util-directive makes (classes joined by spaces, otherwise the last one wins):
 * undefined where micromark would not read attributes. A value with `&` in it is a problem: mdast
 * decodes character references there and this parser does not, so it fails the build rather than differ.
 */
function readAttributes(src: string, pos: number, max: number, allowEol: boolean): { attributes: Record<string, string>; end: number; problem?: string } | undefined {
	const list: [string, string][] = [];
	let index = pos + 1;
	const isSpace = (char: string | undefined) => char !== undefined && WHITESPACE.test(char) && (allowEol || (char !== '\n' && char !== '\r'));
	while (index < max) {
		const char = src[index];
		if (isSpace(char)) {
			index++;
		} else if (char === '}') {
			const attributes: Record<string, string> = {};
			let problem: string | undefined;
			for (const [key, value] of list) {
				if (/&/.test(value)) problem = `A directive's attribute has "&" in it ("${value}"): leave it out, or write the words`;
				if (key === 'class' && attributes.class) attributes.class += ` ${value}`;
				else attributes[key] = value;
			}
			return { attributes, end: index + 1, problem };
		} else if (char === '#' || char === '.') {
			let end = index + 1;
			if (end >= max || /["#'.<=>`}]/.test(src[end]) || /\s/.test(src[end])) return undefined;
			while (end < max && !/[#.}]/.test(src[end]) && !/\s/.test(src[end])) {
				if (SHORTCUT_STOP.test(src[end])) return undefined;
				end++;
			}
			list.push([char === '#' ? 'id' : 'class', src.slice(index + 1, end)]);
			index = end;
		} else if (ATTRIBUTE_NAME_START.test(char)) {
			let end = index + 1;
			while (end < max && ATTRIBUTE_NAME.test(src[end])) end++;
			const name = src.slice(index, end);
			let after = end;
			while (isSpace(src[after])) after++;
			if (src[after] !== '=') {
				list.push([name, '']);
				index = end;
				continue;
			}
			after++;
			while (isSpace(src[after])) after++;
			const quote = src[after];
			if (quote === '"' || quote === "'") {
				const close = src.indexOf(quote, after + 1);
				if (close === -1 || close >= max) return undefined;
				const value = src.slice(after + 1, close);
				if (!allowEol && /[\n\r]/.test(value)) return undefined;
				const next = src[close + 1];
				if (next !== '}' && !WHITESPACE.test(next ?? '')) return undefined;
				list.push([name, value]);
				index = close + 1;
			} else {
				if (after >= max || /[<=>`}"']/.test(quote) || /\s/.test(quote)) return undefined;
				let end2 = after;
				while (end2 < max && src[end2] !== '}' && !/\s/.test(src[end2])) {
					if (/["'<=>`]/.test(src[end2])) return undefined;
					end2++;
				}
				list.push([name, src.slice(after, end2)]);
				index = end2;
			}
		} else {
			return undefined;
		}
	}
	return undefined;
}

/** A directive's name, label and attributes from `pos` (just after its colons). */
export function readDirective(src: string, pos: number, max: number, allowEol: boolean): Directive | undefined {
	const named = readName(src, pos);
	if (!named) return undefined;
	let end = named.end;
	let label: Directive['label'];
	if (src[end] === ':') return undefined;
	if (src[end] === '[') {
		label = readLabel(src, end, max, allowEol);
		if (label) end = label.end + 1;
	}
	let attributes: Record<string, string> = {};
	let problem: string | undefined;
	if (src[end] === '{') {
		const read = readAttributes(src, end, max, allowEol);
		if (read) {
			({ attributes, problem } = read);
			end = read.end;
		}
	}
	return { name: named.name, attributes, label, end, problem };
}

function colonsAt(src: string, pos: number, max: number): number {
	let count = 0;
	while (pos + count < max && src.charCodeAt(pos + count) === COLON) count++;
	return count;
}

/** Leaf (`::name…`) and container (`:::name…` … `:::`) directives. */
export function directiveBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	const src = state.src;
	const pos = state.bMarks[startLine] + state.tShift[startLine];
	const max = state.eMarks[startLine];
	const colons = colonsAt(src, pos, max);
	if (colons < 2) return false;
	const directive = readDirective(src, pos + colons, max, false);
	if (!directive || src.slice(directive.end, max).trim() !== '') return false;
	if (silent) return true;

	const meta = { name: directive.name, attributes: directive.attributes, problem: directive.problem };
	const pushLabel = (line: number) => {
		if (!directive.label) return;
		const inline = state.push('inline', '', 0);
		inline.content = src.slice(directive.label.start, directive.label.end);
		inline.map = [line, line + 1];
		inline.children = [];
		inline.info = 'directive-label';
		inline.meta = { column: directive.label.start - state.bMarks[line] + 1 };
	};

	if (colons === 2) {
		const open = state.push('leaf_directive_open', '', 1);
		open.meta = meta;
		open.map = [startLine, startLine + 1];
		pushLabel(startLine);
		state.push('leaf_directive_close', '', -1);
		state.line = startLine + 1;
		return true;
	}

	let nextLine = startLine;
	let closed = false;
	for (;;) {
		nextLine++;
		if (nextLine >= endLine) break;
		const start = state.bMarks[nextLine] + state.tShift[nextLine];
		const lineMax = state.eMarks[nextLine];
		// A line less indented than the block around it ends that block, and this one with it.
		if (start < lineMax && state.sCount[nextLine] < state.blkIndent) break;
		if (src.charCodeAt(start) !== COLON || state.sCount[nextLine] - state.blkIndent >= 4) continue;
		const count = colonsAt(src, start, lineMax);
		if (count >= colons && src.slice(start + count, lineMax).trim() === '') {
			closed = true;
			break;
		}
	}

	const parentType = state.parentType;
	const lineMax = state.lineMax;
	state.parentType = 'container' as typeof parentType;
	state.lineMax = nextLine;
	const open = state.push('container_directive_open', '', 1);
	open.meta = meta;
	open.map = [startLine, nextLine];
	pushLabel(startLine);
	state.md.block.tokenize(state, startLine + 1, nextLine);
	state.push('container_directive_close', '', -1);
	state.parentType = parentType;
	state.lineMax = lineMax;
	state.line = nextLine + (closed ? 1 : 0);
	return true;
}

/** `:name[label]{attributes}` in running text. */
export function directiveText(state: StateInline, silent: boolean): boolean {
	const src = state.src;
	const pos = state.pos;
	if (src.charCodeAt(pos) !== COLON) return false;
	// micromark: not after a colon, unless that colon was escaped.
	if (pos > 0 && src.charCodeAt(pos - 1) === COLON) {
		let slashes = 0;
		while (pos - 2 - slashes >= 0 && src[pos - 2 - slashes] === '\\') slashes++;
		if (slashes % 2 === 0) return false;
	}
	const directive = readDirective(src, pos + 1, state.posMax, true);
	if (!directive) return false;
	if (!silent) {
		const open = state.push('text_directive_open', '', 1);
		open.meta = { name: directive.name, attributes: directive.attributes, problem: directive.problem, pos };
		if (directive.label) {
			const posMax = state.posMax;
			state.pos = directive.label.start;
			state.posMax = directive.label.end;
			state.md.inline.tokenize(state);
			state.posMax = posMax;
		}
		state.push('text_directive_close', '', -1);
	}
	state.pos = directive.end;
	return true;
}
