import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SNIPPET_LINE = /^::snippet\[([a-z0-9-]+)\][ \t]*$/gm;

/** Markdown with each `::snippet[name]` line replaced by the snippet (content/snippets/<name>.md), as the page shows it. */
export function withSnippets(root: string, body: string): string {
	return body.replace(SNIPPET_LINE, (line, name: string) => {
		const file = join(root, 'content', 'snippets', `${name}.md`);
		return existsSync(file) ? readFileSync(file, 'utf8') : line;
	});
}
