import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The frontmatter's opening mark, as Astro's parser finds it: `+++` for TOML, otherwise `---`. */
const OPENING = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * A content file's frontmatter, parsed, and its body with the frontmatter blanked out so that line
 * numbers match the file: exactly `parseFrontmatter(source, { frontmatter: 'empty-with-spaces' })`.
 * Astro's blanks the frontmatter one character at a time (a pattern's match and replacement for
 * each of them), which was most of the cost of reading every guide and platform page: at 10× the
 * content, more than the YAML parse. This blanks a line at a time, into the same text.
 */
export function parseFrontmatterKeepingLines(source: string): ReturnType<typeof parseFrontmatter> {
	const parsed = parseFrontmatter(source, { frontmatter: 'preserve' });
	const raw = parsed.rawFrontmatter;
	// Astro's parser gives an empty rawFrontmatter only when the file has no frontmatter.
	if (raw === '') return parsed;
	const delimiter = OPENING.exec(source)?.[1] === '+++' ? '+++' : '---';
	const blanked = raw.replace(/[^\r\n]+/g, (line) => ' '.repeat(line.length));
	return { ...parsed, content: source.replace(`${delimiter}${raw}${delimiter}`, `   ${blanked}   `) };
}
