import { renderMarkdown } from '../markdown/render';
import { PLATFORM_SECTIONS } from '../schemas/platform';
import type { ContentFile } from './read-content';

interface RenderedContent {
	entry: ContentFile;
	headingIds: string[];
}

/**
 * Renders every page through the site's own Markdown pipeline. A plugin error (an unknown service
 * id, a malformed step) would otherwise ship an empty page while the build exits 0 (STACK.md
 * trap 2), so the errors are collected here and fail the build.
 */
export async function checkMarkdown(files: readonly ContentFile[]): Promise<string[]> {
	const problems: string[] = [];
	// The processor also prints each error with a stack dump; the summary below says it better.
	const consoleError = console.error;
	console.error = () => {};
	try {
		for (const entry of files) problems.push(...(await checkEntry(entry)));
	} finally {
		console.error = consoleError;
	}
	return problems;
}

async function checkEntry(entry: ContentFile): Promise<string[]> {
	let rendered: RenderedContent;
	let hasText: boolean;
	try {
		const result = await renderMarkdown(entry.body, entry.frontmatter);
		rendered = { entry, headingIds: result.headingIds };
		hasText = result.hasText;
	} catch (error) {
		return [`${entry.file}${position(error)}: ${reason(error)}`];
	}
	const problems: string[] = [];
	if (!hasText) {
		problems.push(`${entry.file}: the page has no text below its frontmatter`);
	}
	if (entry.kind === 'platforms') problems.push(...checkPlatformSections(rendered));
	return problems;
}

/** Every platform page has the same sections in the same order, so readers and the wizard can rely on them. */
function checkPlatformSections({ entry, headingIds }: RenderedContent): string[] {
	const present = headingIds.filter((id) => (PLATFORM_SECTIONS as readonly string[]).includes(id));
	const missing = PLATFORM_SECTIONS.filter((id) => !present.includes(id));
	if (missing.length > 0) {
		return [
			`${entry.file}: missing the standard section${missing.length > 1 ? 's' : ''} ${missing.map((id) => `{#${id}}`).join(', ')}. Every platform page has these ## headings, in this order: ${PLATFORM_SECTIONS.map((id) => `{#${id}}`).join(', ')}`,
		];
	}
	if (present.join() !== PLATFORM_SECTIONS.join()) {
		return [`${entry.file}: the standard sections are out of order. Use this order: ${PLATFORM_SECTIONS.map((id) => `{#${id}}`).join(', ')}`];
	}
	return [];
}

function position(error: unknown): string {
	const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
	const start = place?.start ?? place;
	if (!start?.line) return '';
	// The body keeps the frontmatter's lines as blank lines, so this is the line in the file.
	return `:${start.line}:${start.column ?? 1}`;
}

function reason(error: unknown): string {
	const message = (error as { reason?: string; message?: string }).reason ?? (error as Error).message ?? String(error);
	return message.replace(/^Failed to parse Markdown file "[^"]*":\n/, '');
}
