import MarkdownIt, { type Token } from 'markdown-it';
import type { Blockquote, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { directiveBlock, directiveText } from './markdown-it-directives';


/**
 * Markdown to mdast with markdown-it, giving the tree remark-parse gives with GFM's tables and
 * remark-directive (the site's parse step): markdown-it reads Markdown several times faster than
 * micromark, and everything after the parse (the site's remark plugins, remark-rehype, the rehype
 * plugins) is unchanged. docs/architecture.md ("Build CPU, sixth pass") has the figures;
 * tests/unit/markdown-it-parse.test.ts proves the trees equal for every content file.
 */

type Parent = { children: unknown[] };

/**
 * markdown-it stops reading blocks nested this deep, and reads deeper inline markup as plain text
 * (its commonmark preset says 20); remark has no limit. Deeper nesting fails the page instead.
 */
const MAX_NESTING = 100;
const md = new MarkdownIt('commonmark', { html: true, maxNesting: MAX_NESTING }).enable('table');
// remark keeps a link's address as written; remark-rehype encodes it when it makes the HTML.
md.normalizeLink = (url) => url;
md.normalizeLinkText = (text) => text;
md.validateLink = () => true;
md.block.ruler.before('fence', 'directive', directiveBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
md.inline.ruler.before('link', 'directive', directiveText);
wrapRule(md.block.ruler, 'table', (state, _startLine, _endLine, silent, before) => {
	if (silent) return;
	// Each row's cells as GFM (micromark) counts them, and as markdown-it does: they differ on `\\|`.
	for (const token of state.tokens.slice(before)) {
		if (token.type !== 'tr_open' || !token.map) continue;
		const line = state.src.slice(state.bMarks[token.map[0]] + state.tShift[token.map[0]], state.eMarks[token.map[0]]);
		token.meta = { gfmCells: gfmCellCount(line), markdownItCells: markdownItCellCount(line) };
	}
});
wrapRule(md.block.ruler, 'reference', (state, startLine, _endLine, silent) => {
	if (!silent) problemsOf(state.env).push({ line: startLine + 1, message: 'Reference-style links ("[text][name]" with "[name]: address" elsewhere) are not supported: write [text](address)' });
});
wrapRule(md.inline.ruler, 'backticks', (state, start, silent) => {
	if (silent) return;
	const token = state.tokens[state.tokens.length - 1];
	if (token?.type !== 'code_inline') return;
	// remark keeps a code span's line endings (remark-rehype makes them spaces); markdown-it makes them spaces at once.
	const size = token.markup.length;
	let value = state.src.slice(start + size, state.pos - size);
	if (/^[ \n]/.test(value) && /[ \n]$/.test(value) && /[^ \n]/.test(value)) value = value.slice(1, -1);
	token.content = value;
	token.meta = { lines: (state.src.slice(start, state.pos).match(/\n/g) ?? []).length };
});

/** Runs `after` once markdown-it's own rule has matched, with the token count before it ran. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function wrapRule(ruler: any, name: string, after: (...args: any[]) => void): void {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const rule = ruler.__rules__.find((each: any) => each.name === name);
	const own = rule.fn;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	ruler.at(name, (state: any, ...args: any[]) => {
		const before = state.tokens.length;
		const start = state.pos;
		const matched = own(state, ...args);
		if (matched) {
			if (args.length === 1) after(state, start, args[0], before);
			else after(state, ...args, before);
		}
		return matched;
	}, { alt: rule.alt });
}

// `\\|`: GFM reads an escaped backslash and a column divider, markdown-it an escaped `|`.
const BACKSLASH_PIPE = /(?:^|[^\\])(?:\\\\)+\|/;
const BACKSLASH_PIPE_MESSAGE = 'Two backslashes just before a | ("\\\\|") are read two ways in a table: put a space before the |';

type Problem = { line: number; message: string };
const PROBLEMS = Symbol('problems');
function problemsOf(env: Record<symbol, unknown>): Problem[] {
	return (env[PROBLEMS] ??= []) as Problem[];
}

/** A table row's cells as GFM reads them: `\\` is an escaped backslash, so the `|` after it divides. */
function gfmCellCount(line: string): number {
	let text = line.trim();
	if (text.startsWith('|')) text = text.slice(1);
	let cells = 1;
	let endsWithDivider = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		endsWithDivider = false;
		if (char === '\\' && /[!-\/:-@[-`{-~]/.test(text[index + 1] ?? '')) index++;
		else if (char === '|') {
			cells++;
			endsWithDivider = true;
		}
	}
	if (endsWithDivider || text.trim() === '') cells--;
	return Math.max(cells, 0);
}

/** The same row as markdown-it splits it: a `|` after any backslash does not divide. */
function markdownItCellCount(line: string): number {
	const text = line.trim();
	const cells: string[] = [];
	let current = '';
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '|' && text[index - 1] !== '\\') {
			cells.push(current);
			current = '';
		} else current += char;
	}
	cells.push(current);
	if (cells.length && cells[0] === '') cells.shift();
	if (cells.length && cells[cells.length - 1] === '') cells.pop();
	return cells.length;
}

/**
 * The mdast remark-parse would give for `source`, and the problems found: Markdown the two parsers
 * would read differently, which must fail the build rather than render differently.
 */
export function parseMarkdown(source: string): { tree: Root; problems: Problem[] } {
	const env: Record<symbol, unknown> = {};
	const tokens = md.parse(source, env);
	const root: Root = { type: 'root', children: [] };
	const lines = source.split('\n');
	const problems = problemsOf(env);
	const deep = tokens.find((token) => token.level >= MAX_NESTING - 1 || token.children?.some((child) => child.level >= MAX_NESTING - 1));
	if (deep) problems.push({ line: (deep.map?.[0] ?? 0) + 1, message: `Lists, quotes, containers or emphasis nested ${MAX_NESTING - 1} or more deep cannot be read: nest them less` });
	new Converter(tokens, lines, problems).blocks(root, 0, tokens.length);
	const last = lines.length;
	root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: last, column: lines[last - 1].length + 1, offset: source.length } };
	problems.sort((a, b) => a.line - b.line);
	return { tree: root, problems };
}

class Converter {
	private quoteDepth = 0;

	constructor(
		private readonly tokens: Token[],
		private readonly lines: string[],
		private readonly problems: Problem[],
	) {}

	/**
	 * A node's position: its line, at the line's start (markdown-it gives block tokens lines, not
	 * columns). The site's errors name the line; rehype-raw needs offsets to be numbers.
	 */
	at(line: number) {
		const point = { line, column: 1, offset: this.lineStart(line) };
		return { start: point, end: point };
	}

	private offsets: number[] | undefined;

	lineStart(line: number): number {
		if (!this.offsets) {
			this.offsets = [0];
			for (const text of this.lines) this.offsets.push(this.offsets[this.offsets.length - 1] + text.length + 1);
		}
		return this.offsets[Math.min(line, this.offsets.length) - 1];
	}

	/** The block tokens from `start` up to (not including) `end`, appended to `parent`. */
	blocks(parent: Parent, start: number, end: number): void {
		const { tokens } = this;
		let index = start;
		while (index < end) {
			const token = tokens[index];
			const close = token.nesting === 1 ? this.closing(index) : index;
			const node = this.block(token, index, close);
			if (node) parent.children.push(node);
			index = close + 1;
		}
	}

	/** The index of the token that closes the one at `open`. */
	closing(open: number): number {
		const { tokens } = this;
		let depth = 0;
		for (let index = open; index < tokens.length; index++) {
			depth += tokens[index].nesting;
			if (depth === 0) return index;
		}
		return tokens.length - 1;
	}

	block(token: Token, open: number, close: number): RootContent | undefined {
		const line = (token.map?.[0] ?? 0) + 1;
		switch (token.type) {
			case 'paragraph_open': {
				if (BACKSLASH_PIPE.test(this.tokens[open + 1].content)) this.problems.push({ line, message: BACKSLASH_PIPE_MESSAGE });
				const node: Paragraph = { type: 'paragraph', children: this.inline(this.tokens[open + 1], line), position: this.at(line) };
				return node;
			}
			case 'heading_open': {
				const node: Heading = { type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: this.inline(this.tokens[open + 1], line), position: this.at(line) };
				return node;
			}
			case 'bullet_list_open':
			case 'ordered_list_open':
				return this.list(token, open, close);
			case 'blockquote_open': {
				const node: Blockquote = { type: 'blockquote', children: [], position: this.at(line) };
				this.quoteDepth++;
				this.blocks(node, open + 1, close);
				this.quoteDepth--;
				return node;
			}
			case 'hr':
				return { type: 'thematicBreak', position: this.at(line) };
			case 'html_block':
				return { type: 'html', value: token.content.replace(/\n$/, ''), position: this.at(line) };
			case 'code_block':
				return { type: 'code', lang: null, meta: null, value: token.content.replace(/\n$/, ''), position: this.at(line) };
			case 'fence': {
				const info = token.info.trim();
				const space = info.search(/\s/);
				const lang = info ? (space === -1 ? info : info.slice(0, space)) : null;
				const meta = info && space !== -1 ? info.slice(space).trim() || null : null;
				return { type: 'code', lang, meta, value: token.content.replace(/\n$/, ''), position: this.at(line) };
			}
			case 'table_open':
				return this.table(open, close, line);
			case 'container_directive_open': {
				const meta = this.directive(token, line);
				const node: ContainerDirective = { type: 'containerDirective', name: meta.name, attributes: meta.attributes, children: [], position: this.at(line) };
				let from = open + 1;
				if (this.tokens[from].info === 'directive-label') {
					node.children.push({ type: 'paragraph', data: { directiveLabel: true }, children: this.inline(this.tokens[from], line, labelColumn(this.tokens[from])), position: this.at(line) } as Paragraph);
					from++;
				}
				this.blocks(node, from, close);
				return node;
			}
			case 'leaf_directive_open': {
				const meta = this.directive(token, line);
				const label = this.tokens[open + 1];
				const node: LeafDirective = { type: 'leafDirective', name: meta.name, attributes: meta.attributes, children: label.type === 'inline' ? this.inline(label, line, labelColumn(label)) : [], position: this.at(line) };
				return node;
			}
			default:
				throw new Error(`markdown-it-parse: no mdast for the token "${token.type}" (line ${line})`);
		}
	}

	directive(token: Token, line: number): DirectiveMeta {
		const meta = token.meta as DirectiveMeta;
		if (meta.problem) this.problems.push({ line, message: meta.problem });
		return meta;
	}

	list(token: Token, open: number, close: number): List {
		const line = token.map![0] + 1;
		const ordered = token.type === 'ordered_list_open';
		const list: List = { type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : null, spread: false, children: [], position: this.at(line) };
		const items: { node: ListItem; first: number; contentEnd: number }[] = [];
		let index = open + 1;
		while (index < close) {
			const itemOpen = this.tokens[index];
			const itemClose = this.closing(index);
			const node: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: this.at(itemOpen.map![0] + 1) };
			this.blocks(node, index + 1, itemClose);
			const children = this.childRanges(index + 1, itemClose);
			// Spread (loose) as mdast reads it: a blank line between two of the item's own blocks.
			for (let child = 1; child < children.length; child++) {
				if (this.hasBlank(children[child - 1].end, children[child].start)) node.spread = true;
			}
			const contentEnd = children.length ? children[children.length - 1].end : itemOpen.map![0] + 1;
			items.push({ node, first: itemOpen.map![0], contentEnd });
			list.children.push(node);
			index = itemClose + 1;
		}
		// And the list: a blank line between two items.
		for (let item = 1; item < items.length; item++) {
			if (this.hasBlank(items[item - 1].contentEnd, items[item].first)) list.spread = true;
		}
		return list;
	}

	/** The line ranges (0-based, end exclusive) of the blocks directly inside the tokens from `start` to `end`. */
	childRanges(start: number, end: number): { start: number; end: number }[] {
		const ranges: { start: number; end: number }[] = [];
		let index = start;
		while (index < end) {
			const token = this.tokens[index];
			const close = token.nesting === 1 ? this.closing(index) : index;
			if (token.map) ranges.push({ start: token.map[0], end: this.contentEnd(index, close) });
			index = close + 1;
		}
		return ranges;
	}

	/** The line after a block's last line of content (a list's map includes blank lines after it). */
	contentEnd(open: number, close: number): number {
		const token = this.tokens[open];
		if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open' || token.type === 'list_item_open' || token.type === 'blockquote_open') {
			const inner = this.childRanges(open + 1, close);
			return inner.length ? inner[inner.length - 1].end : token.map![0] + 1;
		}
		return token.map![1];
	}

	/** Whether a line from `from` to `to` is blank (inside a quote, `>` and nothing else). */
	hasBlank(from: number, to: number): boolean {
		const blank = this.quoteDepth ? /^[ \t>]*$/ : /^[ \t]*$/;
		for (let line = from; line < to; line++) if (blank.test(this.lines[line] ?? '')) return true;
		return false;
	}

	table(open: number, close: number, line: number): Table {
		const table: Table = { type: 'table', align: [], children: [], position: this.at(line) };
		let row: TableRow | undefined;
		let header = true;
		let cellsLeft = 0;
		let searchFrom = 0;
		for (let index = open + 1; index < close; index++) {
			const token = this.tokens[index];
			if (token.type === 'tr_open') {
				row = { type: 'tableRow', children: [], position: this.at(token.map![0] + 1) };
				table.children.push(row);
				const cells = token.meta as { gfmCells: number; markdownItCells: number };
				const columns = header ? Infinity : table.align!.length;
				if (cells.gfmCells !== cells.markdownItCells) {
					this.problems.push({ line: token.map![0] + 1, message: BACKSLASH_PIPE_MESSAGE });
				} else if (cells.gfmCells > columns) {
					this.problems.push({ line: token.map![0] + 1, message: `This table row has ${cells.gfmCells} cells and the header row ${columns}: the extra cells would not show. Add a column to the header, or merge the cells` });
				}
				cellsLeft = Math.min(cells.gfmCells, columns);
				searchFrom = 0;
			} else if (token.type === 'tr_close') {
				header = false;
			} else if (token.type === 'th_open' || token.type === 'td_open') {
				// markdown-it fills a short row with empty cells; remark leaves the row short (remark-rehype fills it).
				if (!header && cellsLeft-- <= 0) continue;
				if (header) {
					const style = attribute(token, 'style');
					table.align!.push(style ? (style.slice('text-align:'.length) as 'left' | 'right' | 'center') : null);
				}
				const rowLine = row!.position!.start.line;
				const content = this.tokens[index + 1].content;
				const found = content ? (this.lines[rowLine - 1] ?? '').indexOf(content, searchFrom) : -1;
				if (found !== -1) searchFrom = found + content.length;
				const cell: TableCell = { type: 'tableCell', children: this.inline(this.tokens[index + 1], rowLine, found === -1 ? undefined : found + 1), position: this.at(rowLine) };
				row!.children.push(cell);
			}
		}
		return table;
	}

	/**
	 * The column in the file of `offset` in an inline token's text: what remark gives a text directive,
	 * so that an unknown service or phone id is named by line and column. A paragraph's or heading's
	 * lines are the ends of the file's lines; a label or a table cell says where it starts.
	 */
	column(content: string, offset: number, firstLine: number, firstColumn: number | undefined): number {
		const lineStart = content.lastIndexOf('\n', offset - 1) + 1;
		if (lineStart === 0 && firstColumn !== undefined) return firstColumn + offset;
		const lineIndex = lineStart === 0 ? 0 : (content.slice(0, lineStart).match(/\n/g) ?? []).length;
		const lineEnd = content.indexOf('\n', offset);
		const text = content.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trimEnd();
		const source = (this.lines[firstLine - 1 + lineIndex] ?? '').trimEnd();
		return Math.max(1, source.length - (text.length - (offset - lineStart)) + 1);
	}

	/** An inline token's children as phrasing content, adjacent text merged as remark merges it. */
	inline(token: Token, firstLine: number, firstColumn?: number): PhrasingContent[] {
		const root: Parent = { children: [] };
		const stack: Parent[] = [root];
		let line = firstLine;
		let text: Text | undefined;
		const push = (node: PhrasingContent) => {
			text = undefined;
			stack[stack.length - 1].children.push(node);
		};
		const addText = (value: string) => {
			if (!value) return;
			if (text) text.value += value;
			else {
				text = { type: 'text', value, position: this.at(line) };
				stack[stack.length - 1].children.push(text);
			}
		};
		const open = (node: PhrasingContent & Parent) => {
			push(node);
			stack.push(node);
		};
		const closeNode = () => {
			text = undefined;
			stack.pop();
		};
		for (const child of token.children ?? []) {
			switch (child.type) {
				case 'text':
				case 'text_special':
					addText(child.content);
					break;
				case 'softbreak':
					addText('\n');
					line++;
					break;
				case 'hardbreak':
					push({ type: 'break', position: this.at(line) });
					line++;
					break;
				case 'code_inline':
					push({ type: 'inlineCode', value: child.content, position: this.at(line) });
					line += (child.meta as { lines?: number } | null)?.lines ?? 0;
					break;
				case 'em_open':
					open({ type: 'emphasis', children: [], position: this.at(line) });
					break;
				case 'strong_open':
					open({ type: 'strong', children: [], position: this.at(line) });
					break;
				case 'link_open':
					open({ type: 'link', url: attribute(child, 'href') ?? '', title: attribute(child, 'title'), children: [], position: this.at(line) });
					break;
				case 'text_directive_open': {
					const meta = this.directive(child, line);
					const position = this.at(line);
					position.start = { ...position.start, column: this.column(token.content, meta.pos ?? 0, firstLine, firstColumn) };
					open({ type: 'textDirective', name: meta.name, attributes: meta.attributes, children: [], position } as TextDirective);
					break;
				}
				case 'em_close':
				case 'strong_close':
				case 'link_close':
				case 'text_directive_close':
					closeNode();
					break;
				case 'image':
					push({ type: 'image', url: attribute(child, 'src') ?? '', title: attribute(child, 'title'), alt: plainText(child.children ?? []), position: this.at(line) });
					break;
				case 'html_inline':
					push({ type: 'html', value: child.content, position: this.at(line) });
					line += (child.content.match(/\n/g) ?? []).length;
					break;
				default:
					throw new Error(`markdown-it-parse: no mdast for the inline token "${child.type}" (line ${line})`);
			}
		}
		return root.children as PhrasingContent[];
	}
}

/** Where a directive's label starts in its line (./markdown-it-directives.ts notes it). */
function labelColumn(token: Token): number | undefined {
	return (token.meta as { column?: number } | null)?.column;
}

function attribute(token: Token, name: string): string | null {
	const value = token.attrGet(name);
	return value === null ? null : String(value);
}

/** An image's description as mdast keeps it: the text of what is between its brackets. */
function plainText(tokens: Token[]): string {
	let text = '';
	for (const token of tokens) {
		if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline') text += token.content;
		else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
		else if (token.type === 'image') text += plainText(token.children ?? []);
	}
	return text;
}

export type DirectiveMeta = { name: string; attributes: Record<string, string>; problem?: string; pos?: number };
export type { Nodes };
