import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatterKeepingLines } from '../lib/frontmatter';

export type ContentKind = 'guides' | 'platforms';

export interface ContentFile {
	kind: ContentKind;
	slug: string;
	/** Path from the project root, as an editor would name it: content/guides/x.md. */
	file: string;
	frontmatter: Record<string, unknown>;
	/** The Markdown body, with the frontmatter's lines left blank so line numbers match the file. */
	body: string;
}

export const CONTENT_KINDS: readonly ContentKind[] = ['guides', 'platforms'];

/** Every guide and platform page, read straight from disk, in slug order. */
export function readContent(root: string): ContentFile[] {
	return CONTENT_KINDS.flatMap((kind) =>
		readdirSync(join(root, 'content', kind))
			.filter((name) => name.endsWith('.md'))
			.sort()
			.map((name) => readContentFile(root, kind, name.slice(0, -'.md'.length))),
	);
}

/** One guide or platform page, read straight from disk. */
export function readContentFile(root: string, kind: ContentKind, slug: string): ContentFile {
	const path = join(root, 'content', kind, `${slug}.md`);
	const file = relative(root, path);
	const { frontmatter, content } = parse(file, readFileSync(path, 'utf8'));
	return { kind, slug, file, frontmatter, body: content };
}

function parse(file: string, source: string): ReturnType<typeof parseFrontmatterKeepingLines> {
	try {
		return parseFrontmatterKeepingLines(source);
	} catch (error) {
		const reason = (error as { reason?: string; message?: string }).reason ?? (error as Error).message;
		const line = (error as { mark?: { line: number } }).mark?.line;
		throw new Error(
			`${file}${line === undefined ? '' : `:${line + 1}`}: the frontmatter is not valid YAML (${reason}). A value with a colon in it needs quotes: title: "Google: removing results"`,
		);
	}
}
