import type { Element, ElementContent, Root } from 'hast';

/**
 * A hast tree of simple, well-formed HTML (the site's content bodies, as rehype-stringify writes
 * them), read with one pass of a regular expression instead of an HTML parser; or undefined when
 * the HTML holds anything an HTML parser could read differently, and the caller parses it. Search
 * read every built page's content with parse5 (through hast-util-from-html): the largest part of
 * the search index's build, and of the garbage a build collects, per page.
 *
 * Only what search reads is kept: elements with their tag name, `id`, `class` (as `className`) and
 * `data-content-body`; and text, with its character references decoded. Anything where a parser's
 * rules would change the tree is refused: a tag that does not close the element last opened, a
 * paragraph or list item or heading or link that a parser would close itself, raw-text elements
 * (script, style, textarea, pre's first newline), foreign content (svg, math), a character
 * reference outside a short known list, a `<` that is not a tag, a carriage return. Tables are read
 * only as rehype-stringify writes them (table, thead, tbody, tr, th, td, each inside the one before,
 * with nothing but white space between the rows and cells): a parser adds a tbody of its own to a
 * row straight inside a table, and moves text or an element there out of the table. tests/unit/search-plain-html.test.ts holds it to hast-util-from-html's reading of
 * every built page, section for section.
 */
export function readPlainHtml(html: string): Root | undefined {
	if (REFUSED.test(html)) return undefined;
	const root: Root = { type: 'root', children: [] };
	const open: (Root | Element)[] = [root];
	let at = 0;
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
		if (match.index > at && !addText(open.at(-1)!, html.slice(at, match.index))) return undefined;
		at = TOKEN.lastIndex;
		const [, closing, rawName, attributes, selfClosing] = match;
		if (rawName === undefined) continue; // a comment
		const name = rawName.toLowerCase();
		if (closing) {
			const current = open.at(-1)!;
			if (current.type !== 'element' || current.tagName !== name || attributes.trim()) return undefined;
			open.pop();
			continue;
		}
		if (selfClosing && !VOID.has(name)) return undefined;
		if (!canOpen(open, name)) return undefined;
		const properties = readAttributes(attributes);
		if (!properties) return undefined;
		const element: Element = { type: 'element', tagName: name, properties, children: [] };
		(open.at(-1)!.children as ElementContent[]).push(element);
		if (!VOID.has(name)) open.push(element);
	}
	if (at < html.length && !addText(open.at(-1)!, html.slice(at))) return undefined;
	return open.length === 1 ? root : undefined;
}

/** A tag (start or end, with its attributes) or a comment. */
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*)(\/?)>/g;
/** What a parser reads by other rules than the ones followed here. */
const REFUSED = /<\/?(script|style|textarea|title|template|svg|math|caption|colgroup|col|tfoot|select|option|optgroup|iframe|noscript|plaintext|xmp|noembed|noframes|pre|listing|image|html|head|body|frameset|frame|form|button|ruby|rb|rt|rp|nobr)\b|<[!?](?!--)|\r|\0/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Start tags that close an open paragraph (HTML's parsing rules, "in body"). */
const CLOSES_P = new Set([
	'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'header',
	'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'dd', 'dt',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_ITEMS = new Set(['li', 'dd', 'dt']);
/**
 * The table elements read here, each with the only element it may be opened in. Inside table,
 * thead, tbody and tr only these and white space may come (a parser moves anything else out of
 * the table, before it).
 */
const TABLE_PARENT = new Map([
	['thead', 'table'],
	['tbody', 'table'],
	['tr', 'tbody'],
	['th', 'tr'],
	['td', 'tr'],
]);
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tr']);

/** False where a parser would close an open element itself before opening `name`. */
function canOpen(open: (Root | Element)[], name: string): boolean {
	// The open elements' names, read in place (open[0] is the root): this runs for every tag.
	const nameAt = (i: number) => (open[i] as Element).tagName;
	const isOpen = (tagName: string) => {
		for (let i = 1; i < open.length; i++) if (nameAt(i) === tagName) return true;
		return false;
	};
	const current = open.length > 1 ? nameAt(open.length - 1) : undefined;
	// A table in a table, or in an open paragraph (which a parser closes first), is left to it.
	if (name === 'table' && (isOpen('p') || isOpen('table'))) return false;
	const tableParent = name === 'tr' ? (current === 'thead' ? 'thead' : 'tbody') : TABLE_PARENT.get(name);
	if (tableParent !== undefined) return current === tableParent;
	if (current !== undefined && TABLE_PARTS.has(current)) return false;
	if (CLOSES_P.has(name) && isOpen('p')) return false;
	if (HEADINGS.has(name) && open.length > 1 && HEADINGS.has(nameAt(open.length - 1))) return false;
	if (name === 'a' && isOpen('a')) return false;
	if (LIST_ITEMS.has(name)) {
		for (let i = open.length - 1; i >= 1; i--) {
			if (LIST_ITEMS.has(nameAt(i))) return false;
			if (nameAt(i) === 'ul' || nameAt(i) === 'ol' || nameAt(i) === 'dl') break;
		}
	}
	return true;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function readAttributes(text: string): Element['properties'] | undefined {
	const properties: Element['properties'] = {};
	// Most tags (<p>, <li>, <strong>) have none.
	if (text === '') return properties;
	const seen = new Set<string>();
	for (const [, rawName, double, single, bare] of text.matchAll(ATTRIBUTE)) {
		const name = rawName.toLowerCase();
		// A parser keeps the first of two attributes with one name.
		if (seen.has(name)) continue;
		seen.add(name);
		const value = decode(double ?? single ?? bare ?? '');
		if (value === undefined) return undefined;
		if (name === 'id') properties.id = value;
		else if (name === 'class') properties.className = value.split(/[ \t\n\f]+/).filter(Boolean);
		else if (name === 'data-content-body') properties.dataContentBody = value;
	}
	return properties;
}

function addText(parent: Root | Element, raw: string): boolean {
	if (raw.includes('<')) return false;
	// Between a table's rows and cells only white space stays where it is.
	if (parent.type === 'element' && TABLE_PARTS.has(parent.tagName) && !/^[ \t\n\f]*$/.test(raw)) return false;
	const value = decode(raw);
	if (value === undefined) return false;
	const children = parent.children as ElementContent[];
	const last = children.at(-1);
	// A parser joins text on either side of a comment into one node.
	if (last?.type === 'text') last.value += value;
	else children.push({ type: 'text', value });
	return true;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its character references decoded, or undefined if one is not a plain, known one. */
function decode(text: string): string | undefined {
	if (!text.includes('&')) return text;
	let failed = false;
	const value = text.replace(/&(?:#x([0-9a-fA-F]{1,6});|#([0-9]{1,7});|([a-zA-Z]+);|)/g, (reference, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
		if (hex !== undefined || decimal !== undefined) {
			const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
			// Zero, surrogates, controls and beyond Unicode are replaced or remapped by a parser.
			if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) failed = true;
			return failed ? reference : String.fromCodePoint(code);
		}
		if (name !== undefined && name in NAMED) return NAMED[name];
		failed = true;
		return reference;
	});
	return failed ? undefined : value;
}
