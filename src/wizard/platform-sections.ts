/**
 * Cuts one `## Heading {#id}` section out of a platform page's Markdown, without its heading,
 * so an outcome can show the platform's own reporting steps rather than a copy of them.
 */
export function platformSectionMarkdown(body: string, sectionId: string): string | undefined {
	const lines = body.split('\n');
	const start = lines.findIndex((line) => /^##\s/.test(line) && line.includes(`{#${sectionId}}`));
	if (start === -1) return undefined;
	const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
	return lines.slice(start + 1, end === -1 ? undefined : end).join('\n').trim();
}

/**
 * Makes a rendered section safe to sit inside another page: links to its own page's anchors
 * point back to the platform page, and its ids get a prefix so they cannot clash with the
 * outcome's own.
 */
export function rehomeSectionHtml(html: string, platformPath: string, idPrefix: string): string {
	return html
		.replace(/href="#([^"]+)"/g, (_, anchor: string) => `href="${platformPath}#${anchor}"`)
		.replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}${id}"`);
}
