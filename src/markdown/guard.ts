import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { VFile } from 'vfile';

/**
 * Astro 7 logs a Markdown plugin's error and ships the page with an empty body, and the build exits
 * 0 (STACK.md trap 2). So every plugin of the site's pipeline is guarded: an error is caught and the
 * page's content is replaced by one element, <div data-content-error="file:line:column: reason">,
 * with the reason as its text. The built-site check (src/checks/check-built-site.ts) finds it and
 * fails the build with that message; in `astro dev` the editor sees it on the page. The error
 * travels in the page itself, so no state is shared between the Markdown pipeline and the checks.
 */

export const CONTENT_ERROR_ATTRIBUTE = 'data-content-error';

type Tree = { type: string; children: unknown[] };
type Transformer = (tree: Tree, file: VFile) => unknown;
// unified's plugin types differ for remark and rehype; the guard keeps each plugin's own type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Plugin = (this: any, ...options: any[]) => any;

export function guardRemark<P extends Plugin>(plugin: P): P {
	return guard(plugin, remarkErrorNode);
}

/** An mdast tree that is only the content-error marker: what the parser gives for Markdown it must refuse. */
export function contentErrorTree(message: string): Tree {
	return { type: 'root', children: [remarkErrorNode(message)] };
}

function remarkErrorNode(message: string) {
	return {
		type: 'paragraph',
		data: { hName: 'div', hProperties: { dataContentError: message } },
		children: [{ type: 'text', value: `This page could not be rendered: ${message}` }],
	};
}

export function guardRehype<P extends Plugin>(plugin: P): P {
	return guard(plugin, (message) => ({
		type: 'element',
		tagName: 'div',
		properties: { dataContentError: message },
		children: [{ type: 'text', value: `This page could not be rendered: ${message}` }],
	}));
}

function guard<P extends Plugin>(plugin: P, errorNode: (message: string) => unknown): P {
	const guarded = function (this: unknown, ...options: unknown[]) {
		const transformer: unknown = plugin.apply(this, options);
		if (typeof transformer !== 'function') return transformer;
		return (tree: Tree, file: VFile) => {
			const fail = (error: unknown) => {
				const message = describeError(error, file);
				tree.children = [errorNode(message)];
				file.message(message);
			};
			try {
				const result = (transformer as Transformer)(tree, file);
				return result instanceof Promise ? result.catch(fail) : result;
			} catch (error) {
				fail(error);
				return undefined;
			}
		};
	};
	Object.defineProperty(guarded, 'name', { value: plugin.name });
	return guarded as P;
}

/** The messages of the content-error markers in rendered HTML, decoded. */
export function contentErrorsIn(html: string): string[] {
	return [...html.matchAll(/\sdata-content-error="([^"]*)"/g)].map((match) => decodeAttribute(match[1]));
}

/** Text from an HTML attribute or element, with its character references decoded. */
export function decodeAttribute(text: string): string {
	// Every reference starts with "&": most ids and links have none (a built page has thousands).
	if (!text.includes('&')) return text;
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** "content/guides/x.md:12:3: Unknown service id …", the line counted in the file, frontmatter included. */
export function describeError(error: unknown, file: Pick<VFile, 'path'>): string {
	const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
	const start = place?.start ?? place;
	const reason = ((error as { reason?: string }).reason ?? (error as Error).message ?? String(error)).replace(/^Failed to parse Markdown file "[^"]*":\n/, '');
	if (!file.path) return start?.line ? `line ${start.line}: ${reason}` : reason;
	const name = relative(process.cwd(), file.path);
	if (!start?.line) return `${name}: ${reason}`;
	return `${name}:${start.line + frontmatterLines(file.path)}:${start.column ?? 1}: ${reason}`;
}

/**
 * How many lines of the file come before the body Astro renders: the frontmatter, and the blank
 * lines after it (Astro trims the body).
 */
function frontmatterLines(path: string): number {
	let source: string;
	try {
		source = readFileSync(path, 'utf8');
	} catch {
		return 0;
	}
	const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(source);
	if (!match) return 0;
	const blank = /^\s*/.exec(source.slice(match[0].length))![0];
	return match[0].split('\n').length - 1 + (blank.match(/\n/g)?.length ?? 0);
}
